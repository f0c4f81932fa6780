/* Sorting algorithms written with pointer ranges: insertion, merge (with temp buffer), quicksort. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned lcg_state = 12345;
static int next_rand(void) { lcg_state = lcg_state * 1103515245u + 12345u; return (int)((lcg_state >> 16) & 0x7fff); }

static void insertion(int *b, int *e) {
    for (int *i = b + 1; i < e; i++) {
        int key = *i;
        int *j = i;
        while (j > b && j[-1] > key) { *j = j[-1]; j--; }
        *j = key;
    }
}
static void merge_sort(int *b, int *e, int *tmp) {
    int n = (int)(e - b);
    if (n < 2) return;
    int *m = b + n / 2;
    merge_sort(b, m, tmp);
    merge_sort(m, e, tmp);
    int *l = b, *r = m, *o = tmp;
    while (l < m && r < e) *o++ = (*r < *l) ? *r++ : *l++;
    while (l < m) *o++ = *l++;
    while (r < e) *o++ = *r++;
    memcpy(b, tmp, n * sizeof *b);
}
static void quick(int *lo, int *hi) { /* inclusive */
    if (lo >= hi) return;
    int pivot = lo[(hi - lo) / 2];
    int *i = lo, *j = hi;
    while (i <= j) {
        while (*i < pivot) i++;
        while (*j > pivot) j--;
        if (i <= j) { int t = *i; *i = *j; *j = t; i++; j--; }
    }
    if (lo < j) quick(lo, j);
    if (i < hi) quick(i, hi);
}
static int is_sorted(const int *b, const int *e) {
    for (const int *p = b + 1; p < e; p++) if (p[-1] > *p) return 0;
    return 1;
}
static unsigned checksum(const int *b, const int *e) {
    unsigned h = 0;
    while (b < e) h = h * 31u + (unsigned)*b++;
    return h;
}
static void print_some(const char *tag, const int *b, int n) {
    printf("%s:", tag);
    for (int i = 0; i < n; i++) printf(" %d", b[i]);
    printf("\n");
}

int main(void) {
    enum { N = 200 };
    int orig[N], a[N], tmp[N];
    for (int i = 0; i < N; i++) orig[i] = next_rand() % 1000 - 500;
    print_some("orig first 12", orig, 12);

    memcpy(a, orig, sizeof a);
    insertion(a, a + N);
    printf("insertion sorted=%d checksum=%u\n", is_sorted(a, a + N), checksum(a, a + N));
    print_some("first 12", a, 12);
    print_some("last 6", a + N - 6, 6);

    memcpy(a, orig, sizeof a);
    merge_sort(a, a + N, tmp);
    printf("merge sorted=%d checksum=%u\n", is_sorted(a, a + N), checksum(a, a + N));

    memcpy(a, orig, sizeof a);
    quick(a, a + N - 1);
    printf("quick sorted=%d checksum=%u\n", is_sorted(a, a + N), checksum(a, a + N));

    /* sort only the middle part */
    memcpy(a, orig, sizeof a);
    insertion(a + 50, a + 60);
    print_some("middle sorted", a + 48, 14);

    /* median and distinct count on the sorted array */
    merge_sort(a, a + N, tmp);
    printf("median = %d\n", (a[N / 2 - 1] + a[N / 2]) / 2);
    int distinct = 1;
    for (int *p = a + 1; p < a + N; p++) distinct += *p != p[-1];
    printf("distinct = %d\n", distinct);
    /* binary search by pointer */
    int targets[] = { a[0], a[N - 1], a[77], 1000, -1000 };
    for (int t = 0; t < 5; t++) {
        int *lo = a, *hi = a + N;
        while (lo < hi) { int *mid = lo + (hi - lo) / 2; if (*mid < targets[t]) lo = mid + 1; else hi = mid; }
        printf("lower_bound(%d) = %d%s\n", targets[t], (int)(lo - a), (lo < a + N && *lo == targets[t]) ? " (hit)" : "");
    }
    return 0;
}
