/* Variable-length array shapes: sizeof at run time (the length evaluated once, where declared), multi-dimensional
   arrays, pointers to VLA types (arithmetic scales by the run-time row size), VLA parameters, typedefs. */
#include <stdio.h>
#include <stdlib.h>

struct cell { short tag; float weight; };

static long matrix_trace(int n, int m[n][n])
{
    long t = 0;
    for (int i = 0; i < n; i++)
        t += m[i][i];
    return t;
}

static void fill(int rows, int cols, int a[][cols], int base)
{
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            a[r][c] = base + r * 100 + c;
}

static int sum_rows(int rows, int cols, int (*p)[cols])
{
    int s = 0;
    for (int (*row)[cols] = p; row < p + rows; row++)
        s += (*row)[cols - 1] - (*row)[0];
    return s + (int)(sizeof *p / sizeof **p);
}

static void multiply(int n, int k, int m, double a[n][k], double b[k][m], double out[n][m])
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
        {
            double s = 0;
            for (int x = 0; x < k; x++)
                s += a[i][x] * b[x][j];
            out[i][j] = s;
        }
}

static int side_effect_count;
static int next_length(void) { return 3 + side_effect_count++; }

int main(void)
{
    /* sizeof of a VLA object and of its rows, the length read once. */
    int n = 4, m = 6;
    int grid[n][m];
    n = 100;
    m = 1;
    printf("sizes %u %u %u\n", (unsigned)sizeof grid, (unsigned)sizeof grid[0], (unsigned)sizeof grid[0][0]);
    n = 4;
    m = 6;
    fill(n, m, grid, 7);
    printf("grid %d %d %d\n", grid[0][0], grid[3][5], grid[2][1]);
    printf("sum_rows %d\n", sum_rows(n, m, grid));

    /* A length with a side effect is evaluated once. */
    int once[next_length()];
    printf("once %u calls %d\n", (unsigned)(sizeof once / sizeof once[0]), side_effect_count);

    /* Pointers to VLA types: ++, --, +=, -=, +, -, subscripts, comparisons. */
    int (*p)[m] = grid;
    p++;
    printf("p++ %d\n", (*p)[2]);
    p += 2;
    printf("p+=2 %d\n", p[0][5]);
    p--;
    printf("p-- %d %d\n", (*p)[0], (int)(p - grid));
    p -= 1;
    printf("p-=1 %d %d\n", p[1][1], (p + 2)[0][3]);
    int (*q)[m] = &grid[3];
    printf("q-p %d %d %d\n", (int)(q - p), q > p, *(*(q - 1) + 4));
    int (*post)[m] = p++;
    printf("post %d %d\n", (*post)[0], (*p)[0]);
    post = p--;
    printf("post-- %d %d\n", (*post)[0], (*p)[0]);

    /* The address of a whole VLA, and of one row. */
    int (*whole)[n][m] = &grid;
    printf("whole %d %u\n", (*whole)[2][2], (unsigned)sizeof *whole);
    int *row2 = grid[2];
    printf("row2 %d\n", row2[4]);

    /* A VLA with a constant dimension inside, and one outside. */
    int k = 3;
    int mixed[k][4][k + 1];
    for (int a = 0; a < k; a++)
        for (int b = 0; b < 4; b++)
            for (int c = 0; c <= k; c++)
                mixed[a][b][c] = a * 1000 + b * 100 + c;
    printf("mixed %d %d %u %u\n", mixed[2][3][3], mixed[1][2][0], (unsigned)sizeof mixed, (unsigned)sizeof mixed[1]);
    int outer[5][k];
    outer[4][k - 1] = 42;
    printf("outer %d %u\n", outer[4][2], (unsigned)sizeof outer);

    /* Typedefs of VLA types: the length fixed at the typedef. */
    typedef double vector[k];
    k = 50;
    vector v1, v2;
    for (int i = 0; i < 3; i++)
    {
        v1[i] = i + 0.5;
        v2[i] = i * 2.0;
    }
    vector *vp = &v1;
    printf("typedef %u %u %.2f %.2f\n", (unsigned)sizeof(vector), (unsigned)sizeof v2, (*vp)[2], v2[1]);
    typedef int rowtype[m];
    rowtype *rows = malloc(3 * sizeof(rowtype));
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < m; c++)
            rows[r][c] = r * c;
    printf("heap rows %d %d %u\n", rows[2][5], rows[1][3], (unsigned)sizeof rows[0]);
    free(rows);

    /* VLAs of structs and of doubles; a matrix product through VLA parameters. */
    struct cell cells[k];
    cells[k - 1].tag = 9;
    cells[k - 1].weight = 2.25;
    printf("cells %d %.2f %u\n", cells[49].tag, cells[49].weight, (unsigned)sizeof cells);
    int dim = 3;
    double ma[2][dim], mb[dim][2], mc[2][2];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < dim; j++)
        {
            ma[i][j] = i + j + 1;
            mb[j][i] = (i + 1) * (j + 2);
        }
    multiply(2, dim, 2, ma, mb, mc);
    printf("product %.1f %.1f %.1f %.1f\n", mc[0][0], mc[0][1], mc[1][0], mc[1][1]);

    /* A fixed-size array passed to a VLA parameter. */
    int fixed[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    printf("trace %ld\n", matrix_trace(3, fixed));

    /* VLAs in switch cases' blocks, and a const VLA element type. */
    for (int which = 0; which < 3; which++)
    {
        switch (which)
        {
        case 0: {
            const int len = 5 + which;
            char text[len];
            snprintf(text, sizeof text, "abcdefgh");
            printf("case0 %s\n", text);
            break;
        }
        case 1: {
            unsigned long long big[which + 1];
            big[1] = 0x123456789abcdefULL;
            printf("case1 %llx %u\n", big[1], (unsigned)sizeof big);
            break;
        }
        default:
            printf("default\n");
        }
    }
    return 0;
}
