/* Arrays as function parameters, decay, sizeof inside and outside, returning interior pointers. */
#include <stdio.h>

static unsigned param_size(int arr[10]) { return (unsigned)sizeof arr; }
static unsigned param_size2(int *arr) { return (unsigned)sizeof arr; }
static void double_all(int arr[], int n) { for (int i = 0; i < n; i++) arr[i] *= 2; }
static int *find_first(int *arr, int n, int v) {
    for (int i = 0; i < n; i++) if (arr[i] == v) return arr + i;
    return 0;
}
static int sum_matrix(int rows, int m[][3]) {
    int s = 0;
    for (int i = 0; i < rows; i++) for (int j = 0; j < 3; j++) s += m[i][j];
    return s;
}
static void increment_row(int *row, int n) { while (n--) (*row++)++; }
static void prefix_sums(const int *in, int *out, int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) { acc += in[i]; out[i] = acc; }
}
static void set_char(char s[], int i, char c) { s[i] = c; }
static int last(const int a[], int n) { return a[n - 1]; }
static int *advance(int *p, int k) { return p + k; }

int main(void) {
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i + 1;
    printf("sizeof a in main = %u, in param = %u / %u\n", (unsigned)sizeof a, param_size(a), param_size2(a));
    double_all(a, 10);
    double_all(a + 5, 5);
    for (int i = 0; i < 10; i++) printf("%d ", a[i]);
    printf("\n");
    int *f = find_first(a, 10, 24);
    printf("find 24 -> index %d\n", f ? (int)(f - a) : -1);
    if (f) *f = -1;
    f = find_first(a, 10, 13);
    printf("find 13 -> %s\n", f ? "found" : "null");
    printf("last = %d, last of first 3 = %d\n", last(a, 10), last(a, 3));
    int *p = advance(a, 7);
    printf("*advance(a,7) = %d, advance(p,-7) == a: %d\n", *p, advance(p, -7) == a);

    int m[4][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 }, { 10, 11, 12 } };
    printf("sum_matrix 4 rows = %d, 2 rows = %d, from row 2 = %d\n", sum_matrix(4, m), sum_matrix(2, m), sum_matrix(2, m + 2));
    increment_row(m[1], 3);
    increment_row(&m[3][1], 2);
    increment_row(&m[0][0], 12);   /* whole matrix as one flat row */
    for (int i = 0; i < 4; i++) printf("[%d %d %d]", m[i][0], m[i][1], m[i][2]);
    printf("\n");

    int in[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
    int out[8];
    prefix_sums(in, out, 8);
    for (int i = 0; i < 8; i++) printf("%d%c", out[i], i == 7 ? '\n' : ',');
    prefix_sums(out, out, 8);   /* in place aliasing, reads before writes of same index */
    for (int i = 0; i < 8; i++) printf("%d%c", out[i], i == 7 ? '\n' : ',');

    char s[] = "array";
    set_char(s, 0, 'A');
    set_char(s + 2, 2, 'Y');
    printf("s = %s, sizeof s = %u\n", s, (unsigned)sizeof s);

    /* array names decay in expressions but not in sizeof or & */
    printf("sizeof(a + 0) = %u, sizeof &a = %u, sizeof *&a = %u\n", (unsigned)sizeof(a + 0), (unsigned)sizeof &a, (unsigned)sizeof *&a);
    printf("&a[0] == a: %d, (void*)&a == (void*)a: %d\n", &a[0] == a, (void *)&a == (void *)a);
    int (*whole)[10] = &a;
    printf("(*whole)[9] = %d\n", (*whole)[9]);

    /* array of arrays of chars passed row by row */
    char names[3][6] = { "ann", "bob", "cy" };
    for (int i = 0; i < 3; i++) set_char(names[i], 0, (char)(names[i][0] - 32));
    printf("%s %s %s\n", names[0], names[1], names[2]);
    return 0;
}
