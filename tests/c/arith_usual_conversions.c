/* Usual arithmetic conversions between signed and unsigned operands of every width. */
#include <stdio.h>

int main(void) {
    int i = -5;
    unsigned int u = 3;
    long l = -7;
    unsigned long ul = 2;
    short s = -9;
    unsigned short us = 11;
    signed char sc = -13;
    unsigned char uc = 17;
    long long ll = -19;
    unsigned long long ull = 23;

    printf("u + i = %u\n", u + i);
    printf("(u + i) / 2 = %u\n", (u + i) / 2);
    printf("i / u = %u\n", i / u);
    printf("i %% u = %u\n", i % u);
    printf("u - 4 = %u\n", u - 4);
    printf("-u = %u\n", -u);
    long long neg_u = -u;
    printf("(long long)-u = %lld\n", neg_u);
    long long sum_ll = u + i;
    printf("(long long)(u + i) = %lld\n", sum_ll);
    printf("(long long)u + i = %lld\n", (long long)u + i);
    printf("l + ul = %lu\n", l + ul);
    printf("s + us = %d\n", s + us);
    printf("sc + uc = %d\n", sc + uc);
    printf("sc * u = %u\n", sc * u);
    printf("s * ul = %lu\n", s * ul);
    printf("ll + u = %lld\n", ll + u);
    printf("i + ull = %llu\n", i + ull);
    printf("ll + ull = %llu\n", ll + ull);
    printf("u * ll = %lld\n", u * ll);
    printf("(ull > ll) = %d\n", ull > ll);
    printf("(u > i) = %d\n", u > i);
    printf("(u > l) = %d\n", u > l);
    printf("(us > s) = %d\n", us > s);
    printf("(uc > sc) = %d\n", uc > sc);
    printf("(ll < u) = %d\n", ll < u);
    printf("(i < ull) = %d\n", i < ull);
    printf("(i == 4294967291u) = %d\n", i == 4294967291u);
    printf("(sc == 243) = %d\n", sc == 243);
    printf("((unsigned char)sc == 243) = %d\n", (unsigned char)sc == 243);
    printf("(i >> 1) = %d\n", i >> 1);
    printf("((unsigned)i >> 1) = %u\n", (unsigned)i >> 1);
    printf("(u - 4) >> 28 = %u\n", (u - 4) >> 28);
    printf("u - 4 > 0 : %d\n", u - 4 > 0);
    printf("(int)(u - 4) > 0 : %d\n", (int)(u - 4) > 0);

    /* mixed comparisons in a table */
    int ivals[] = { -2, -1, 0, 1, 2 };
    unsigned uvals[] = { 0u, 1u, 2u, 0x7fffffffu, 0x80000000u, 0xffffffffu };
    for (int a = 0; a < 5; a++) {
        printf("%3d:", ivals[a]);
        for (int b = 0; b < 6; b++)
            printf(" %d%d%d", ivals[a] < uvals[b], ivals[a] == uvals[b], (long long)ivals[a] < (long long)uvals[b]);
        printf("\n");
    }

    /* unsigned wrap-around */
    unsigned w = 0;
    w--;
    printf("0u - 1 = %u\n", w);
    w += 2;
    printf("then + 2 = %u\n", w);
    unsigned big = 4000000000u;
    printf("big + big = %u\n", big + big);
    printf("big * 3 = %u\n", big * 3u);
    printf("big * big = %u\n", big * big);
    unsigned short ws = 65535;
    ws++;
    printf("ushort 65535 + 1 = %u\n", ws);
    unsigned char wc = 0;
    wc--;
    printf("uchar 0 - 1 = %u\n", wc);

    /* loop counting down with unsigned */
    unsigned cnt = 0;
    for (unsigned k = 5; k < 10; k--) cnt++;
    printf("unsigned countdown iterations = %u\n", cnt);

    /* size_t arithmetic */
    size_t n = 3;
    printf("n - 5 = %zu\n", n - 5);
    printf("(int)(n - 5) = %d\n", (int)(n - 5));
    return 0;
}
