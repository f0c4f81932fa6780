/* Narrowing compound assignments to lvalues whose address has side effects (a call yields the struct): the
   address is computed once, the arithmetic in C's type, the result truncated into the member. */
#include <stdio.h>
struct S { unsigned char c; signed char s; unsigned short u; };
static struct S g[3];
static int calls;
static struct S *get(int i) { calls++; return &g[i]; }
int main(void)
{
    get(0)->c |= 1;
    get(0)->c += 300;
    get(1)->s -= 200;
    get(1)->u <<= 17;
    get(2)->u = 65535;
    get(2)->u *= 3;
    get(2)->s = -100;
    get(2)->s >>= 2;
    get(2)->c = 250;
    get(2)->c %= 7;
    printf("%u %d %u %u %d %u calls %d %d\n", g[0].c, g[1].s, g[1].u, g[2].u, g[2].s, g[2].c, calls, 0);
    return 0;
}
