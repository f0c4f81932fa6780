/* Arrays of arrays, pointers to arrays, 2D arrays passed to functions. */
#include <stdio.h>

#define R 3
#define C 4

static void fill(int m[][C], int rows) {
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < C; j++) m[i][j] = i * 10 + j;
}

static int trace_like(int (*m)[C], int rows) {
    int s = 0;
    for (int i = 0; i < rows && i < C; i++) s += m[i][i];
    return s;
}

static void print_matrix(const char *name, int m[R][C]) {
    printf("%s:\n", name);
    for (int i = 0; i < R; i++) {
        for (int j = 0; j < C; j++) printf("%4d", m[i][j]);
        printf("\n");
    }
}

static void transpose(int src[R][C], int dst[C][R]) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) dst[j][i] = src[i][j];
}

static void matmul(int a[2][3], int b[3][2], int out[2][2]) {
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            out[i][j] = 0;
            for (int k = 0; k < 3; k++) out[i][j] += a[i][k] * b[k][j];
        }
}

int main(void) {
    int m[R][C];
    fill(m, R);
    print_matrix("m", m);
    printf("trace_like = %d\n", trace_like(m, R));
    printf("sizeof m = %u, sizeof m[0] = %u, sizeof m[0][0] = %u\n",
           (unsigned)sizeof m, (unsigned)sizeof m[0], (unsigned)sizeof m[0][0]);

    int (*row)[C] = m;
    printf("(*row)[2] = %d, row[2][3] = %d, (*(row + 1))[1] = %d\n", (*row)[2], row[2][3], (*(row + 1))[1]);
    row++;
    printf("after row++: row[0][0] = %d, row - m = %d\n", row[0][0], (int)(row - m));

    /* flatten through int pointer */
    int *flat = &m[0][0];
    printf("flat[5] = %d, flat[11] = %d\n", flat[5], flat[11]);
    printf("&m[2][1] - &m[0][0] = %d\n", (int)(&m[2][1] - &m[0][0]));
    printf("m[1] - m[0] (as int*) = %d\n", (int)(m[1] - m[0]));

    int t[C][R];
    transpose(m, t);
    printf("transposed:\n");
    for (int i = 0; i < C; i++) {
        for (int j = 0; j < R; j++) printf("%4d", t[i][j]);
        printf("\n");
    }

    int a[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int b[3][2] = { { 7, 8 }, { 9, 10 }, { 11, 12 } };
    int prod[2][2];
    matmul(a, b, prod);
    printf("prod = [%d %d; %d %d]\n", prod[0][0], prod[0][1], prod[1][0], prod[1][1]);

    /* 3D array */
    int cube[2][3][4];
    int n = 0;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 4; k++) cube[i][j][k] = n++;
    int (*plane)[3][4] = cube + 1;
    printf("plane[0][2][3] = %d, cube[1][1][1] = %d\n", plane[0][2][3], cube[1][1][1]);
    int (*line)[4] = cube[1];
    printf("line[2][0] = %d\n", line[2][0]);
    printf("sizeof cube = %u, sizeof *plane = %u, sizeof *line = %u\n",
           (unsigned)sizeof cube, (unsigned)sizeof *plane, (unsigned)sizeof *line);

    /* pointer to whole array */
    int arr[5] = { 5, 4, 3, 2, 1 };
    int (*pa)[5] = &arr;
    printf("(*pa)[1] = %d, sizeof *pa = %u\n", (*pa)[1], (unsigned)sizeof *pa);
    int *after = (int *)(pa + 1);
    printf("after - arr = %d\n", (int)(after - arr));

    /* array of pointers to rows (jagged) */
    int r0[] = { 1 }, r1[] = { 2, 3 }, r2[] = { 4, 5, 6 };
    int *jag[3] = { r0, r1, r2 };
    int lens[3] = { 1, 2, 3 };
    for (int i = 0; i < 3; i++) {
        printf("jag[%d]:", i);
        for (int j = 0; j < lens[i]; j++) printf(" %d", jag[i][j]);
        printf("\n");
    }

    /* char 2D array of words */
    char words[4][8] = { "alpha", "beta", "gamma", "delta" };
    for (int i = 0; i < 4; i++) printf("%s(%c) ", words[i], words[i][1]);
    printf("\n");
    words[2][0] = 'G';
    printf("%s %s\n", words[2], *(words + 3) + 2);
    return 0;
}
