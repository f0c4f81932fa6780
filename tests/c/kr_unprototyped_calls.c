/* K&R C: definitions with identifier lists and parameter declarations, and calls through declarations without
   a prototype, whose arguments take the default promotions and meet the definition's parameters. */
#include <stdio.h>

int twice();
double half();
long mix();

int sum(n, v)
    int n;
    int *v;
{
    int s = 0;
    while (n--)
        s += *v++;
    return s;
}

int scale(x, by)
    short x;
    char by;
{
    return x * by;
}

int main(void)
{
    int a[4] = { 1, 2, 3, 4 };
    short s = -300;
    char c = 7;
    printf("%d %d %d\n", sum(4, a), twice(21), scale(s, c));
    printf("%.3f %ld\n", half(5.0), mix(3, 4L, 'x'));
    return 0;
}

int twice(int x) { return x * 2; }
double half(double d) { return d / 2; }
long mix(int a, long b, int ch) { return a * 1000L + b * 10 + ch; }
