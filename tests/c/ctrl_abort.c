/* Prints output, flushes stdout, then calls abort(): the exit status is 134 (SIGABRT). */
#include <stdio.h>
#include <stdlib.h>

static int depth_sum(int n) { return n <= 0 ? 0 : n + depth_sum(n - 1); }

int main(void) {
    for (int i = 0; i < 8; i++) printf("depth_sum(%d) = %d\n", i * 5, depth_sum(i * 5));
    int table[5] = { 4, 8, 15, 16, 23 };
    int acc = 0;
    for (int i = 0; i < 5; i++) {
        acc = acc * 3 + table[i];
        printf("acc[%d] = %d\n", i, acc);
    }
    if (acc != 42) {
        printf("invariant violated: acc=%d, aborting\n", acc);
        fflush(stdout);
        abort();
    }
    printf("not reached\n");
    return 0;
}
