/* #pragma pack(1), pack(2), pack(4), push/pop (nested) and pack(): sizeof and offsetof of structs mixing char,
   short, int, long long, double and pointers, arrays of packed structs, and packed/unpacked structs nested in
   each other. No struct outside a pack of 4 or less holds an 8-byte scalar (MSVC aligns those to 8, i386 GCC
   to 4). */
#include <stdio.h>
#include <stddef.h>

#define SHOW(T) printf("%-8s size=%2u", #T, (unsigned)sizeof(T))
#define OFF(T, f) printf(" %s@%u", #f, (unsigned)offsetof(T, f))

typedef struct { char c; int i; short s; char t; } Natural;          /* default packing */

#pragma pack(push, 1)
typedef struct { char c; int i; short s; long long q; double d; char t; char *p; } P1;
typedef struct { char tag; Natural inner; char after; } P1Outer;         /* unpacked inside packed */
#pragma pack(push, 2)
typedef struct { char c; int i; short s; long long q; double d; char t; char *p; } P2;
#pragma pack(pop)
typedef struct { char a; short b; char c; } P1Again;                 /* back to 1 after the inner pop */
#pragma pack(pop)

#pragma pack(4)
typedef struct { char c; long long q; short s; double d; char t; } P4;
#pragma pack()
typedef struct { char a; short b; char c; } Reset;                    /* pack() restores the default */

#pragma pack(2)
typedef struct { char c; int i; char t; } P2Small;
#pragma pack()

typedef struct { char lead; P1 packed; short tail; } HoldsPacked;    /* packed inside unpacked */
typedef struct { char lead; P2Small two[3]; char tail; } HoldsP2Array;

#pragma pack(push, 1)
typedef struct { unsigned char type; struct { short x; int y; } pos; unsigned char flags[3]; unsigned int crc; } Wire;
#pragma pack(pop)

int main(void) {
    SHOW(Natural); OFF(Natural, c); OFF(Natural, i); OFF(Natural, s); OFF(Natural, t); printf("\n");
    SHOW(P1); OFF(P1, c); OFF(P1, i); OFF(P1, s); OFF(P1, q); OFF(P1, d); OFF(P1, t); OFF(P1, p); printf("\n");
    SHOW(P2); OFF(P2, c); OFF(P2, i); OFF(P2, s); OFF(P2, q); OFF(P2, d); OFF(P2, t); OFF(P2, p); printf("\n");
    SHOW(P4); OFF(P4, c); OFF(P4, q); OFF(P4, s); OFF(P4, d); OFF(P4, t); printf("\n");
    SHOW(P1Again); OFF(P1Again, b); OFF(P1Again, c); printf("\n");
    SHOW(Reset); OFF(Reset, b); OFF(Reset, c); printf("\n");
    SHOW(P2Small); OFF(P2Small, i); OFF(P2Small, t); printf("\n");
    SHOW(P1Outer); OFF(P1Outer, inner); OFF(P1Outer, inner.i); OFF(P1Outer, after); printf("\n");
    SHOW(HoldsPacked); OFF(HoldsPacked, packed); OFF(HoldsPacked, packed.q); OFF(HoldsPacked, tail); printf("\n");
    SHOW(HoldsP2Array); OFF(HoldsP2Array, two); OFF(HoldsP2Array, two[1].i); OFF(HoldsP2Array, tail); printf("\n");
    SHOW(Wire); OFF(Wire, pos); OFF(Wire, pos.y); OFF(Wire, flags); OFF(Wire, crc); printf("\n");

    /* arrays of packed structs have no padding between elements */
    P1 arr[5];
    P2Small arr2[4];
    printf("arrays: P1x5=%u stride=%d P2Smallx4=%u stride=%d\n", (unsigned)sizeof arr,
           (int)((char *)&arr[1] - (char *)&arr[0]), (unsigned)sizeof arr2, (int)((char *)&arr2[3] - (char *)&arr2[2]));
    printf("element member distance: %d %d\n", (int)((char *)&arr[3].q - (char *)&arr[1].q),
           (int)((char *)&arr[2].t - (char *)&arr[0].c));

    /* values survive stores and loads at those offsets */
    unsigned sum = 0;
    for (int k = 0; k < 5; k++) {
        arr[k].c = (char)('a' + k);
        arr[k].i = 100000 * (k + 1);
        arr[k].s = (short)(-k * 300);
        arr[k].q = 0x100000000LL * (k + 1) + k;
        arr[k].d = 0.5 * k;
        arr[k].t = (char)k;
        arr[k].p = &arr[k].t;
    }
    for (int k = 0; k < 5; k++) {
        sum += (unsigned)arr[k].i + (unsigned)arr[k].s + (unsigned)(arr[k].q >> 32) + (unsigned)arr[k].q;
        sum += (unsigned)(arr[k].d * 4) + (unsigned)*arr[k].p + (unsigned char)arr[k].c;
    }
    printf("sum=%u\n", sum);
    HoldsPacked h = { 'L', { 'c', -1, 2, -3, 4.25, 't', 0 }, 77 };
    printf("nested values: %c %d %d %lld %g %c %d\n", h.lead, h.packed.i, h.packed.s, h.packed.q, h.packed.d,
           h.packed.t, h.tail);
    return (int)(sizeof(P1) + sizeof(P2) + sizeof(P4));
}
