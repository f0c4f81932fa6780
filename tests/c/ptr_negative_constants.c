/* Negative and out-of-range constants converted to pointers and narrower or unsigned types: C converts modulo
   2^n ((HANDLE)(LONG_PTR)-1 is NT's current-process handle). */
#include <stdio.h>
#include <stddef.h>

#define CURRENT_PROCESS ((void *)(long)-1)
#define CURRENT_THREAD ((void *)(long)-2)

int main(void)
{
    void *p = CURRENT_PROCESS;
    void *q = CURRENT_THREAD;
    unsigned char c = (unsigned char)(short)-1;
    signed char s = (signed char)(int)200;
    unsigned short u = (unsigned short)-70000;
    unsigned long long big = (unsigned long long)(long long)-5;
    unsigned long top = (unsigned long)(size_t)CURRENT_THREAD;

    printf("%d %d\n", p == CURRENT_PROCESS, q != p);
    printf("%u %d %u %llu %lu\n", c, s, u, big, top);
    printf("%lu\n", (unsigned long)((char *)CURRENT_PROCESS - (char *)CURRENT_THREAD));
    return 0;
}
