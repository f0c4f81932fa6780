/* Nested braces, brace elision, partially initialised aggregates (remaining members zero). */
#include <stdio.h>

typedef struct { int a; char b; short c; } Small;
typedef struct { Small s[2]; int n; } Wrapper;
typedef struct { int m[2][3]; const char *label; } Mat;

static int flat2d[3][4] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };     /* brace elision */
static int part2d[3][4] = { { 1 }, { 2, 3 }, { 4, 5, 6 } };
static Wrapper w1 = { { { 1, 'a', 2 }, { 3, 'b', 4 } }, 5 };
static Wrapper w2 = { 1, 'a', 2, 3, 'b', 4, 5 };              /* fully elided */
static Wrapper w3 = { { { 9 } } };
static Mat mats[2] = { { { { 1, 2, 3 }, { 4, 5, 6 } }, "full" }, { { 7, 8, 9, 10 }, "elided" } };
static int three_d[2][2][2] = { { { 1 } }, 2, 3, 4, 5 };
static char strs[3][5] = { "ab", { 'c', 'd' }, "efgh" };
static Small smalls[5] = { { 1, 2, 3 }, { 4 }, [3] = { 7, 8 } };

static void print2d(const char *name, int m[3][4]) {
    printf("%s:", name);
    for (int i = 0; i < 3; i++) {
        printf(" [");
        for (int j = 0; j < 4; j++) printf("%s%d", j ? " " : "", m[i][j]);
        printf("]");
    }
    printf("\n");
}
static void print_wrapper(const char *name, const Wrapper *w) {
    printf("%s: {%d,%d,%d} {%d,%d,%d} n=%d\n", name, w->s[0].a, w->s[0].b, w->s[0].c, w->s[1].a, w->s[1].b, w->s[1].c, w->n);
}

int main(void) {
    print2d("flat2d", flat2d);
    print2d("part2d", part2d);
    print_wrapper("w1", &w1);
    print_wrapper("w2", &w2);
    print_wrapper("w3", &w3);
    for (int k = 0; k < 2; k++) {
        printf("mat %s:", mats[k].label);
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) printf(" %d", mats[k].m[i][j]);
        printf("\n");
    }
    printf("three_d:");
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) printf(" %d", three_d[i][j][k]);
    printf("\n");
    for (int i = 0; i < 3; i++) {
        printf("strs[%d]:", i);
        for (int j = 0; j < 5; j++) printf(" %d", strs[i][j]);
        printf("\n");
    }
    for (int i = 0; i < 5; i++) printf("smalls[%d] = %d %d %d\n", i, smalls[i].a, smalls[i].b, smalls[i].c);

    /* local aggregates: partially initialised means rest zero, even on the stack */
    int local[10] = { 1, 2 };
    int sum = 0;
    for (int i = 0; i < 10; i++) sum += local[i] * (i + 1);
    printf("local sum=%d\n", sum);
    int zeros[64] = { 0 };
    int nz = 0;
    for (int i = 0; i < 64; i++) nz += zeros[i] != 0;
    printf("nonzero in zeros=%d\n", nz);
    Small ls = { 5 };
    printf("ls = %d %d %d\n", ls.a, ls.b, ls.c);
    Wrapper lw = { { { 1, 2, 3 } }, 9 };
    print_wrapper("lw", &lw);
    Mat lm = { { { 1 }, { 2 } } };
    printf("lm: %d %d %d %d %d %d label=%s\n", lm.m[0][0], lm.m[0][1], lm.m[0][2], lm.m[1][0], lm.m[1][1], lm.m[1][2], lm.label ? lm.label : "(null)");
    char cbuf[8] = { 'h', 'i' };
    printf("cbuf=%s tail=%d%d%d\n", cbuf, cbuf[5], cbuf[6], cbuf[7]);
    /* scalar with braces */
    int braced = { 17 };
    double dbraced = { 2.5 };
    printf("braced=%d dbraced=%g\n", braced, dbraced);
    /* array size inferred from initializer with nesting */
    int inferred[][2] = { { 1, 2 }, { 3 }, 4, 5, 6 };
    printf("inferred rows=%u last=%d,%d\n", (unsigned)(sizeof inferred / sizeof inferred[0]), inferred[3][0], inferred[3][1]);
    return 0;
}
