/* goto into blocks: into a compound statement past declarations without initializers, into the body of
   for/while/do loops (skipping the for's init, then running its increment), into an else branch; and backward
   gotos forming loops (with a block-scoped initialized declaration re-executed on every pass). */
#include <stdio.h>

static int into_block(int mode) {
    int r = 0;
    if (mode > 1) goto inside;
    r = 100;
    {
        int a;                  /* no initializer: jumping over it is allowed */
        int b;
        a = mode + 5;
        r += a;
    inside:
        b = mode * 3;
        a = b + 1;
        r += a * b;
    }
    return r;
}

static void into_for(int start) {
    int i = start;
    printf("for(%d):", start);
    if (start >= 0) goto mid;
    for (i = 0; i < 5; i++) {
        printf(" top%d", i);
    mid:
        printf(" mid%d", i);
    }
    printf(" end%d\n", i);
}

static int into_while(int n) {
    int steps = 0;
    goto body;
    while (n > 1) {
        steps++;
    body:
        if (n & 1) n = 3 * n + 1;
        else n /= 2;
    }
    return steps;
}

static int into_do(int n) {
    int s = 0;
    if (n > 10) goto half;
    do {
        s += n;
    half:
        n /= 2;
        s++;
    } while (n > 0);
    return s;
}

static const char *into_else(int x) {
    const char *r;
    if (x == 2) goto other;
    if (x < 0) {
        r = "negative";
    } else {
        r = "non-negative";
        if (x > 100) {
        other:
            r = x == 2 ? "jumped-two" : "big";
        }
    }
    return r;
}

static unsigned gcd(unsigned a, unsigned b) {
again:
    if (b == 0) return a;
    {
        unsigned t = a % b;     /* initialized each time control passes through the declaration */
        a = b;
        b = t;
    }
    goto again;
}

static void sort_with_gotos(int *v, int n) {
    int i, swapped;
pass:
    swapped = 0;
    i = 1;
step:
    if (i >= n) goto done_pass;
    if (v[i - 1] > v[i]) {
        int t = v[i];
        v[i] = v[i - 1];
        v[i - 1] = t;
        swapped = 1;
    }
    i++;
    goto step;
done_pass:
    if (swapped) {
        n--;
        goto pass;
    }
}

int main(void) {
    printf("into_block: %d %d %d %d\n", into_block(0), into_block(1), into_block(2), into_block(7));
    into_for(-1);
    into_for(0);
    into_for(3);
    into_for(9);
    printf("into_while: %d %d %d %d\n", into_while(1), into_while(6), into_while(7), into_while(27));
    printf("into_do: %d %d %d\n", into_do(5), into_do(20), into_do(0));
    printf("into_else: %s %s %s %s\n", into_else(-3), into_else(2), into_else(50), into_else(500));
    printf("gcd: %u %u %u %u\n", gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
    int v[] = { 9, -2, 7, 7, 0, 15, -8, 3, 1, 4 };
    sort_with_gotos(v, 10);
    int ok = 1;
    printf("sorted:");
    for (int k = 0; k < 10; k++) {
        printf(" %d", v[k]);
        if (k && v[k - 1] > v[k]) ok = 0;
    }
    printf("\n");
    /* a backward goto in main with a counter */
    int k = 0, acc = 1;
loop:
    acc = acc * 3 % 101;
    if (++k < 20) goto loop;
    printf("acc=%d ok=%d\n", acc, ok);
    return acc + ok;
}
