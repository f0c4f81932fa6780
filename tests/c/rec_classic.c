/* Classic recursion: fibonacci, ackermann (small), gcd, power, digit sums, binomials, McCarthy 91. */
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static unsigned long long fib_memo(int n, unsigned long long *memo) {
    if (n < 2) return (unsigned long long)n;
    if (memo[n]) return memo[n];
    return memo[n] = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
}
static int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
static long long power(long long base, unsigned e) {
    if (e == 0) return 1;
    long long half = power(base, e / 2);
    return e % 2 ? half * half * base : half * half;
}
static int digit_sum(unsigned n) { return n < 10 ? (int)n : (int)(n % 10) + digit_sum(n / 10); }
static int binom(int n, int k) { return (k == 0 || k == n) ? 1 : binom(n - 1, k - 1) + binom(n - 1, k); }
static int mc91(int n) { return n > 100 ? n - 10 : mc91(mc91(n + 11)); }
static int sum_array(const int *a, int n) { return n == 0 ? 0 : a[0] + sum_array(a + 1, n - 1); }
static int max_array(const int *a, int n) {
    if (n == 1) return a[0];
    int m = max_array(a + 1, n - 1);
    return a[0] > m ? a[0] : m;
}
static void print_binary(unsigned n) { if (n > 1) print_binary(n >> 1); putchar('0' + (n & 1)); }
static int count_calls;
static int tak(int x, int y, int z) {
    count_calls++;
    if (y < x) return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
    return z;
}
static int is_palindrome(const char *s, int lo, int hi) {
    if (lo >= hi) return 1;
    if (s[lo] != s[hi]) return 0;
    return is_palindrome(s, lo + 1, hi - 1);
}

int main(void) {
    printf("fib:");
    for (int i = 0; i <= 20; i++) printf(" %d", fib(i));
    printf("\n");
    unsigned long long memo[91] = { 0 };
    printf("fib(50)=%llu fib(90)=%llu\n", fib_memo(50, memo), fib_memo(90, memo));
    for (int m = 0; m <= 3; m++) {
        printf("ack(%d, n):", m);
        for (int n = 0; n <= 4; n++) printf(" %d", ack(m, n));
        printf("\n");
    }
    printf("gcd(1071,462)=%d gcd(17,5)=%d gcd(0,9)=%d gcd(-48,18)=%d\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-48, 18));
    printf("power(3,20)=%lld power(-2,31)=%lld power(7,0)=%lld power(10,18)=%lld\n", power(3, 20), power(-2, 31), power(7, 0), power(10, 18));
    printf("digit_sum(987654321)=%d digit_sum(4294967295)=%d\n", digit_sum(987654321u), digit_sum(4294967295u));
    for (int n = 0; n <= 8; n++) {
        printf("%*s", (8 - n) * 2, "");
        for (int k = 0; k <= n; k++) printf("%4d", binom(n, k));
        printf("\n");
    }
    printf("mc91:");
    for (int n = 85; n <= 105; n += 4) printf(" %d->%d", n, mc91(n));
    printf("\n");
    int arr[] = { 5, -3, 12, 7, 12, -20, 4 };
    printf("sum=%d max=%d\n", sum_array(arr, 7), max_array(arr, 7));
    printf("binary:");
    unsigned vals[] = { 0, 1, 2, 5, 255, 1024, 0xdeadbeef };
    for (int i = 0; i < 7; i++) { putchar(' '); print_binary(vals[i]); }
    printf("\n");
    count_calls = 0;
    int tk = tak(12, 8, 4);
    printf("tak(12,8,4)=%d calls=%d\n", tk, count_calls);
    const char *pals[] = { "level", "abba", "abca", "x", "" };
    for (int i = 0; i < 5; i++) {
        int len = 0;
        while (pals[i][len]) len++;
        printf("is_palindrome(\"%s\")=%d\n", pals[i], is_palindrome(pals[i], 0, len - 1));
    }
    return 0;
}
