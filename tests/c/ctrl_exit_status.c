/* Computes a checksum with loops and returns a non-zero status from main. */
#include <stdio.h>

static unsigned checksum(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33u ^ (unsigned char)*s++;
    return h;
}

int main(void) {
    const char *words[] = { "exit", "status", "three", "main", "return" };
    unsigned total = 0;
    for (int i = 0; i < 5; i++) {
        unsigned h = checksum(words[i]);
        printf("%-7s %10u %08x\n", words[i], h, h);
        total ^= h;
    }
    printf("total=%u\n", total);
    int status = 3;
    printf("returning %d\n", status);
    return status;
}
