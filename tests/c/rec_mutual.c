/* Mutual recursion: even/odd, Hofstadter sequences, and a recursive-descent expression parser. */
#include <stdio.h>

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }

/* grammar: expr := term (('+'|'-') term)* ; term := factor (('*'|'/'|'%') factor)* ;
   factor := '-' factor | '(' expr ')' | number */
static const char *pos;
static int error;
static long expr(void);
static void skip(void) { while (*pos == ' ') pos++; }
static long factor(void) {
    skip();
    if (*pos == '-') { pos++; return -factor(); }
    if (*pos == '(') {
        pos++;
        long v = expr();
        skip();
        if (*pos == ')') pos++; else error = 1;
        return v;
    }
    if (*pos < '0' || *pos > '9') { error = 2; return 0; }
    long v = 0;
    while (*pos >= '0' && *pos <= '9') v = v * 10 + (*pos++ - '0');
    return v;
}
static long term(void) {
    long v = factor();
    for (;;) {
        skip();
        char op = *pos;
        if (op != '*' && op != '/' && op != '%') return v;
        pos++;
        long r = factor();
        if (op == '*') v *= r;
        else if (r == 0) { error = 3; return 0; }
        else if (op == '/') v /= r;
        else v %= r;
    }
}
static long expr(void) {
    long v = term();
    for (;;) {
        skip();
        if (*pos == '+') { pos++; v += term(); }
        else if (*pos == '-') { pos++; v -= term(); }
        else return v;
    }
}
static void eval(const char *s) {
    pos = s;
    error = 0;
    long v = expr();
    skip();
    if (*pos && !error) error = 4;
    if (error) printf("%-28s -> error %d at offset %d\n", s, error, (int)(pos - s));
    else printf("%-28s -> %ld\n", s, v);
}

int main(void) {
    printf("even/odd:");
    for (unsigned n = 0; n <= 10; n++) printf(" %u:%d%d", n, is_even(n), is_odd(n));
    printf("\n");
    printf("is_even(1001)=%d is_odd(777)=%d\n", is_even(1001), is_odd(777));
    printf("F:");
    for (int n = 0; n < 20; n++) printf(" %d", hof_f(n));
    printf("\nM:");
    for (int n = 0; n < 20; n++) printf(" %d", hof_m(n));
    printf("\n");
    eval("1 + 2 * 3");
    eval("(1 + 2) * 3");
    eval("-7 / 2");
    eval("-7 % 3");
    eval("7 % -3");
    eval("2 * (3 + 4) * (5 - 6)");
    eval("100 / 7 / 2");
    eval("--5");
    eval("((((42))))");
    eval("1 - 2 - 3 - 4");
    eval("8 / (4 - 4)");
    eval("3 + ");
    eval("(1 + 2");
    eval("12 34");
    eval("1000000 * 1000 / 999");
    eval("  -(3 * -(2 + 1)) % 5  ");
    return 0;
}
