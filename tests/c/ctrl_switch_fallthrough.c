/* switch: fall-through, default in the middle, nested switch, switch on char and negative values. */
#include <stdio.h>

static int days_before_month(int month) {
    int days = 0;
    switch (month) {   /* classic cumulative fall-through */
    case 12: days += 30;
    case 11: days += 31;
    case 10: days += 30;
    case 9: days += 31;
    case 8: days += 31;
    case 7: days += 30;
    case 6: days += 31;
    case 5: days += 30;
    case 4: days += 31;
    case 3: days += 28;
    case 2: days += 31;
    case 1: break;
    default: days = -1;
    }
    return days;
}

static const char *classify(int v) {
    switch (v) {
    case -1: return "minus one";
    default: return "other";   /* default in the middle */
    case 0: return "zero";
    case 1:
    case 2:
    case 3: return "small";
    case 100: return "hundred";
    }
}

static int mid_default(int v) {
    int r = 0;
    switch (v) {
    case 1: r += 1;
    default: r += 10;   /* reached by fall-through from case 1 and by no match */
    case 2: r += 100;
        break;
    case 3: r += 1000;
    }
    return r;
}

static int char_kind(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
        return 1;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return 2;
    case ' ': case '\t': case '\n':
        return 3;
    case '\xe9':   /* negative as plain char */
        return 4;
    default:
        return 0;
    }
}

static int nested(int a, int b) {
    switch (a) {
    case 0:
        switch (b) {
        case 0: return 0;
        case 1: return 1;
        default: break;   /* breaks the inner switch only */
        }
        return 9;
    case 1:
        switch (b) {
        case 0: a += 10;
        case 1: a += 20; break;
        }
        /* falls out of inner switch, then into case 2 */
    case 2:
        return a * 100 + b;
    default:
        return -1;
    }
}

int main(void) {
    for (int m = 0; m <= 13; m++) printf("days_before_month(%d) = %d\n", m, days_before_month(m));
    int probes[] = { -2, -1, 0, 1, 2, 3, 4, 99, 100, 101 };
    for (int i = 0; i < 10; i++) printf("classify(%d) = %s\n", probes[i], classify(probes[i]));
    for (int v = 0; v <= 4; v++) printf("mid_default(%d) = %d\n", v, mid_default(v));
    const char *text = "hi 42\tcaf\xe9!";
    printf("kinds:");
    for (const char *p = text; *p; p++) printf(" %d", char_kind(*p));
    printf("\n");
    for (int a = 0; a <= 3; a++)
        for (int b = 0; b <= 2; b++) printf("nested(%d,%d)=%d\n", a, b, nested(a, b));

    /* switch with no matching case and no default does nothing */
    int x = 5;
    switch (x) { case 1: x = 100; break; case 2: x = 200; break; }
    printf("x=%d\n", x);
    /* switch on unsigned char and large constants */
    unsigned char uc = 200;
    switch (uc) { case 200: printf("uc is 200\n"); break; case (unsigned char)-200: printf("uc is 56\n"); break; default: printf("uc other\n"); }
    switch ((signed char)uc) { case -56: printf("sc is -56\n"); break; default: printf("sc other\n"); }
    unsigned u = 0xFFFFFFFFu;
    switch (u) { case 0xFFFFFFFFu: printf("u max\n"); break; default: printf("u other\n"); }
    long long big = 1LL << 40;
    switch (big) { case 1LL << 40: printf("big matched\n"); break; default: printf("big other\n"); }
    /* switch inside loop: break leaves switch, continue continues loop */
    int evens = 0, stops = 0;
    for (int i = 0; i < 12; i++) {
        switch (i % 4) {
        case 0: evens++; break;
        case 1: continue;
        case 2: evens++;
        case 3: stops++;
        }
        stops += 10;
    }
    printf("evens=%d stops=%d\n", evens, stops);
    /* switch with statements before the first case label are skipped; declarations in cases */
    int r = 0;
    switch (3) {
    case 3: {
        int local = 7;
        r = local * 2;
    }
    /* fall through */
    case 4:
        r += 1;
        break;
    }
    printf("r=%d\n", r);
    return 0;
}
