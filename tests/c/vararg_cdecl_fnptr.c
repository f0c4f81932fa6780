/* __cdecl variadic functions called through function pointers: a typedef'd pointer type, a dispatch table of
   variadic reducers, a variadic callback passed to another function, a struct holding one, printf and
   sprintf themselves through pointers, and a variadic function returning a struct by value. */
#include <stdarg.h>
#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define __cdecl __attribute__((cdecl))
#endif

typedef long long (__cdecl *REDUCER)(int count, ...);
typedef int (__cdecl *PRINTER)(const char *fmt, ...);

static long long __cdecl r_sum(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long long s = 0;
    while (count-- > 0) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long long __cdecl r_product(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long long p = 1;
    while (count-- > 0) p *= va_arg(ap, int);
    va_end(ap);
    return p;
}

static long long __cdecl r_alternating(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long long s = 0;
    for (int k = 0; k < count; k++) s += (k & 1 ? -1 : 1) * (long long)va_arg(ap, int);
    va_end(ap);
    return s;
}

static long long __cdecl r_max(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long long m = count ? va_arg(ap, int) : 0;
    for (int k = 1; k < count; k++) {
        int v = va_arg(ap, int);
        if (v > m) m = v;
    }
    va_end(ap);
    return m;
}

static const struct { const char *name; REDUCER fn; } table[] = {
    { "sum", r_sum }, { "product", r_product }, { "alt", r_alternating }, { "max", &r_max },
};

static long long apply(REDUCER f, int a, int b, int c) { return f(3, a, b, c) + (*f)(1, a); }

typedef struct { int lines; int chars; PRINTER out; } Console;

static int __cdecl tagged(const char *fmt, ...) {
    char buf[80];
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf(buf, fmt, ap);
    va_end(ap);
    if (n > 0 && buf[n - 1] == '\n') buf[--n] = 0;
    return printf("<%s>\n", buf);
}

typedef struct { int lo, hi; unsigned count; } Range;

static Range __cdecl range_of(unsigned count, ...) {
    Range r = { 0, 0, count };
    va_list ap;
    va_start(ap, count);
    for (unsigned k = 0; k < count; k++) {
        int v = va_arg(ap, int);
        if (k == 0 || v < r.lo) r.lo = v;
        if (k == 0 || v > r.hi) r.hi = v;
    }
    va_end(ap);
    return r;
}

static void con_write(Console *c, const char *s, int v) {
    c->chars += c->out("%s=%d\n", s, v);
    c->lines++;
}

int main(void) {
    long long check = 0;
    for (unsigned k = 0; k < sizeof table / sizeof table[0]; k++) {
        REDUCER f = table[k].fn;
        long long a = f(5, 3, -4, 5, 6, -7);
        long long b = table[k].fn(0);
        long long c = apply(f, 1000, 2000, -3000);
        printf("%-8s %lld %lld %lld\n", table[k].name, a, b, c);
        check = check * 31 + a + b + c;
    }
    printf("check=%lld\n", check);

    PRINTER p = printf;
    int n = p("via pointer: %d %s %.2f\n", 7, "seven", 7.0);
    int (__cdecl *sp)(char *, const char *, ...) = sprintf;
    char buf[64];
    int m = sp(buf, "%05d|%-4s|%c", 42, "ab", 'Z');
    printf("printed %d, sprintf gave %d \"%s\"\n", n, m, buf);

    Console con = { 0, 0, printf };
    con_write(&con, "alpha", 1);
    con.out = tagged;
    con_write(&con, "beta", -22);
    con_write(&con, "gamma", 333);
    printf("console lines=%d chars=%d\n", con.lines, con.chars);

    Range (__cdecl *rp)(unsigned, ...) = range_of;
    Range r = rp(6, 4, -9, 17, 0, 17, -2);
    Range e = rp(0);
    printf("range lo=%d hi=%d count=%u; empty %d %d %u\n", r.lo, r.hi, r.count, e.lo, e.hi, e.count);
    printf("direct vs pointer equal: %d\n", r_sum(2, 5, 6) == table[0].fn(2, 5, 6));
    return (int)(check & 0x3f);
}
