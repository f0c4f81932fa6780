/* __cdecl, __stdcall and __fastcall functions called directly and through typed pointers (in variables,
   arrays and struct members), with many and mixed-width arguments, recursion, and a
   __cdecl comparator for qsort. The convention changes how arguments are passed, never what the call computes. */
#include <stdio.h>
#include <stdlib.h>

#define NTAPI __stdcall

typedef int(__stdcall *STDFN)(int, int);
typedef int(__cdecl *CDECLFN)(int, int);
typedef int(__fastcall *FASTFN)(int, int);

static int __stdcall std_sub(int a, int b) { return a - b; }
static int __cdecl cdecl_sub(int a, int b) { return a - b; }
static int __fastcall fast_sub(int a, int b) { return a - b; }
static int __stdcall std_mul(int a, int b) { return a * b; }
static int __fastcall fast_mod(int a, int b) { return a % b; }

/* eight arguments of mixed widths: order and width must survive the convention */
static __int64 NTAPI mix8(char c, short s, int i, __int64 q, double d, unsigned char uc, float f, __int64 r)
{
    return c * 1000000LL + s * 10000LL + i * 100LL + q + (__int64)(d * 10.0) + uc + (__int64)(f * 4.0f) - r;
}

static double __fastcall fast_mixed(char c, double d, int i, __int64 q)
{
    return c + d * 2.0 + i + (double)q;
}

static unsigned __fastcall fast_fib(unsigned n) { return n < 2 ? n : fast_fib(n - 1) + fast_fib(n - 2); }

static int __stdcall std_gcd(int a, int b) { return b == 0 ? a : std_gcd(b, a % b); }

static int __cdecl by_last_digit(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    if (a % 10 != b % 10)
        return a % 10 - b % 10;
    return a - b;
}

struct ops {
    const char *name;
    STDFN std_op;
    FASTFN fast_op;
    int(__cdecl *plain)(int, int);
};

static int apply_std(STDFN f, int a, int b) { return f(a, b); }

int main(void)
{
    STDFN s = std_sub;
    CDECLFN c = cdecl_sub;
    FASTFN f = fast_sub;
    STDFN table[2] = { std_sub, std_mul };
    struct ops ops[2] = { { "sub", std_sub, fast_sub, cdecl_sub }, { "mul/mod", std_mul, fast_mod, cdecl_sub } };
    int values[8] = { 31, 12, 5, 22, 45, 2, 11, 40 };
    int i;

    printf("direct %d %d %d\n", std_sub(10, 3), cdecl_sub(10, 3), fast_sub(10, 3));
    printf("pointer %d %d %d\n", s(100, 1), c(100, 2), f(100, 3));
    printf("table %d %d\n", table[0](6, 7), table[1](6, 7));
    for (i = 0; i < 2; i++)
        printf("ops %s: %d %d %d\n", ops[i].name, ops[i].std_op(17, 5), ops[i].fast_op(17, 5), ops[i].plain(17, 5));
    printf("apply_std %d\n", apply_std(std_mul, -4, 9));
    printf("same function %d\n", s == std_sub && f == fast_sub && table[1] == std_mul);
    printf("mix8 %lld\n", mix8(-3, 300, -7, 1234567890123LL, 2.55, 200, 1.75f, -5));
    printf("fast_mixed %.3f\n", fast_mixed('A', 0.25, -70, 10000000000LL));
    printf("fast_fib(20) %u\n", fast_fib(20));
    printf("std_gcd %d %d\n", std_gcd(1071, 462), std_gcd(17, 5));
    qsort(values, 8, sizeof values[0], by_last_digit);
    for (i = 0; i < 8; i++)
        printf("%d%c", values[i], i == 7 ? '\n' : ' ');
    return 0;
}
