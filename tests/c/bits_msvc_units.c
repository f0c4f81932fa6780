/* MSVC bitfield placement: a field of a different declared type starts a new storage unit; fields of the
   same type share a unit while they fit; a zero-width field ends the unit; long long bitfields use 8-byte
   units. Checked through sizeof, offsetof of the ordinary members and the raw bytes. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct Mixed {
    char c1 : 3;
    char c2 : 4;
    short s1 : 5;       /* new unit: type changes from char to short */
    int i1 : 7;         /* new unit: int */
    int i2 : 20;        /* shares i1's unit (27 bits) */
    int i3 : 6;         /* does not fit (33 > 32): new unit */
    char tail;
};

struct ZeroWidth {
    unsigned a : 4;
    unsigned : 0;       /* close the current unit */
    unsigned b : 4;
    unsigned char c : 2;
    unsigned char : 0;
    unsigned char d : 2;
};

struct Wide {
    unsigned long long lo : 40;
    unsigned long long hi : 24;   /* exactly fills the first 8-byte unit */
    unsigned long long x : 1;     /* second unit */
    unsigned small : 3;           /* different type: own 4-byte unit */
};

struct SameSize {
    int a : 30;
    unsigned b : 2;     /* signed/unsigned int are the same size: MSVC packs them together */
    short c : 3;
};

struct Unnamed {
    unsigned a : 5;
    unsigned : 3;       /* unnamed padding bits */
    unsigned b : 8;
    int after;
};

static void bytes(const char *tag, const void *p, size_t n) {
    const unsigned char *b = p;
    printf("%-9s", tag);
    for (size_t i = 0; i < n; i++) printf(" %02x", b[i]);
    printf("\n");
}

int main(void) {
    printf("Mixed %u tail@%u\n", (unsigned)sizeof(struct Mixed), (unsigned)offsetof(struct Mixed, tail));
    printf("ZeroWidth %u\n", (unsigned)sizeof(struct ZeroWidth));
    printf("Wide %u\n", (unsigned)sizeof(struct Wide));
    printf("SameSize %u\n", (unsigned)sizeof(struct SameSize));
    printf("Unnamed %u after@%u\n", (unsigned)sizeof(struct Unnamed), (unsigned)offsetof(struct Unnamed, after));

    struct Mixed m;
    memset(&m, 0, sizeof m);
    m.c1 = -1; m.c2 = 5; m.s1 = -7; m.i1 = 33; m.i2 = -2; m.i3 = 17; m.tail = 'T';
    bytes("Mixed", &m, sizeof m);
    printf("Mixed fields %d %d %d %d %d %d %c\n", m.c1, m.c2, m.s1, m.i1, m.i2, m.i3, m.tail);

    struct ZeroWidth z;
    memset(&z, 0xff, sizeof z);
    z.a = 1; z.b = 2; z.c = 3; z.d = 1;
    bytes("ZeroWidth", &z, sizeof z);

    struct Wide w;
    memset(&w, 0, sizeof w);
    w.lo = 0x123456789aULL;
    w.hi = 0xabcdef;
    w.x = 1;
    w.small = 6;
    bytes("Wide", &w, sizeof w);
    w.lo += 0xffffff0000ULL;          /* wraps at 2^40 */
    w.hi++;
    printf("Wide lo=%llx hi=%llx x=%llx small=%u\n", (unsigned long long)w.lo, (unsigned long long)w.hi,
           (unsigned long long)w.x, w.small);
    w.hi = 0xffffff;
    w.hi++;                           /* wraps to 0, must not carry into x */
    printf("Wide after wrap hi=%llx x=%llx\n", (unsigned long long)w.hi, (unsigned long long)w.x);
    bytes("Wide", &w, sizeof w);

    struct SameSize s;
    memset(&s, 0, sizeof s);
    s.a = -123456789; s.b = 3; s.c = -4;
    bytes("SameSize", &s, sizeof s);
    printf("SameSize %d %u %d\n", s.a, s.b, s.c);

    struct Unnamed u;
    memset(&u, 0xaa, sizeof u);
    u.a = 0; u.b = 0x55; u.after = -1;
    bytes("Unnamed", &u, sizeof u);
    return 0;
}
