/* Enums with explicit, negative and implicit values; enums in switch and arithmetic. */
#include <stdio.h>

enum Color { RED, GREEN = 5, BLUE, ALPHA = -3, BETA, GAMMA = BLUE * 2, DELTA = 'd' };
typedef enum { OP_ADD = 1, OP_SUB, OP_MUL = 10, OP_DIV, OP_NEG = -1, OP_HALT = 0 } Op;
enum Flags { F_NONE = 0, F_READ = 1 << 0, F_WRITE = 1 << 1, F_EXEC = 1 << 2, F_ALL = F_READ | F_WRITE | F_EXEC };
enum Big { BIG_MAX = 0x7fffffff, BIG_MIN = -0x7fffffff - 1 };

static const char *color_name(enum Color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    case ALPHA: return "alpha";
    case BETA: return "beta";
    case GAMMA: return "gamma";
    case DELTA: return "delta";
    }
    return "?";
}
static int apply(Op op, int a, int b) {
    switch (op) {
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_MUL: return a * b;
    case OP_DIV: return b ? a / b : 0;
    case OP_NEG: return -a;
    default: return 0;
    }
}
static void flags_str(enum Flags f, char *out) {
    out[0] = (f & F_READ) ? 'r' : '-';
    out[1] = (f & F_WRITE) ? 'w' : '-';
    out[2] = (f & F_EXEC) ? 'x' : '-';
    out[3] = 0;
}

int main(void) {
    printf("RED=%d GREEN=%d BLUE=%d ALPHA=%d BETA=%d GAMMA=%d DELTA=%d\n", RED, GREEN, BLUE, ALPHA, BETA, GAMMA, DELTA);
    printf("OP: %d %d %d %d %d %d\n", OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_NEG, OP_HALT);
    printf("F_ALL=%d BIG_MAX=%d BIG_MIN=%d\n", F_ALL, BIG_MAX, BIG_MIN);
    printf("sizeof(enum Color)=%u sizeof(Op)=%u\n", (unsigned)sizeof(enum Color), (unsigned)sizeof(Op));
    enum Color all[] = { RED, GREEN, BLUE, ALPHA, BETA, GAMMA, DELTA };
    for (int i = 0; i < 7; i++) printf("%d:%s ", all[i], color_name(all[i]));
    printf("\n");
    /* enum values compared with negatives: enum Color is signed here (has negative members) */
    printf("ALPHA < RED: %d, BETA < 0: %d\n", ALPHA < RED, BETA < 0);
    enum Color c = ALPHA;
    c++;
    printf("ALPHA+1 = %d (%s)\n", c, color_name(c));
    c = (enum Color)(c + 2);
    printf("then +2 = %d (%s)\n", c, color_name(c));

    Op program[] = { OP_ADD, OP_MUL, OP_SUB, OP_NEG, OP_DIV, OP_HALT };
    int acc = 3;
    for (int i = 0; program[i] != OP_HALT; i++) {
        acc = apply(program[i], acc, 4);
        printf("op %d -> %d\n", program[i], acc);
    }
    for (int f = 0; f <= F_ALL; f++) {
        char s[4];
        flags_str((enum Flags)f, s);
        printf("%d=%s%s", f, s, f == F_ALL ? "\n" : " ");
    }
    enum Flags fl = F_READ;
    fl |= F_EXEC;
    fl &= ~F_READ;
    printf("fl=%d\n", fl);

    /* enum as array index and loop variable */
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN, DAY_COUNT };
    static const char *const day_names[DAY_COUNT] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    int hours[DAY_COUNT] = { [MON] = 8, [WED] = 6, [FRI] = 4, [SUN] = 1 };
    int total = 0;
    for (enum Day d = MON; d < DAY_COUNT; d++) {
        switch (d) {
        case SAT:
        case SUN:
            printf("%s weekend %d\n", day_names[d], hours[d]);
            break;
        default:
            printf("%s weekday %d\n", day_names[d], hours[d]);
        }
        total += hours[d];
    }
    printf("total=%d\n", total);
    /* enum in arithmetic with unsigned */
    unsigned u = 2;
    printf("ALPHA + u = %u\n", ALPHA + u);
    printf("(int)ALPHA * u = %u\n", (int)ALPHA * u);
    return 0;
}
