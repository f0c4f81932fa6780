/* Division and modulo of negative and unsigned values at several widths. */
#include <stdio.h>

static int floor_div(int a, int b) { int q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }
static int floor_mod(int a, int b) { int m = a % b; if (m != 0 && ((m < 0) != (b < 0))) m += b; return m; }

int main(void) {
    int nums[] = { 7, -7, 13, -13, 0, 1, -1, 100, -100, 2147483647, -2147483647 - 1 };
    int dens[] = { 2, -2, 3, -3, 7, -7, 10 };
    for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        printf("%11d:", nums[i]);
        for (unsigned j = 0; j < sizeof dens / sizeof dens[0]; j++)
            printf(" %d/%d=%d,%d", nums[i], dens[j], nums[i] / dens[j], nums[i] % dens[j]);
        printf("\n");
    }
    printf("floor_div(-7,2)=%d floor_mod(-7,2)=%d\n", floor_div(-7, 2), floor_mod(-7, 2));
    printf("floor_div(7,-2)=%d floor_mod(7,-2)=%d\n", floor_div(7, -2), floor_mod(7, -2));
    printf("floor_div(-6,3)=%d floor_mod(-6,3)=%d\n", floor_div(-6, 3), floor_mod(-6, 3));

    /* signed divided by unsigned: the signed operand converts first */
    printf("-7 / 2u = %u\n", -7 / 2u);
    printf("-7 %% 2u = %u\n", -7 % 2u);
    printf("7u / -2 = %u\n", 7u / -2);
    printf("7u %% -2 = %u\n", 7u % -2);
    printf("-1 / 1u = %u\n", -1 / 1u);

    /* narrow operands promote to int, so these are signed divisions */
    unsigned char uc = 250;
    signed char sc = -7;
    printf("uc / sc = %d\n", uc / sc);
    printf("uc %% sc = %d\n", uc % sc);
    unsigned short us = 65000;
    short ss = -300;
    printf("us / ss = %d\n", us / ss);
    printf("us %% ss = %d\n", us % ss);
    printf("sc / 2 = %d, sc %% 2 = %d\n", sc / 2, sc % 2);
    printf("sc >> 1 = %d (differs from sc / 2)\n", sc >> 1);

    /* unsigned division */
    unsigned big = 4294967295u;
    printf("big / 10 = %u, big %% 10 = %u\n", big / 10, big % 10);
    printf("big / 0x10000 = %u\n", big / 0x10000);
    printf("0x80000000u / 3 = %u rem %u\n", 0x80000000u / 3, 0x80000000u % 3);

    /* digits of negative numbers via % */
    int v = -98765;
    printf("digits of %d:", v);
    while (v != 0) {
        printf(" %d", v % 10);
        v /= 10;
    }
    printf("\n");

    /* integer to string using unsigned to handle INT_MIN */
    int tests[] = { 0, 5, -5, 12345, -2147483647 - 1, 2147483647 };
    for (unsigned t = 0; t < sizeof tests / sizeof tests[0]; t++) {
        char buf[16];
        int pos = 15;
        buf[pos] = 0;
        unsigned mag = tests[t] < 0 ? 0u - (unsigned)tests[t] : (unsigned)tests[t];
        do { buf[--pos] = (char)('0' + mag % 10); mag /= 10; } while (mag);
        if (tests[t] < 0) buf[--pos] = '-';
        printf("itoa(%d) = %s\n", tests[t], buf + pos);
    }

    /* mod with power of two vs mask for negatives */
    for (int k = -5; k <= 5; k++)
        printf("%d %% 4 = %d, %d & 3 = %d\n", k, k % 4, k, k & 3);

    /* compound division */
    int acc = -1000000;
    while (acc <= -10) { acc /= -3; if (acc > 0) acc = -acc - 1; }
    printf("acc = %d\n", acc);
    /* gcd with negatives */
    int ga = -84, gb = 36;
    while (gb != 0) { int t = ga % gb; ga = gb; gb = t; }
    printf("gcd result = %d\n", ga);
    return 0;
}
