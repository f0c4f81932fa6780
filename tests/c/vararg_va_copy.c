/* va_copy and va_list passing: traversing the arguments twice (a first pass to find the count and maximum, a
   second through a copy), copying in the middle of a traversal, a va_list given by value to a `v` function,
   and a pointer to a va_list through which a helper consumes arguments the caller then continues after. */
#include <stdarg.h>
#include <stdio.h>

/* prints each value as a percentage of the largest; the list ends with a negative value */
static int percentages(const char *title, ...) {
    va_list ap, again;
    va_start(ap, title);
    va_copy(again, ap);
    int n = 0, max = 0, v;
    while ((v = va_arg(ap, int)) >= 0) {
        if (v > max) max = v;
        n++;
    }
    va_end(ap);
    printf("%s (%d values, max %d):", title, n, max);
    for (int k = 0; k < n; k++) {
        v = va_arg(again, int);
        printf(" %d%%", max ? v * 100 / max : 0);
    }
    va_end(again);
    printf("\n");
    return n;
}

/* the v-function: consumes `n` doubles from a va_list it was given */
static double vweighted(int n, va_list ap) {
    double s = 0;
    for (int k = 1; k <= n; k++) s += k * va_arg(ap, double);
    return s;
}

static double weighted(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double r = vweighted(n, ap);
    va_end(ap);
    return r;
}

/* both the weighted sum and the plain sum of the same doubles, through va_copy */
static void both(int n, ...) {
    va_list ap, cp;
    va_start(ap, n);
    va_copy(cp, ap);
    double w = vweighted(n, cp);
    va_end(cp);
    double s = 0;
    for (int k = 0; k < n; k++) s += va_arg(ap, double);
    va_end(ap);
    printf("n=%d weighted=%g plain=%g\n", n, w, s);
}

/* a helper that reads a (length, chars...) group through a pointer to the caller's va_list */
static void read_group(va_list *pap, char *out) {
    int len = va_arg(*pap, int);
    for (int k = 0; k < len; k++) out[k] = (char)va_arg(*pap, int);
    out[len] = 0;
}

static void groups(int count, ...) {
    va_list ap;
    va_start(ap, count);
    for (int g = 0; g < count; g++) {
        char buf[16];
        read_group(&ap, buf);                      /* ap advances past the group */
        long long tag = va_arg(ap, long long);     /* then the caller reads on */
        printf("group %d: \"%s\" tag=%lld\n", g, buf, tag);
    }
    va_end(ap);
}

/* copy in the middle: the copy resumes where the original was */
static void middle(int n, ...) {
    va_list ap, mid;
    va_start(ap, n);
    int first = va_arg(ap, int), second = va_arg(ap, int);
    va_copy(mid, ap);
    int rest = 0, rest2 = 0;
    for (int k = 2; k < n; k++) rest += va_arg(ap, int);
    for (int k = 2; k < n; k++) rest2 = rest2 * 10 + va_arg(mid, int);
    va_end(mid);
    va_end(ap);
    printf("first=%d second=%d rest=%d digits=%d\n", first, second, rest, rest2);
}

/* restarting: va_start twice in the same call */
static int twice(int n, ...) {
    va_list ap;
    int a = 0, b = 0;
    va_start(ap, n);
    for (int k = 0; k < n; k++) a += va_arg(ap, int);
    va_end(ap);
    va_start(ap, n);
    for (int k = 0; k < n; k++) b ^= va_arg(ap, int) << k;
    va_end(ap);
    return a * 1000 + b;
}

int main(void) {
    int n = percentages("scores", 50, 100, 75, 0, 33, -1);
    n += percentages("empty", -5);
    n += percentages("single", 7, -1, 99);
    printf("weighted=%g %g\n", weighted(3, 1.0, 2.0, 3.0), weighted(0));
    both(4, 0.5, -1.5, 2.25, 10.0);
    both(1, 3.0);
    groups(3, 3, 'a', 'b', 'c', 1LL << 40, 0, -7LL, 5, 'h', 'e', 'l', 'l', 'o', 123456789012345LL);
    middle(6, 11, 22, 1, 2, 3, 4);
    middle(2, -1, -2);
    printf("twice=%d %d\n", twice(4, 1, 2, 3, 4), twice(0));
    return n;
}
