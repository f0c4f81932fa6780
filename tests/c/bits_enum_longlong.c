/* Enum-typed and 64-bit bitfields: an enum bitfield holds the enumerators; long long fields wider than 32 bits
   keep all their bits in arithmetic and shifts; 64-bit signed fields sign-extend; a bitfield promotes to its
   declared type (or int) in expressions and in comparisons with unsigned values.
   (bits_enum_msvc_signed.c covers what only MSVC's signed enums give.) */
#include <stdio.h>

typedef enum { RED = 0, GREEN = 1, BLUE = 2, ALPHA = 3 } Color;
typedef enum { SMALL = -2, ZERO = 0, LARGE = 1 } Signed3;

typedef struct {
    Color color : 3;       /* 3 bits: 0..3 read back alike whether the field is signed (MSVC: enums are int) or not */
    Signed3 level : 2;
    unsigned long long addr : 48;
    long long delta : 40;
    long long flag : 1;
} Entry;

static const char *color_name(Color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    case ALPHA: return "alpha";
    }
    return "?";
}

int main(void) {
    Entry e = { 0 };
    printf("sizeof(Entry)=%u\n", (unsigned)sizeof(Entry));
    for (int i = 0; i < 4; i++) {
        e.color = (Color)i;
        printf("color %d -> %s\n", i, color_name(e.color));
    }
    e.level = SMALL;
    printf("level SMALL=%d is small %d\n", (int)e.level, e.level == SMALL);
    e.level = LARGE;
    printf("level LARGE=%d\n", (int)e.level);

    e.addr = 0xfedcba987654ULL;
    e.addr += 0x1000;
    printf("addr=%012llx\n", (unsigned long long)e.addr);
    e.addr = (e.addr << 4) | 0xf;    /* loses the top nibble */
    printf("addr<<4=%012llx\n", (unsigned long long)e.addr);
    e.addr = ~0ULL;
    e.addr++;
    printf("addr wrapped=%llx\n", (unsigned long long)e.addr);

    e.delta = -1;
    printf("delta=%lld\n", (long long)e.delta);
    e.delta = 549755813887LL;        /* 2^39-1, the maximum */
    e.delta++;
    printf("delta max+1=%lld\n", (long long)e.delta);
    e.delta = -123456789012LL;
    long long twice = e.delta * 2;
    e.delta *= 5;
    printf("twice=%lld times5=%lld\n", twice, (long long)e.delta);
    e.delta >>= 4;
    printf("delta>>4=%lld\n", (long long)e.delta);

    e.flag = 1;
    printf("flag=%lld\n", (long long)e.flag);
    e.flag = 0;
    printf("flag=%lld\n", (long long)e.flag);

    /* mixed arithmetic */
    e.addr = 0x800000000000ULL;
    e.delta = -0x8000000000LL;
    unsigned long long sum = e.addr + e.delta;
    printf("sum=%llx\n", sum);
    printf("color+level=%d\n", e.color + e.level);
    unsigned long long shifted = (unsigned long long)e.color << 40;
    printf("shifted=%llx\n", shifted);
    return 0;
}
