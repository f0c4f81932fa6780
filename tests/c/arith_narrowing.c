/* Narrowing conversions, truncation and constant expressions with casts. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("(unsigned char)-1 = %d\n", (unsigned char)-1);
    printf("(signed char)255 = %d\n", (signed char)255);
    printf("(char)200 = %d\n", (char)200);
    printf("(short)0x12345 = %d\n", (short)0x12345);
    printf("(unsigned short)0x12345 = %d\n", (unsigned short)0x12345);
    printf("(short)0x8000 = %d\n", (short)0x8000);
    printf("(short)-32769 = %d\n", (short)-32769);
    printf("(unsigned short)-2 = %d\n", (unsigned short)-2);
    printf("(int)0x80000000u = %d\n", (int)0x80000000u);
    printf("(int)4294967295u = %d\n", (int)4294967295u);
    printf("(int)0x123456789LL = %d\n", (int)0x123456789LL);
    printf("(unsigned)-1LL = %u\n", (unsigned)-1LL);
    printf("(unsigned char)0x1ff = %d\n", (unsigned char)0x1ff);
    printf("(signed char)0x17f = %d\n", (signed char)0x17f);
    printf("(unsigned char)(signed char)-128 = %d\n", (unsigned char)(signed char)-128);
    printf("(short)(unsigned char)200 = %d\n", (short)(unsigned char)200);
    printf("(int)(short)(unsigned short)40000 = %d\n", (int)(short)(unsigned short)40000);
    printf("(unsigned)(short)-1 = %u\n", (unsigned)(short)-1);
    printf("(unsigned)(unsigned short)-1 = %u\n", (unsigned)(unsigned short)-1);
    printf("(long long)(int)-1 = %lld\n", (long long)(int)-1);
    printf("(long long)(unsigned)-1 = %lld\n", (long long)(unsigned)-1);
    printf("(unsigned long long)(signed char)-3 = %llu\n", (unsigned long long)(signed char)-3);

    /* constant arrays sized by constant expressions with casts */
    int arr1[(unsigned char)258];
    int arr2[(short)0x10005];
    printf("sizeof arr1 / sizeof arr1[0] = %u\n", (unsigned)(sizeof arr1 / sizeof arr1[0]));
    printf("sizeof arr2 / sizeof arr2[0] = %u\n", (unsigned)(sizeof arr2 / sizeof arr2[0]));
    (void)arr1; (void)arr2;

    enum { E1 = (unsigned char)-3, E2 = (signed char)0xF0, E3 = (short)70000 };
    printf("E1=%d E2=%d E3=%d\n", E1, E2, E3);

    /* truncation through assignment */
    int values[] = { 0, 1, 127, 128, 255, 256, 300, -1, -128, -129, 65535, 65536, 100000, -100000, INT_MAX, INT_MIN };
    printf("%12s %5s %5s %7s %7s\n", "value", "sc", "uc", "short", "ushort");
    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        int v = values[i];
        signed char sc = v;
        unsigned char uc = v;
        short s = v;
        unsigned short us = v;
        printf("%12d %5d %5d %7d %7d\n", v, sc, uc, s, us);
    }

    /* storing large unsigned into signed and back */
    unsigned int big = 3000000000u;
    int asint = big;
    unsigned int back = asint;
    printf("asint=%d back=%u equal=%d\n", asint, back, back == big);

    /* truncation inside expressions */
    unsigned char acc = 0;
    for (int k = 1; k <= 40; k++) acc = acc * 7 + k;
    printf("acc=%d\n", acc);
    short sacc = 1;
    for (int k = 1; k <= 20; k++) sacc = sacc * 3 + k;
    printf("sacc=%d\n", sacc);
    unsigned short usacc = 1;
    for (int k = 1; k <= 20; k++) usacc = (unsigned short)(usacc * 31u + k);
    printf("usacc=%u\n", usacc);

    /* char from int in string building */
    char buf[8];
    for (int k = 0; k < 7; k++) buf[k] = 'a' + k * 3 + 256;
    buf[7] = 0;
    printf("buf=%s\n", buf);
    return 0;
}
