/* volatile objects in memory: reads, stores, compound assignments and increments through pointers, members,
   subscripts and globals, with their values as expressions. */
#include <stdio.h>

struct device {
    volatile unsigned char status;
    volatile unsigned short count;
    volatile int level;
    volatile double gain;
};

static volatile long ticks;
static volatile unsigned char bytes[4] = { 250, 1, 2, 3 };

static int bump(volatile int *p)
{
    int before = (*p)++;
    int after = ++*p;
    return before * 100 + after;
}

int main(void)
{
    struct device d = { 0 };
    struct device *p = &d;
    volatile int local = 7;
    volatile int *q = &local;
    unsigned char old;
    int i;

    p->status = 0x81;
    p->status |= 0x02;
    p->status <<= 1;
    old = p->status--;
    printf("status %u old %u\n", p->status, old);
    p->count = 65535;
    old = (unsigned char)p->count++;
    printf("count %u %u\n", old, p->count);
    p->level = -5;
    p->level *= -3;
    p->level -= 20;
    printf("level %d\n", p->level);
    p->gain = 1.5;
    p->gain++;
    p->gain /= 4;
    printf("gain %.4f\n", p->gain);
    for (i = 0; i < 10; i++)
        ticks += i;
    ticks--;
    printf("ticks %ld\n", ticks);
    for (i = 0; i < 4; i++)
        bytes[i] += 10;
    printf("bytes %u %u %u %u\n", bytes[0], bytes[1], bytes[2], bytes[3]);
    printf("bump %d local %d\n", bump(q), local);
    printf("chain %d\n", *q = p->level = 11);
    return local == 11 && p->level == 11 ? 0 : 1;
}
