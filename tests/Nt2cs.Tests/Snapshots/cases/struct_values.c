/* Structs passed and returned by value: the callee copies its argument; a result is written to the caller's slot. */
struct pair { int first, second; };

static struct pair swap(struct pair p)
{
    int t = p.first;
    p.first = p.second;
    p.second = t;
    return p;
}

int use(void)
{
    struct pair a = { 1, 2 };
    struct pair b = swap(a);
    a = b;
    return a.first * 10 + swap(b).second;
}
