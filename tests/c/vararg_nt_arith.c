/* NT-style manual va_list arithmetic: the argument block is walked from the address of the last named
   parameter, as MSVC's own <stdarg.h> macros (_ADDRESSOF, _INTSIZEOF) and older NT code do. The i386 cdecl
   layout puts the variadic arguments right after the named ones, each in a 4-byte-rounded slot. */
#include <stdio.h>

typedef char *PCHAR_LIST;
#define INTSIZEOF(n) ((sizeof(n) + sizeof(int) - 1) & ~(sizeof(int) - 1))
#define NT_VA_START(ap, v) (ap = (PCHAR_LIST)&(v) + INTSIZEOF(v))
#define NT_VA_ARG(ap, t) (*(t *)((ap += INTSIZEOF(t)) - INTSIZEOF(t)))
#define NT_VA_END(ap) (ap = (PCHAR_LIST)0)

typedef struct _PAIR { short a; char b; } PAIR;

static int Sum(int count, ...)
{
    PCHAR_LIST ap;
    int total = 0;
    NT_VA_START(ap, count);
    while (count-- > 0)
        total += NT_VA_ARG(ap, int);
    NT_VA_END(ap);
    return total;
}

/* Mixed widths: a char and a short still take whole slots, doubles and long longs take two. */
static void Mixed(const char *tag, char c, ...)
{
    PCHAR_LIST ap;
    NT_VA_START(ap, c);
    int i = NT_VA_ARG(ap, int);
    double d = NT_VA_ARG(ap, double);
    long long q = NT_VA_ARG(ap, long long);
    PAIR p = NT_VA_ARG(ap, PAIR);
    const char *s = NT_VA_ARG(ap, const char *);
    printf("%s %c %d %.3f %lld %d %d %s\n", tag, c, i, d, q, p.a, p.b, s);
}

/* The named parameters are addressable in order below the variadic block. */
static int Walk(int first, int second, ...)
{
    int *named = &first;
    PCHAR_LIST ap;
    NT_VA_START(ap, second);
    int third = NT_VA_ARG(ap, int);
    return named[0] * 100 + named[1] * 10 + third + (int)((char *)&second - (char *)&first);
}

/* A parameter written through its address keeps the new value when read by name. */
static int Rewrite(int count, ...)
{
    int *p = &count;
    *p = 2;
    PCHAR_LIST ap;
    NT_VA_START(ap, count);
    int total = 0;
    while (count-- > 0)
        total += NT_VA_ARG(ap, int);
    return total;
}

/* A struct named parameter before the variadic arguments. */
static int AfterStruct(PAIR pair, ...)
{
    PCHAR_LIST ap;
    NT_VA_START(ap, pair);
    return pair.a + pair.b + NT_VA_ARG(ap, int);
}

int main(void)
{
    PAIR pair = { -7, 9 };
    printf("sum %d\n", Sum(5, 1, 2, 3, 4, 5));
    printf("sum0 %d\n", Sum(0));
    Mixed("mixed", 'x', 42, 2.5, 0x123456789LL, pair, "end");
    printf("walk %d\n", Walk(1, 2, 3));
    printf("rewrite %d\n", Rewrite(5, 10, 20, 30, 40, 50));
    printf("struct %d\n", AfterStruct(pair, 1000));
    return Sum(3, 1, 1, 1);
}
