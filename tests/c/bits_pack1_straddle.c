/* Bitfields in packed structs: under #pragma pack(1) the storage units of bitfields are not aligned, so a unit
   can begin at an odd byte and straddle what would be a word boundary; fields are read and written through
   those unaligned units, in arrays of packed structs, and through pointers. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

#pragma pack(push, 1)
typedef struct {
    unsigned char tag;          /* byte 0 */
    unsigned int lo : 12;       /* a 4-byte unit at byte 1 */
    unsigned int mid : 12;
    unsigned int top : 8;
    unsigned short s : 9;       /* a 2-byte unit at byte 5 */
    unsigned short t : 7;
    char c;                     /* byte 7 */
    unsigned long long q : 33;  /* an 8-byte unit at byte 8 */
    signed long long r : 31;
} Packed;

typedef struct {
    char a;
    int v : 20;                 /* signed, at byte 1 */
    int w : 12;
} Odd;
#pragma pack(pop)

typedef struct {                /* the same fields without packing, for comparison */
    unsigned char tag;
    unsigned int lo : 12;
    unsigned int mid : 12;
    unsigned int top : 8;
} Natural;

static void hex(const char *tag, const void *p, size_t n) {
    const unsigned char *b = p;
    printf("%s:", tag);
    for (size_t i = 0; i < n; i++) printf(" %02x", b[i]);
    printf("\n");
}

static void bump(Packed *p) {
    p->lo += 0x801;
    p->mid -= 1;
    p->top ^= 0xa5;
    p->s++;
    p->t--;
    p->q += 0x100000001ULL;
    p->r -= 1000;
}

int main(void) {
    printf("sizeof Packed=%u Odd=%u Natural=%u c@%u\n", (unsigned)sizeof(Packed), (unsigned)sizeof(Odd),
           (unsigned)sizeof(Natural), (unsigned)offsetof(Packed, c));
    Packed arr[3];
    memset(arr, 0, sizeof arr);
    for (int i = 0; i < 3; i++) {
        arr[i].tag = (unsigned char)(0xe0 + i);
        arr[i].lo = 0xabc + i;
        arr[i].mid = 0x123 * (i + 1);
        arr[i].top = 0xff - i;
        arr[i].s = 0x1ff - i;
        arr[i].t = 0x40 + i;
        arr[i].c = (char)('x' + i);
        arr[i].q = 0x1fffffff0ULL + i;
        arr[i].r = -5 - i;
    }
    hex("arr[1]", &arr[1], sizeof arr[1]);
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < 3; i++) bump(&arr[i]);
    for (int i = 0; i < 3; i++)
        printf("arr[%d] tag=%x lo=%03x mid=%03x top=%02x s=%03x t=%02x c=%c q=%09llx r=%lld\n", i, arr[i].tag,
               arr[i].lo, arr[i].mid, arr[i].top, arr[i].s, arr[i].t, arr[i].c,
               (unsigned long long)arr[i].q, (long long)arr[i].r);
    hex("arr[2]", &arr[2], sizeof arr[2]);

    Odd o[4];
    memset(o, 0x5a, sizeof o);
    for (int i = 0; i < 4; i++) {
        o[i].v = -(i * 100000);
        o[i].w = 2047 - i * 1000;
    }
    for (int i = 0; i < 4; i++) {
        o[i].v -= 300000;       /* wraps in 20 bits */
        o[i].w *= 2;
        printf("o[%d] a=%02x v=%d w=%d\n", i, (unsigned char)o[i].a, o[i].v, o[i].w);
    }
    hex("o", o, sizeof o);

    Natural n;
    memset(&n, 0, sizeof n);
    n.tag = 1; n.lo = 0xfff; n.mid = 0; n.top = 0x80;
    hex("natural", &n, sizeof n);
    return 0;
}
