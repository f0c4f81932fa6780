/* Pointer arithmetic, differences, comparisons and walking with *p++. */
#include <stdio.h>
#include <stddef.h>

static int sum_range(const int *begin, const int *end) {
    int s = 0;
    while (begin != end) s += *begin++;
    return s;
}

int main(void) {
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i * i - 10;
    int *p = a;
    int *q = a + 9;
    printf("q - p = %d\n", (int)(q - p));
    printf("p - q = %d\n", (int)(p - q));
    printf("*p = %d, *q = %d, p[3] = %d, 3[p] = %d, *(q - 2) = %d\n", *p, *q, p[3], 3[p], *(q - 2));
    printf("p < q: %d, p > q: %d, p <= p: %d, p != q: %d\n", p < q, p > q, p <= p, p != q);
    int *mid = p + (q - p) / 2;
    printf("mid index = %d, *mid = %d\n", (int)(mid - a), *mid);
    printf("sum all = %d\n", sum_range(a, a + 10));
    printf("sum [2,7) = %d\n", sum_range(a + 2, &a[7]));
    int *end = a + 10;   /* one past the end is valid */
    printf("end - a = %d\n", (int)(end - a));

    /* *p++ / *++p / ++*p / (*p)++ */
    int b[5] = { 10, 20, 30, 40, 50 };
    int *r = b;
    int v1 = *r++;
    int v2 = *++r;
    int v3 = ++*r;
    int v4 = (*r)++;
    int v5 = *r--;
    printf("v1=%d v2=%d v3=%d v4=%d v5=%d idx=%d\n", v1, v2, v3, v4, v5, (int)(r - b));
    printf("b = %d %d %d %d %d\n", b[0], b[1], b[2], b[3], b[4]);

    /* negative indices relative to an interior pointer */
    int *center = &b[2];
    printf("center[-2]=%d center[-1]=%d center[0]=%d center[2]=%d\n", center[-2], center[-1], center[0], center[2]);
    ptrdiff_t back = -2;
    printf("*(center + back) = %d\n", *(center + back));

    /* walking backwards */
    printf("reverse:");
    for (int *w = b + 5; w != b; ) printf(" %d", *--w);
    printf("\n");

    /* pointer arithmetic on different element sizes */
    short sh[6] = { 1, 2, 3, 4, 5, 6 };
    double dbl[4] = { 0.5, 1.5, 2.5, 3.5 };
    char ch[8] = "abcdefg";
    short *sp = sh + 4;
    double *dp = dbl + 3;
    char *cp = ch + 5;
    printf("sp-sh=%d dp-dbl=%d cp-ch=%d\n", (int)(sp - sh), (int)(dp - dbl), (int)(cp - ch));
    printf("*sp=%d *dp=%g *cp=%c\n", *sp, *dp, *cp);
    printf("bytes between sh[1] and sh[4] = %d\n", (int)((char *)&sh[4] - (char *)&sh[1]));
    printf("bytes between dbl[0] and dbl[3] = %d\n", (int)((char *)&dbl[3] - (char *)&dbl[0]));

    /* in-place reverse with two pointers */
    int c[7] = { 1, 2, 3, 4, 5, 6, 7 };
    for (int *lo = c, *hi = c + 6; lo < hi; lo++, hi--) { int t = *lo; *lo = *hi; *hi = t; }
    printf("reversed c:");
    for (int i = 0; i < 7; i++) printf(" %d", c[i]);
    printf("\n");

    /* find max via pointer */
    int data[] = { 3, -8, 17, 4, 17, -20, 9 };
    int *best = data;
    for (int *it = data + 1; it < data + 7; it++) if (*it > *best) best = it;
    printf("max %d at index %d\n", *best, (int)(best - data));

    /* pointer compared to NULL and used as a condition */
    int *nullp = NULL;
    printf("nullp==0: %d, !nullp: %d, p?: %d\n", nullp == 0, !nullp, p ? 1 : 0);

    /* stride through array with step */
    printf("every third:");
    for (int *it = a; it < a + 10; it += 3) printf(" %d", *it);
    printf("\n");

    /* unsigned index arithmetic */
    unsigned idx = 4;
    printf("a[idx - 1] = %d, *(a + idx - 1) = %d\n", a[idx - 1], *(a + idx - 1));
    return 0;
}
