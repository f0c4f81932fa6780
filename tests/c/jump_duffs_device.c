/* Duff's device: the classic do/while interleaved with a switch (case labels inside the loop body), for every
   count 0..20 (0 guarded, most not multiples of 8), copying and checked against a plain loop; a 4-way variant
   that sums with a while loop; and one that writes to a single "register" (the original use). */
#include <stdio.h>
#include <string.h>

static void duff_copy(short *to, const short *from, int count) {
    if (count <= 0) return;
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

static long duff_sum4(const int *p, int count, int *rounds) {
    long s = 0;
    int n = count / 4;
    *rounds = 0;
    switch (count & 3) {
        while (n-- > 0) {
            ++*rounds;
            s += *p++;
    case 3: s += *p++ * 2;
    case 2: s += *p++ * 3;
    case 1: s += *p++ * 4;
    case 0: ;
        }
    }
    return s;
}

static unsigned reg;               /* a device register: every write is folded in */

static void send(const unsigned char *from, int count) {
    int n = (count + 3) / 4;
    if (count == 0) return;
    switch (count % 4) {
    case 0: do { reg = reg * 33 + *from++;
    case 3:      reg = reg * 33 + *from++;
    case 2:      reg = reg * 33 + *from++;
    case 1:      reg = reg * 33 + *from++;
            } while (--n);
    }
}

int main(void) {
    short src[32], dst[32], ref[32];
    for (int k = 0; k < 32; k++) src[k] = (short)(k * 37 - 500);
    int all_ok = 1;
    for (int count = 0; count <= 20; count++) {
        for (int k = 0; k < 32; k++) dst[k] = ref[k] = -1;
        duff_copy(dst + 1, src + 3, count);
        for (int k = 0; k < count; k++) ref[1 + k] = src[3 + k];
        int ok = memcmp(dst, ref, sizeof dst) == 0;
        all_ok &= ok;
        printf("copy %2d: %s last=%d after=%d\n", count, ok ? "ok" : "BAD", count ? dst[count] : 0, dst[count + 1]);
    }

    int vals[20];
    for (int k = 0; k < 20; k++) vals[k] = k * k - 50;
    for (int count = 0; count <= 9; count++) {
        int rounds;
        long got = duff_sum4(vals, count, &rounds);
        /* the same sum computed plainly: the first count%4 elements get weights 2,3,4 aligned to the end */
        long want = 0;
        int lead = count & 3;
        for (int k = 0; k < count; k++) {
            int pos = k < lead ? 4 - lead + k : (k - lead) % 4;
            want += (long)vals[k] * (pos + 1);
        }
        printf("sum4 %d: %ld want %ld rounds=%d\n", count, got, want, rounds);
        if (got != want) all_ok = 0;
    }

    const char *msgs[] = { "", "a", "ab", "abc", "abcd", "hello, world", "Duff's device!" };
    for (int k = 0; k < 7; k++) {
        reg = 5381;
        send((const unsigned char *)msgs[k], (int)strlen(msgs[k]));
        unsigned want = 5381;
        for (const char *c = msgs[k]; *c; c++) want = want * 33 + (unsigned char)*c;
        printf("send \"%s\": %08x %s\n", msgs[k], reg, reg == want ? "ok" : "BAD");
        if (reg != want) all_ok = 0;
    }
    printf("all_ok=%d\n", all_ok);
    return all_ok ? 8 : 1;
}
