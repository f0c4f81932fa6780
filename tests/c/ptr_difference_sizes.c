/* Pointer differences for elements of every kind of size: powers of two (a shift) and others (a division),
   both signs, through locals and through a function that receives the pointers. */
#include <stdio.h>
#include <stddef.h>

struct three { char c[3]; };
struct twelve { int a, b, c; };
struct sixteen { double d; int i; };
struct forty { char name[40]; };

static ptrdiff_t span12(struct twelve *a, struct twelve *b) { return b - a; }
static ptrdiff_t span16(struct sixteen *a, struct sixteen *b) { return b - a; }

int main(void)
{
    static struct three t[9];
    static struct twelve w[9];
    static struct sixteen s[9];
    static struct forty f[9];
    static long long l[9];
    static short h[9];
    for (int i = 0; i < 9; i++) {
        for (int j = 0; j < 9; j++) {
            if ((i + j) % 3 != 0)
                continue;
            printf("%d,%d: %d %d %d %d %d %d %d %d\n", i, j,
                (int)(&t[j] - &t[i]), (int)(&w[j] - &w[i]), (int)(&s[j] - &s[i]), (int)(&f[j] - &f[i]),
                (int)(&l[j] - &l[i]), (int)(&h[j] - &h[i]), (int)span12(&w[i], &w[j]), (int)span16(&s[i], &s[j]));
        }
    }
    return 0;
}
