/* Function pointers as parameters and return values; higher-order helpers. */
#include <stdio.h>

typedef int (*IntFn)(int);
typedef int (*Pred)(int);

static int square(int x) { return x * x; }
static int negate(int x) { return -x; }
static int twice(int x) { return 2 * x; }
static int plus3(int x) { return x + 3; }
static int is_even(int x) { return x % 2 == 0; }
static int is_positive(int x) { return x > 0; }
static int is_small(int x) { return x > -10 && x < 10; }

static void map(int *a, int n, IntFn f) { for (int i = 0; i < n; i++) a[i] = f(a[i]); }
static int count_if(const int *a, int n, Pred p) { int c = 0; for (int i = 0; i < n; i++) c += p(a[i]) != 0; return c; }
static int apply_n(IntFn f, int n, int x) { while (n-- > 0) x = f(x); return x; }

static IntFn pick(char c) {
    switch (c) {
    case 's': return square;
    case 'n': return negate;
    case 't': return twice;
    case 'p': return plus3;
    default: return NULL;
    }
}
/* function returning a pointer to a function, without typedef */
static int (*pick_raw(int i))(int) { return i ? twice : plus3; }

static int run_program(const char *prog, int x) {
    for (const char *p = prog; *p; p++) {
        IntFn f = pick(*p);
        if (!f) { printf("  unknown op '%c'\n", *p); continue; }
        x = f(x);
    }
    return x;
}
static void print_arr(const char *tag, const int *a, int n) {
    printf("%s:", tag);
    for (int i = 0; i < n; i++) printf(" %d", a[i]);
    printf("\n");
}
static int compose_apply(IntFn f, IntFn g, int x) { return f(g(x)); }
static void for_each_pred(const int *a, int n, Pred preds[], const char *names[], int np) {
    for (int k = 0; k < np; k++) printf("count %s = %d\n", names[k], count_if(a, n, preds[k]));
}

int main(void) {
    int a[] = { -4, -1, 0, 3, 5, 8, 11 };
    int n = 7;
    print_arr("orig", a, n);
    map(a, n, twice);
    print_arr("twice", a, n);
    map(a, n, plus3);
    print_arr("plus3", a, n);
    Pred preds[] = { is_even, is_positive, is_small };
    const char *pnames[] = { "even", "positive", "small" };
    for_each_pred(a, n, preds, pnames, 3);
    map(a, n, negate);
    print_arr("negate", a, n);
    for_each_pred(a, n, preds, pnames, 3);

    printf("apply_n(twice, 10, 1) = %d\n", apply_n(twice, 10, 1));
    printf("apply_n(plus3, 5, -20) = %d\n", apply_n(plus3, 5, -20));
    printf("apply_n(square, 3, 3) = %d\n", apply_n(square, 3, 3));
    printf("compose(square, plus3)(2) = %d\n", compose_apply(square, plus3, 2));
    printf("compose(plus3, square)(2) = %d\n", compose_apply(plus3, square, 2));
    printf("pick('s')(9) = %d\n", pick('s')(9));
    printf("pick('x') is NULL: %d\n", pick('x') == NULL);
    printf("pick('t') == twice: %d, pick_raw(1) == twice: %d, pick_raw(0) == plus3: %d\n", pick('t') == twice, pick_raw(1) == twice, pick_raw(0) == plus3);
    printf("pick_raw(0)(pick_raw(1)(5)) = %d\n", pick_raw(0)(pick_raw(1)(5)));
    const char *progs[] = { "sp", "ps", "ttn", "npsx", "", "ssss" };
    for (int i = 0; i < 6; i++) printf("run_program(\"%s\", 2) = %d\n", progs[i], run_program(progs[i], i == 5 ? 1 : 2));
    /* pointer to a function pointer */
    IntFn fp = square;
    IntFn *pfp = &fp;
    printf("(*pfp)(12) = %d\n", (*pfp)(12));
    *pfp = negate;
    printf("fp(12) after change = %d\n", fp(12));
    /* function designator vs &function */
    IntFn f1 = twice, f2 = &twice, f3 = *twice;
    printf("f1==f2: %d f2==f3: %d, (**f3)(21) = %d\n", f1 == f2, f2 == f3, (**f3)(21));
    return 0;
}
