/* Early returns, guard clauses, if/else-if chains, and short-circuit evaluation order. */
#include <stdio.h>

static int trace[64];
static int ntrace;
static int t(int id, int v) { trace[ntrace++] = id; return v; }
static void show_trace(const char *label, int result) {
    printf("%-28s = %d  trace:", label, result);
    for (int i = 0; i < ntrace; i++) printf(" %d", trace[i]);
    printf("\n");
    ntrace = 0;
}

static const char *grade(int score) {
    if (score < 0 || score > 100) return "invalid";
    if (score >= 90) return "A";
    else if (score >= 80) return "B";
    else if (score >= 70) return "C";
    else if (score >= 60) return "D";
    return "F";
}
static int first_negative(const int *a, int n) {
    for (int i = 0; i < n; i++)
        if (a[i] < 0) return i;
    return -1;
}
static int validate(const char *s) {
    if (!s) return -1;
    if (!*s) return -2;
    int digits = 0;
    for (; *s; s++) {
        if (*s == ' ') continue;
        if (*s < '0' || *s > '9') return -3;
        if (++digits > 5) return -4;
    }
    return digits;
}
static int nested_ifs(int a, int b, int c) {
    if (a > 0) {
        if (b > 0) {
            if (c > 0) return 1;
            else return 2;
        } else if (c > 0) {
            return 3;
        }
        return 4;
    } else {
        if (b == c) return 5;
    }
    if (a == 0) return 6;
    return 7;
}
static void void_early(int x) {
    if (x < 0) { printf("void_early(%d): negative, leaving\n", x); return; }
    printf("void_early(%d): continuing\n", x);
    if (x == 0) return;
    printf("void_early(%d): positive\n", x);
}

int main(void) {
    int scores[] = { -5, 0, 59, 60, 69, 70, 85, 90, 100, 101 };
    for (int i = 0; i < 10; i++) printf("grade(%d) = %s\n", scores[i], grade(scores[i]));
    int arr1[] = { 3, 4, -1, 5 }, arr2[] = { 1, 2, 3 };
    printf("first_negative: %d %d %d\n", first_negative(arr1, 4), first_negative(arr2, 3), first_negative(arr2, 0));
    const char *inputs[] = { NULL, "", "123", "12 34", "12a", "123456", " 9 " };
    for (int i = 0; i < 7; i++) printf("validate(%s) = %d\n", inputs[i] ? inputs[i] : "NULL", validate(inputs[i]));
    for (int a = -1; a <= 1; a++)
        for (int b = -1; b <= 1; b += 2)
            for (int c = -1; c <= 1; c += 2) printf("nested_ifs(%d,%d,%d)=%d\n", a, b, c, nested_ifs(a, b, c));
    void_early(-3);
    void_early(0);
    void_early(8);

    /* evaluation order of && || ?: is defined */
    int r;
    r = t(1, 1) && t(2, 0) && t(3, 1);
    show_trace("1 && 0 && 1", r);
    r = t(1, 0) || t(2, 0) || t(3, 5);
    show_trace("0 || 0 || 5", r);
    r = t(1, 1) || t(2, 1);
    show_trace("1 || 1", r);
    r = (t(1, 0) && t(2, 1)) || (t(3, 1) && t(4, 1));
    show_trace("(0 && 1) || (1 && 1)", r);
    r = t(1, 1) ? t(2, 20) : t(3, 30);
    show_trace("1 ? 20 : 30", r);
    r = t(1, 0) ? t(2, 20) : t(3, 0) ? t(4, 40) : t(5, 50);
    show_trace("0 ? 20 : 0 ? 40 : 50", r);
    r = (t(1, 7), t(2, 8));
    show_trace("(7, 8)", r);
    r = !t(1, 0) && !!t(2, 3);
    show_trace("!0 && !!3", r);
    /* if condition with side effects executed exactly once */
    int counter = 0;
    if (counter++ == 0 && ++counter == 2) counter += 10;
    printf("counter=%d\n", counter);
    /* chained else-if on characters */
    const char *mix = "aZ9 _#";
    for (const char *p = mix; *p; p++) {
        const char *kind;
        if (*p >= 'a' && *p <= 'z') kind = "lower";
        else if (*p >= 'A' && *p <= 'Z') kind = "upper";
        else if (*p >= '0' && *p <= '9') kind = "digit";
        else if (*p == ' ') kind = "space";
        else if (*p == '_') kind = "underscore";
        else kind = "other";
        printf("'%c' -> %s\n", *p, kind);
    }
    return 0;
}
