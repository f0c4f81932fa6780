/* Guest memory with paging on: sum a 64 MiB array PASSES times. Built freestanding for the machine (paging on
   over 4 KiB pages, the array at 16 MiB) or, with -DNATIVE, as a hosted program for the native side of the
   comparison. Both print the same total. */
#include <stdint.h>

#ifndef PASSES
#define PASSES 10
#endif
#define WORDS (64u << 20) / 4

static uint32_t Sum(const uint32_t *Array, uint32_t Count)
{
    uint32_t sum = 0;
    for (uint32_t i = 0; i < Count; i++) {
        sum += Array[i];
    }
    return sum;
}

static uint32_t Run(uint32_t *Array)
{
    for (uint32_t i = 0; i < WORDS; i++) {
        Array[i] = i * 2654435761u;
    }
    uint32_t total = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        total += Sum(Array, WORDS) + (uint32_t)pass;
    }
    return total;
}

#ifdef NATIVE
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    uint32_t *array = malloc(64u << 20);
    printf("%u\n", Run(array));
    return 0;
}
#else
#include <intrin.h>

#define PD ((volatile uint32_t *)0x00800000)
#define TABLES ((volatile uint32_t *)0x00801000)

static void Print(uint32_t Value)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + Value % 10);
        Value /= 10;
    } while (Value != 0);
    while (n > 0) {
        __outbyte(0x3F8, (unsigned char)digits[--n]);
    }
    __outbyte(0x3F8, '\n');
}

int main(void)
{
    /* Identity-map the first 128 MiB with 4 KiB pages: 32 page tables after the directory. */
    for (uint32_t i = 0; i < 1024; i++) {
        PD[i] = i < 32 ? (0x00801000 + i * 0x1000) | 3 : 0;
    }
    for (uint32_t i = 0; i < 32 * 1024; i++) {
        TABLES[i] = (i << 12) | 3;
    }
    __writecr3(0x00800000);
    __writecr0(__readcr0() | 0x80000000u);
    Print(Run((uint32_t *)0x01000000));
    __outword(0x604, 0x2000);
    return 1;
}
#endif
