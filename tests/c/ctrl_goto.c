/* goto: forward, backward (loop via goto), out of nested loops, cleanup chains. */
#include <stdio.h>
#include <stdlib.h>

static int find_pair(int target, int *oi, int *oj) {
    int grid[5][5];
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++) grid[i][j] = i * 7 + j * 3;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++)
            if (grid[i][j] == target) { *oi = i; *oj = j; goto found; }
    return 0;
found:
    return 1;
}

static int with_cleanup(int fail_at) {
    int result = -1;
    char *a, *b, *c;
    a = malloc(16);
    if (fail_at == 1) goto fail_a;
    b = malloc(16);
    if (fail_at == 2) goto fail_b;
    c = malloc(16);
    if (fail_at == 3) goto fail_c;
    result = 0;
    printf("  all allocated\n");
fail_c:
    printf("  free c\n");
    free(c);
fail_b:
    printf("  free b\n");
    free(b);
fail_a:
    printf("  free a\n");
    free(a);
    return result;
}

int main(void) {
    /* backward goto as a loop */
    int i = 0, sum = 0;
loop:
    sum += i;
    i++;
    if (i <= 10) goto loop;
    printf("sum 0..10 via goto = %d\n", sum);

    /* forward goto skipping code */
    int x = 1;
    if (x) goto skip;
    x = 100;
    printf("not printed\n");
skip:
    printf("x = %d\n", x);

    int oi, oj;
    int targets[] = { 0, 13, 31, 40, 2 };
    for (int t = 0; t < 5; t++) {
        if (find_pair(targets[t], &oi, &oj)) printf("target %d at (%d,%d)\n", targets[t], oi, oj);
        else printf("target %d not found\n", targets[t]);
    }

    for (int f = 0; f <= 3; f++) {
        printf("with_cleanup(%d):\n", f);
        printf("  -> %d\n", with_cleanup(f));
    }

    /* goto out of three nested loops */
    int a, b, c, hits = 0;
    for (a = 0; a < 10; a++)
        for (b = 0; b < 10; b++)
            for (c = 0; c < 10; c++) {
                hits++;
                if (a * 100 + b * 10 + c == 357) goto done;
            }
done:
    printf("stopped at a=%d b=%d c=%d after %d hits\n", a, b, c, hits);

    /* retry loop with goto */
    int attempts = 0;
    unsigned state = 1;
retry:
    attempts++;
    state = state * 1103515245u + 12345u;
    if ((state >> 16) % 5 != 2 && attempts < 50) goto retry;
    printf("attempts=%d state=%u\n", attempts, state);

    /* state machine with gotos */
    const char *input = "aabbbcaabc";
    const char *p = input;
    int runs = 0;
state_start:
    if (!*p) goto state_end;
    runs++;
    {
        char cur = *p;
        while (*p == cur) p++;
        printf("run of %c ending at %d\n", cur, (int)(p - input));
    }
    goto state_start;
state_end:
    printf("runs=%d\n", runs);

    /* goto within the same block jumping over a statement, then backward with a counter */
    int n = 0;
    int out[6];
again:
    if (n >= 6) goto finished;
    out[n] = n * n;
    n++;
    goto again;
finished:
    for (int k = 0; k < 6; k++) printf("%d ", out[k]);
    printf("\n");
    return 0;
}
