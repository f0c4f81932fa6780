/* Unions as values: assignment and copy, passing and returning unions by value, members of a returned union,
   arrays of unions, and NT's LARGE_INTEGER (anonymous struct of LowPart/HighPart plus the named u and QuadPart)
   with 64-bit arithmetic done on the halves (carries, borrows, shifts) checked against QuadPart. */
#include <stdio.h>

typedef unsigned long ULONG;
typedef long LONG;
typedef long long LONGLONG;
typedef unsigned long long ULONGLONG;

typedef union _LARGE_INTEGER {
    struct { ULONG LowPart; LONG HighPart; };
    struct { ULONG LowPart; LONG HighPart; } u;
    LONGLONG QuadPart;
} LARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct { ULONG LowPart; ULONG HighPart; };
    ULONGLONG QuadPart;
} ULARGE_INTEGER;

typedef union { int i; float f; unsigned char b[4]; } Cell;

static LARGE_INTEGER make(LONG hi, ULONG lo) {
    LARGE_INTEGER r;
    r.HighPart = hi;
    r.LowPart = lo;
    return r;
}

static LARGE_INTEGER add_parts(LARGE_INTEGER a, LARGE_INTEGER b) {
    LARGE_INTEGER r;
    r.u.LowPart = a.LowPart + b.LowPart;
    r.u.HighPart = (LONG)((ULONG)a.HighPart + (ULONG)b.HighPart + (r.u.LowPart < a.LowPart));
    return r;
}

static LARGE_INTEGER neg_parts(LARGE_INTEGER a) {
    a.LowPart = ~a.LowPart + 1;                 /* modifies the callee's copy only */
    a.HighPart = (LONG)(~(ULONG)a.HighPart + (a.LowPart == 0));
    return a;
}

static ULARGE_INTEGER shl_parts(ULARGE_INTEGER v, int n) {
    if (n >= 32) {
        v.HighPart = v.LowPart << (n - 32);
        v.LowPart = 0;
    } else if (n > 0) {
        v.HighPart = (v.HighPart << n) | (v.LowPart >> (32 - n));
        v.LowPart <<= n;
    }
    return v;
}

static Cell twiddle(Cell c) {
    c.b[0] ^= 0xff;
    return c;
}

static void show(const char *tag, LARGE_INTEGER x) {
    printf("%-8s %08lx:%08lx = %lld\n", tag, (ULONG)x.HighPart, x.LowPart, x.QuadPart);
}

int main(void) {
    int bad = 0;
    LARGE_INTEGER a = make(1, 0xffffffffu);
    LARGE_INTEGER b = make(0, 1);
    LARGE_INTEGER c = add_parts(a, b);
    show("a", a);
    show("b", b);
    show("a+b", c);
    if (c.QuadPart != a.QuadPart + b.QuadPart) bad++;

    LARGE_INTEGER vals[6];
    vals[0] = make(0, 0);
    vals[1] = make(-1, 0xffffffffu);
    vals[2] = make(0x7fffffff, 0xffffffffu);
    vals[3].QuadPart = -5000000000LL;
    vals[4] = vals[3];                           /* union assignment */
    vals[4].u.HighPart ^= 0x40;
    vals[5] = neg_parts(vals[3]);
    for (int k = 0; k < 6; k++) {
        LARGE_INTEGER n = neg_parts(vals[k]);
        LARGE_INTEGER s = add_parts(vals[k], vals[(k + 1) % 6]);
        show("v", vals[k]);
        show(" -v", n);
        if (n.QuadPart != (LONGLONG)(0ULL - (ULONGLONG)vals[k].QuadPart)) bad++;
        if (s.QuadPart != (LONGLONG)((ULONGLONG)vals[k].QuadPart + (ULONGLONG)vals[(k + 1) % 6].QuadPart)) bad++;
    }
    printf("vals[3] unchanged after neg: %d\n", vals[3].QuadPart == -5000000000LL);
    printf("named and anonymous halves agree: %d %d\n", vals[4].u.HighPart == vals[4].HighPart,
           vals[4].u.LowPart == vals[4].LowPart);

    /* members of a returned union used directly */
    printf("make(2,3).QuadPart=%lld low of neg=%08lx\n", make(2, 3).QuadPart, neg_parts(make(0, 16)).LowPart);

    ULARGE_INTEGER one;
    one.QuadPart = 0x00000001deadbeefULL;
    for (int n = 0; n < 64; n += 9) {
        ULARGE_INTEGER r = shl_parts(one, n);
        ULONGLONG expect = n < 64 ? one.QuadPart << n : 0;
        printf("shl %2d: %08lx %08lx %s\n", n, r.HighPart, r.LowPart, r.QuadPart == expect ? "ok" : "BAD");
        if (r.QuadPart != expect) bad++;
    }

    /* small unions by value, copies are independent */
    Cell c1;
    c1.i = 0x01020304;
    Cell c2 = twiddle(c1);
    Cell c3;
    c3 = c2;
    c3.f = 2.0f;
    printf("cells %08x %08x %08x\n", (unsigned)c1.i, (unsigned)c2.i, (unsigned)c3.i);
    Cell (*fp)(Cell) = twiddle;
    printf("through pointer %08x\n", (unsigned)fp(fp(c1)).i);
    printf("sizes %u %u %u\n", (unsigned)sizeof(LARGE_INTEGER), (unsigned)sizeof(ULARGE_INTEGER), (unsigned)sizeof(Cell));
    printf("bad=%d\n", bad);
    return bad ? 1 : 42;
}
