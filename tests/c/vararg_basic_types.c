/* Variadic definitions with <stdarg.h>: va_arg over int, unsigned, long long, double (and float/char/short
   promoted by the call), pointers, structs of several sizes passed by value (including a 3-byte one), a count
   argument, a type-string argument, a NULL-terminated list, and variadic functions returning long long/double. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct { int x, y, z; } Point;
typedef struct { char a, b, c; } Rgb;                 /* 3 bytes: occupies one 4-byte slot */
typedef struct { double w; short tag; } Weighted;

static int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int k = 0; k < n; k++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long long sum_wide(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long long s = 0;
    for (int k = 0; k < n; k++) s = s * 3 + va_arg(ap, long long);
    va_end(ap);
    return s;
}

static double mean(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int k = 0; k < n; k++) s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0.0;
}

static size_t total_len(const char *first, ...) {
    va_list ap;
    size_t t = 0;
    va_start(ap, first);
    for (const char *s = first; s != NULL; s = va_arg(ap, const char *)) t += strlen(s);
    va_end(ap);
    return t;
}

/* i=int u=unsigned L=long long d=double p=int* P=Point R=Rgb W=Weighted s=string */
static void describe(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': printf(" i:%d", va_arg(ap, int)); break;
        case 'u': printf(" u:%u", va_arg(ap, unsigned)); break;
        case 'L': printf(" L:%lld", va_arg(ap, long long)); break;
        case 'd': printf(" d:%.4f", va_arg(ap, double)); break;
        case 'p': {
            int *p = va_arg(ap, int *);
            *p *= 2;          /* write through the pointer argument */
            printf(" p:%d", *p);
            break;
        }
        case 'P': {
            Point p = va_arg(ap, Point);
            printf(" P:(%d,%d,%d)", p.x, p.y, p.z);
            break;
        }
        case 'R': {
            Rgb c = va_arg(ap, Rgb);
            printf(" R:%d/%d/%d", c.a, c.b, c.c);
            break;
        }
        case 'W': {
            Weighted w = va_arg(ap, Weighted);
            printf(" W:%g#%d", w.w, w.tag);
            break;
        }
        case 's': printf(" s:%s", va_arg(ap, char *)); break;
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    printf("sum_ints: %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(6, -1, 'A', (short)-300, 7u, 100000, 2));
    printf("sum_wide: %lld %lld\n", sum_wide(2, 1LL, 2LL), sum_wide(4, 0x100000000LL, -5LL, (long long)-1, 9LL));
    printf("mean: %g %g %g\n", mean(0), mean(3, 1.0, 2.0, 4.5), mean(4, 0.1f, 1e10, -2.5, (double)7));
    printf("total_len: %u %u\n", (unsigned)total_len("abc", "de", "", "fghij", (char *)NULL),
           (unsigned)total_len((const char *)NULL));

    int v = 21, w = -4;
    Point pt = { 1, -2, 3 };
    Rgb c1 = { 10, 20, 30 }, c2 = { -1, -2, -3 };
    Weighted wt = { 0.75, -9 };
    char ch = 'z';
    short sh = -7;
    float fl = 2.5f;
    printf("A");
    describe("iuLd", -5, 4000000000u, -123456789012LL, 3.14159);
    printf("B");
    describe("pPRiRp", &v, pt, c1, 99, c2, &w);
    printf("C");
    describe("WiWs", wt, 1, wt, "end");
    printf("D");
    describe("iidLi", ch, sh, fl, (long long)ch * 1000000000LL, (int)sizeof(Rgb));
    printf("after: v=%d w=%d\n", v, w);
    /* arguments evaluated before the call and passed by value: the struct is not aliased */
    pt.x = 100;
    describe("PP", pt, (Point){ pt.y, pt.z, pt.x });
    return sum_ints(4, v, w, pt.x, -100) & 0xff;
}
