/* Arrays of function pointers, indexing, typedefs, and comparison of function pointers. */
#include <stdio.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }
static int mod(int a, int b) { return b ? a % b : 0; }
static int maxi(int a, int b) { return a > b ? a : b; }
static int mini(int a, int b) { return a < b ? a : b; }

static void hello(void) { printf("hello\n"); }
static void world(void) { printf("world\n"); }

static unsigned char inc(unsigned char x) { return (unsigned char)(x + 1); }
static unsigned char dbl(unsigned char x) { return (unsigned char)(x * 2); }
static unsigned char neg(unsigned char x) { return (unsigned char)-x; }

int main(void) {
    binop ops[] = { add, sub, mul, divi, mod, maxi, mini };
    const char *names[] = { "add", "sub", "mul", "div", "mod", "max", "min" };
    int n = (int)(sizeof ops / sizeof ops[0]);
    int pairs[][2] = { { 7, 3 }, { -7, 3 }, { 20, -6 }, { 0, 5 }, { 9, 0 } };
    for (int i = 0; i < n; i++) {
        printf("%-4s", names[i]);
        for (int p = 0; p < 5; p++) printf(" %5d", ops[i](pairs[p][0], pairs[p][1]));
        printf("\n");
    }
    /* calling through explicit dereference and through pointer to table */
    printf("(*ops[2])(6, 7) = %d\n", (*ops[2])(6, 7));
    binop *tp = ops + 1;
    printf("tp[0](10, 4) = %d, (*tp[1])(10, 4) = %d\n", tp[0](10, 4), (*tp[1])(10, 4));

    /* 2D table of functions */
    void (*greet[2][2])(void) = { { hello, world }, { world, hello } };
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) greet[i][j]();

    /* comparing function pointers */
    binop f = add, g = add, h = sub;
    printf("f == g: %d, f == h: %d, f != h: %d, f == add: %d\n", f == g, f == h, f != h, f == add);
    binop none = NULL;
    printf("none == NULL: %d, !none: %d, f ? 1 : 0 = %d\n", none == NULL, !none, f ? 1 : 0);
    int idx = -1;
    for (int i = 0; i < n; i++) if (ops[i] == maxi) idx = i;
    printf("maxi found at %d\n", idx);

    /* composition via table of unsigned char transforms */
    unsigned char (*chain[])(unsigned char) = { inc, dbl, dbl, neg, inc, dbl };
    unsigned char x = 100;
    for (unsigned i = 0; i < sizeof chain / sizeof chain[0]; i++) {
        x = chain[i](x);
        printf("step %u -> %u\n", i, x);
    }
    /* fold with an operator chosen at runtime */
    int data[] = { 4, 9, 2, 7, 5 };
    for (int k = 0; k < n; k++) {
        int acc = data[0];
        for (int i = 1; i < 5; i++) acc = ops[k](acc, data[i]);
        printf("fold %s = %d\n", names[k], acc);
    }
    /* function pointer cast through void (*)(void) and back */
    void (*generic)(void) = (void (*)(void))mul;
    binop back = (binop)generic;
    printf("round-trip mul(6,9) = %d\n", back(6, 9));
    /* sizeof function pointer */
    printf("sizeof(binop) = %u\n", (unsigned)sizeof(binop));
    return 0;
}
