/* Nested loops with break/continue, while(1) with break, do-while, loop variable edge cases. */
#include <stdio.h>

int main(void) {
    /* primes with continue and break */
    printf("primes:");
    for (int n = 2; n < 60; n++) {
        int prime = 1;
        for (int d = 2; d * d <= n; d++) {
            if (n % d) continue;
            prime = 0;
            break;
        }
        if (!prime) continue;
        printf(" %d", n);
    }
    printf("\n");

    /* break only exits the inner loop */
    for (int i = 0; i < 4; i++) {
        printf("row %d:", i);
        for (int j = 0; j < 10; j++) {
            if (j > i * 2) break;
            if (j % 2 == 1) continue;
            printf(" %d", j);
        }
        printf("\n");
    }

    /* while(1) with break */
    int collatz = 27, steps = 0, peak = 0;
    while (1) {
        if (collatz == 1) break;
        collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2;
        if (collatz > peak) peak = collatz;
        steps++;
    }
    printf("collatz(27): steps=%d peak=%d\n", steps, peak);

    /* do-while runs at least once */
    int k = 100;
    do { printf("do-while body k=%d\n", k); k++; } while (k < 100);
    int digits = 0;
    unsigned v = 0;
    do { digits++; v /= 10; } while (v);
    printf("digits(0)=%d\n", digits);
    v = 4294967295u; digits = 0;
    do { digits++; v /= 10; } while (v);
    printf("digits(UINT_MAX)=%d\n", digits);

    /* continue in do-while jumps to condition */
    int i = 0, odd_sum = 0;
    do {
        i++;
        if (i % 2 == 0) continue;
        odd_sum += i;
    } while (i < 15);
    printf("odd_sum=%d i=%d\n", odd_sum, i);

    /* continue in for runs the increment expression */
    int incs = 0, bodies = 0;
    for (int j = 0; j < 10; j++, incs++) {
        if (j & 1) continue;
        bodies++;
    }
    printf("incs=%d bodies=%d\n", incs, bodies);

    /* triple nested with flag to break out of all */
    int found = 0, fa = 0, fb = 0, fc = 0;
    for (int a = 1; a < 30 && !found; a++)
        for (int b = a; b < 30 && !found; b++)
            for (int c = b; c < 30; c++)
                if (a * a + b * b == c * c && a + b + c == 24) { found = 1; fa = a; fb = b; fc = c; break; }
    printf("triple: %d %d %d\n", fa, fb, fc);

    /* loops with empty bodies and complex conditions */
    int arr[] = { 3, 8, 12, 5, 0, 9 };
    int idx;
    for (idx = 0; arr[idx] != 0 && arr[idx] < 10; idx++) ;
    printf("stopped at idx=%d value=%d\n", idx, arr[idx]);

    /* while with assignment in condition */
    const char *msg = "count the vowels in this sentence";
    char ch;
    int vowels = 0;
    while ((ch = *msg++) != '\0') {
        switch (ch) { case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break; default: break; }
    }
    printf("vowels=%d\n", vowels);

    /* counting down with unsigned char wraparound stop */
    unsigned char uc = 5;
    int iters = 0;
    while (uc--) iters++;
    printf("iters=%d uc=%d\n", iters, uc);

    /* nested while with break and continue on the same counter */
    int outer = 0, total = 0;
    while (outer < 5) {
        int inner = 0;
        outer++;
        while (1) {
            inner++;
            if (inner > outer) break;
            if (inner == 2) continue;
            total += outer * inner;
        }
    }
    printf("total=%d\n", total);
    /* multiplication table with skip */
    for (int r = 1; r <= 6; r++) {
        for (int c = 1; c <= 6; c++) {
            if (c == r) { printf("   \\"); continue; }
            printf("%4d", r * c);
        }
        printf("\n");
    }
    return 0;
}
