/* case and default labels inside nested statements of a switch: inside if/else branches, inside while and for
   bodies (entering the loop in the middle), a default inside a block; and a resumable generator (state kept in
   a struct, the switch jumping back into the middle of its loops). */
#include <stdio.h>

static int nested(int sel, int y) {
    int r = 0, i = 0;     /* i is declared outside: case 5 enters its loop without running the init */
    switch (sel) {
    case 0:
        if (y > 0) {
            r += 1;
    case 1:
            r += 10;
        } else {
            r += 2;
    case 2:
            r += 20;
            while (r < 100) {
                r += 7;
    case 3:
                r *= 2;
            }
        }
        break;
    case 4:
        for (i = 0; i < 3; i++) {
            r += i;
            if (i == 1) {
    case 5:
                r += 1000;
            }
        }
        break;
    case 6: {
        int t = y * 2;     /* initialized only when entered through case 6 */
        r = t;
        break;
    default:
        r = -1;
    }
    }
    return r;
}

/* classifies characters; several cases share a body that sits inside an if */
static const char *kind(int c) {
    const char *k = "other";
    switch (c) {
    case ' ': case '\t':
        k = "space";
        break;
    case '0': case '1': case '2': case '3': case '4':
        if (c == '0') {
            k = "zero";
            break;
        } else {
    case '5': case '6': case '7': case '8': case '9':
            k = "digit";
        }
        break;
    case '+': case '-':
        k = "sign";
    }
    return k;
}

typedef struct { int state; int i, j; int limit; } Gen;

/* yields the pairs (i, j) with 0 <= j < i < limit, one per call, -1 when finished */
static int next_pair(Gen *g) {
    switch (g->state) {
    case 0:
        for (g->i = 1; g->i < g->limit; g->i++) {
            for (g->j = 0; g->j < g->i; g->j++) {
                g->state = 1;
                return g->i * 10 + g->j;
    case 1:;
            }
        }
        g->state = 2;
        /* fall through */
    case 2:
        return -1;
    }
    return -2;
}

int main(void) {
    for (int sel = 0; sel <= 7; sel++)
        printf("nested(%d): %d %d\n", sel, nested(sel, 1), nested(sel, -1));
    const char *text = "1 +09\t-x";
    for (const char *p = text; *p; p++) printf("[%c]=%s ", *p == '\t' ? 't' : *p, kind(*p));
    printf("\n");
    Gen g = { 0, 0, 0, 5 };
    int v, count = 0, sum = 0;
    printf("pairs:");
    while ((v = next_pair(&g)) >= 0) {
        printf(" %02d", v);
        count++;
        sum += v;
    }
    printf("\ncount=%d sum=%d after end: %d %d\n", count, sum, next_pair(&g), g.state);
    Gen h = { 0, 0, 0, 2 };
    int a = next_pair(&h), b = next_pair(&h);
    printf("small: %d %d\n", a, b);
    return count + sum % 100;
}
