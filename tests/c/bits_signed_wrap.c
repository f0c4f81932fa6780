/* Signed bitfields: sign extension on read, truncation on store, wrap-around through ++, --, += and plain
   stores of out-of-range values, for widths 1..8, 15, 17 and 31; neighbours must never be disturbed. */
#include <stdio.h>
#include <string.h>

struct S {
    int one : 1;
    int two : 2;
    int three : 3;
    int four : 4;
    int five : 5;
    int six : 6;
    int seven : 7;
    int pad : 4;      /* 32 bits so far: one int unit */
    signed char c8 : 8;
    short s15 : 15;
    int i17 : 17;
    int i31 : 31;
};

static void dump(const char *tag, const struct S *s) {
    printf("%-10s one=%d two=%d three=%d four=%d five=%d six=%d seven=%d pad=%d c8=%d s15=%d i17=%d i31=%d\n",
           tag, s->one, s->two, s->three, s->four, s->five, s->six, s->seven, s->pad, s->c8, s->s15, s->i17, s->i31);
}

static unsigned raw_checksum(const struct S *s) {
    unsigned char b[sizeof(struct S)];
    unsigned h = 2166136261u;
    memcpy(b, s, sizeof b);
    for (unsigned i = 0; i < sizeof b; i++) h = (h ^ b[i]) * 16777619u;
    return h;
}

int main(void) {
    struct S s;
    memset(&s, 0, sizeof s);
    printf("sizeof=%u\n", (unsigned)sizeof(struct S));

    s.one = 1;            /* a 1-bit signed field holds only 0 and -1 */
    s.two = 2;            /* -2 */
    s.three = 4;          /* -4 */
    s.four = 15;          /* -1 */
    s.five = 16;          /* -16 */
    s.six = 33;           /* -31 */
    s.seven = 200;        /* 200-256 = -56 */
    s.pad = -9;           /* 7 */
    s.c8 = 127;
    s.s15 = 16383;
    s.i17 = 65535;
    s.i31 = 1073741823;
    dump("stores", &s);

    s.c8++;               /* 127 -> -128 */
    s.s15++;              /* 16383 -> -16384 */
    s.i17++;              /* 65535 -> -65536 */
    s.i31++;              /* 2^30-1 -> -2^30 */
    s.two++;              /* -2 -> -1 */
    s.two++;              /* -1 -> 0 */
    s.two++;              /* 0 -> 1 */
    s.two++;              /* 1 -> -2 */
    dump("inc", &s);

    s.c8--; s.s15--; s.i17--; s.i31--;
    s.one--;              /* -1 -> -2 -> 0 */
    dump("dec", &s);

    for (int i = 0; i < 20; i++) {
        s.three += 3;
        s.five -= 7;
        s.seven += 50;
        s.six ^= i;
        printf("iter %2d three=%d five=%d seven=%d six=%d\n", i, s.three, s.five, s.seven, s.six);
    }

    /* value of an assignment expression to a bitfield is the stored (truncated) value */
    int v1 = (s.four = 9);
    int v2 = (s.six = -40);
    int v3 = (s.seven += 100);
    printf("assign values %d %d %d\n", v1, v2, v3);

    /* post/pre increment results */
    s.four = 7;
    int post = s.four++;
    int after = s.four;
    int pre = ++s.four;
    printf("post=%d after=%d pre=%d\n", post, after, pre);

    /* multiplication, shifts and negation through the field */
    s.i17 = -3;
    s.i17 *= 30000;       /* -90000 -> wraps in 17 bits */
    printf("i17 after *= : %d\n", s.i17);
    s.i17 = 1000;
    s.i17 <<= 7;          /* 128000 -> wraps */
    printf("i17 after <<= : %d\n", s.i17);
    s.i17 = -1000;
    s.i17 >>= 3;          /* arithmetic shift on the promoted int */
    printf("i17 after >>= : %d\n", s.i17);
    s.five = -16;
    s.five = -s.five;     /* 16 does not fit: -16 again */
    printf("five negated : %d\n", s.five);
    s.c8 = -128;
    s.c8 /= -1;           /* 128 in int, stored back as -128 */
    printf("c8 /= -1 : %d\n", s.c8);

    /* comparisons against the sign-extended values */
    s.one = -1;
    printf("one<0=%d one==-1=%d two<0=%d\n", s.one < 0, s.one == -1, s.two < 0);
    dump("final", &s);
    printf("checksum=%08x\n", raw_checksum(&s));
    return 0;
}
