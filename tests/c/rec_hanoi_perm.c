/* Towers of Hanoi, permutations, combinations and subsets by recursion. */
#include <stdio.h>

static int moves;
static void hanoi(int n, char from, char to, char via, int verbose) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, verbose);
    moves++;
    if (verbose) printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from, verbose);
}

static int perm_count;
static void permute(char *s, int k, int n) {
    if (k == n) {
        perm_count++;
        printf("%s%s", s, perm_count % 8 == 0 ? "\n" : " ");
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

static void combos(const int *set, int n, int k, int start, int *chosen, int depth) {
    if (depth == k) {
        printf("{");
        for (int i = 0; i < k; i++) printf("%s%d", i ? "," : "", chosen[i]);
        printf("} ");
        return;
    }
    for (int i = start; i <= n - (k - depth); i++) {
        chosen[depth] = set[i];
        combos(set, n, k, i + 1, chosen, depth + 1);
    }
}

static int subset_sum_count(const int *a, int n, int target) {
    if (target == 0) return 1;
    if (n == 0 || target < 0) return 0;
    return subset_sum_count(a + 1, n - 1, target - a[0]) + subset_sum_count(a + 1, n - 1, target);
}

static void gray(int n, int reflect, unsigned prefix) {
    if (n == 0) {
        for (int b = 3; b >= 0; b--) putchar('0' + ((prefix >> b) & 1));
        putchar(' ');
        return;
    }
    if (!reflect) { gray(n - 1, 0, prefix << 1); gray(n - 1, 1, (prefix << 1) | 1); }
    else { gray(n - 1, 0, (prefix << 1) | 1); gray(n - 1, 1, prefix << 1); }
}

static int partitions(int n, int max) {
    if (n == 0) return 1;
    int c = 0;
    for (int k = max < n ? max : n; k >= 1; k--) c += partitions(n - k, k);
    return c;
}

int main(void) {
    moves = 0;
    hanoi(4, 'A', 'C', 'B', 1);
    printf("hanoi(4) moves=%d\n", moves);
    for (int n = 1; n <= 16; n += 5) { moves = 0; hanoi(n, 'A', 'C', 'B', 0); printf("hanoi(%d) moves=%d\n", n, moves); }

    char s[] = "abcd";
    permute(s, 0, 4);
    printf("perm_count=%d s=%s\n", perm_count, s);

    int set[] = { 1, 2, 3, 4, 5 };
    int chosen[5];
    for (int k = 0; k <= 5; k++) {
        printf("C(5,%d): ", k);
        combos(set, 5, k, 0, chosen, 0);
        printf("\n");
    }
    int coins[] = { 2, 3, 5, 7, 8, 10 };
    for (int target = 0; target <= 20; target += 4) printf("subset_sum(%d)=%d\n", target, subset_sum_count(coins, 6, target));
    printf("gray: ");
    gray(4, 0, 0);
    printf("\n");
    printf("partitions:");
    for (int n = 1; n <= 15; n++) printf(" %d", partitions(n, n));
    printf("\n");
    return 0;
}
