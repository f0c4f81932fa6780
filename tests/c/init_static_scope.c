/* Tentative definitions, extern declarations, file-scope statics, and initialisation order of locals. */
#include <stdio.h>

int tentative;            /* tentative definition */
int tentative;            /* repeated: same object */
int defined_later;        /* tentative, then a real definition below */
extern int declared_extern;
static int file_static = 5;
int defined_later = 77;
int declared_extern = -3;

static int helper_calls;
static int helper(int v) { helper_calls++; return v * 10; }
static int next_id(void) { static int id = 1000; return id++; }

struct Registry { int ids[4]; int count; };
static struct Registry reg;   /* zero initialised */

static void reg_add(int id) { if (reg.count < 4) reg.ids[reg.count++] = id; }

int main(void) {
    printf("tentative=%d defined_later=%d declared_extern=%d file_static=%d\n", tentative, defined_later, declared_extern, file_static);
    tentative = 12;
    printf("tentative now %d\n", tentative);

    /* automatic variables initialised from function calls each time the block is entered */
    for (int round = 0; round < 3; round++) {
        int a = helper(round);
        int b = a + helper(a);
        static int once = 0;   /* initialised once only */
        once += b;
        printf("round %d: a=%d b=%d once=%d calls=%d\n", round, a, b, once, helper_calls);
    }
    /* initialisation using earlier declared variables in the same declaration */
    int x = 4, y = x * 2, z = x + y;
    printf("x=%d y=%d z=%d\n", x, y, z);
    /* arrays initialised from runtime values */
    int vals[4] = { x, y, z, x * y * z };
    printf("vals: %d %d %d %d\n", vals[0], vals[1], vals[2], vals[3]);
    /* ids from static counter */
    for (int i = 0; i < 6; i++) reg_add(next_id());
    printf("registry count=%d ids=%d %d %d %d next=%d\n", reg.count, reg.ids[0], reg.ids[1], reg.ids[2], reg.ids[3], next_id());
    /* nested scopes with same names */
    int v = 1;
    {
        int v = 2;
        {
            int v = 3;
            printf("innermost v=%d\n", v);
        }
        printf("middle v=%d\n", v);
        v += 10;
        printf("middle v after += 10: %d\n", v);
    }
    printf("outer v=%d\n", v);
    /* file_static modified through a pointer */
    int *fp = &file_static;
    *fp *= 3;
    printf("file_static=%d\n", file_static);
    /* block scope extern refers to the global */
    {
        extern int defined_later;
        defined_later++;
    }
    printf("defined_later=%d\n", defined_later);
    /* static struct in function initialised from constants */
    static struct { const char *s; int n; } cfg = { "config", 3 };
    cfg.n++;
    printf("cfg=%s %d\n", cfg.s, cfg.n);
    /* variable declared after statements, used in loop condition */
    int limit = helper(1) / 5;
    int acc = 0;
    for (int i = 0; i < limit; i++) acc += i;
    printf("limit=%d acc=%d calls=%d\n", limit, acc, helper_calls);
    return 0;
}
