/* Conditions: scalars compare against zero, logical operators give 0 or 1 as values, pointers test for null. */
int judge(int a, unsigned b, const char *p, double d)
{
    int both = a && b;
    int either = a || !p;
    if (p && *p == 'y' && d)
        return both + either;
    while (!(a & 1) && a)
        a >>= 1;
    return (a < 0) + (b > 3u) + (p == 0) + (d != d) + (a ? 2 : 3);
}
