/* The comma operator: split into statements where it stands alone, sequenced inside expressions. */
int weave(int *a, int n)
{
    int i, j, checks = 0;
    for (i = 0, j = n - 1; i < j; i++, j--) {
        int t = a[i];
        a[i] = a[j], a[j] = t;
    }
    return (checks++, checks + n);
}
