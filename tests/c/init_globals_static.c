/* Global and static variables with initializers; static locals keep state across calls. */
#include <stdio.h>

int g_int = 42;
unsigned g_uns = 0xFFFFFFFFu;
short g_short = -1234;
char g_char = 'G';
double g_double = 2.5;
float g_float = -0.125f;
long long g_ll = -1234567890123LL;
int g_zero;                      /* zero-initialised */
double g_dzero;
char g_buf[16];                  /* all zero */
static int s_file = 7;
static const char *s_msg = "static message";
int g_arr[5] = { 1, 2, 3 };
int g_expr = 3 * 4 + (10 >> 1) - sizeof(int);
unsigned char g_uc = 300 - 45;
int g_neg_div = -17 / 5;
int g_neg_mod = -17 % 5;
double g_const_div = 1.0 / 8;

static int counter(void) { static int n = 0; return ++n; }
static int fib_next(void) { static int a = 0, b = 1; int r = a; int t = a + b; a = b; b = t; return r; }
static const char *cycle(void) {
    static const char *names[] = { "red", "green", "blue" };
    static unsigned idx = 0;
    const char *r = names[idx % 3];
    idx++;
    return r;
}
static int *static_array_accumulator(int v) {
    static int hist[4];
    hist[v & 3] += v;
    return hist;
}
static int first_call(void) { static int called; if (called) return 0; called = 1; return 1; }
static double running_mean(double x) {
    static double sum;
    static int count;
    sum += x;
    count++;
    return sum / count;
}
static int bump_global(void) { return ++g_zero; }

int main(void) {
    printf("g_int=%d g_uns=%u g_short=%d g_char=%c g_double=%g g_float=%g g_ll=%lld\n", g_int, g_uns, g_short, g_char, g_double, g_float, g_ll);
    printf("g_zero=%d g_dzero=%g g_buf[0]=%d g_buf[15]=%d strlen-ish=%d\n", g_zero, g_dzero, g_buf[0], g_buf[15], g_buf[3] == 0);
    printf("s_file=%d s_msg=%s\n", s_file, s_msg);
    printf("g_arr = %d %d %d %d %d\n", g_arr[0], g_arr[1], g_arr[2], g_arr[3], g_arr[4]);
    printf("g_expr=%d g_uc=%d g_neg_div=%d g_neg_mod=%d g_const_div=%g\n", g_expr, g_uc, g_neg_div, g_neg_mod, g_const_div);
    for (int i = 0; i < 5; i++) printf("counter=%d ", counter());
    printf("\n");
    printf("fib:");
    for (int i = 0; i < 12; i++) printf(" %d", fib_next());
    printf("\n");
    for (int i = 0; i < 7; i++) printf("%s ", cycle());
    printf("\n");
    int *h = NULL;
    for (int v = 1; v <= 10; v++) h = static_array_accumulator(v);
    printf("hist: %d %d %d %d\n", h[0], h[1], h[2], h[3]);
    h[0] = -1;
    h = static_array_accumulator(4);
    printf("hist[0] after external write and +4: %d\n", h[0]);
    int fc1 = first_call();
    int fc2 = first_call();
    int fc3 = first_call();
    printf("first_call: %d %d %d\n", fc1, fc2, fc3);
    double vals[] = { 4, 8, 15, 16, 23, 42 };
    for (int i = 0; i < 6; i++) printf("mean=%g ", running_mean(vals[i]));
    printf("\n");
    /* modify globals and observe */
    g_int += 8;
    g_uns++;
    g_short *= 2;
    g_char++;
    g_buf[0] = 'x'; g_buf[1] = 'y';
    g_arr[4] = g_arr[0] + g_arr[2];
    bump_global(); bump_global();
    printf("g_int=%d g_uns=%u g_short=%d g_char=%c g_buf=%s g_arr[4]=%d g_zero=%d\n", g_int, g_uns, g_short, g_char, g_buf, g_arr[4], g_zero);
    /* block-scope static with same name in different blocks */
    for (int i = 0; i < 3; i++) {
        { static int x = 100; x += i; printf("block1 x=%d ", x); }
        { static int x = 200; x -= i; printf("block2 x=%d\n", x); }
    }
    /* shadowing a global with a local */
    int g_int = -1;
    printf("local g_int=%d\n", g_int);
    {
        extern int g_int;
        printf("extern g_int=%d\n", g_int);
    }
    return 0;
}
