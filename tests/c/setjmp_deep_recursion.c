/* longjmp out of deep recursion: a recursive search abandons all its frames at once when it finds its target,
   repeatedly from the same setjmp site, and the stack is usable afterwards (further recursion, locals intact). */
#include <stdio.h>
#include <setjmp.h>
#include <string.h>

static jmp_buf found_env;
static int found_depth, found_value;
static int calls;

/* Depth-first walk of an implicit binary tree: node k has children 2k and 2k+1; stop at `target`. */
static void search(unsigned node, unsigned target, int depth)
{
    char scratch[32];
    calls++;
    memset(scratch, depth & 0x7f, sizeof scratch);
    if (node == target) {
        found_depth = depth;
        found_value = scratch[5] + scratch[31];
        longjmp(found_env, (int)node);
    }
    if (node > target || depth > 40)
        return;
    search(node * 2, target, depth + 1);
    search(node * 2 + 1, target, depth + 1);
}

static int linear_depth;

static void descend(int n, int limit)
{
    volatile int frame_marker = n;
    linear_depth = n;
    if (n == limit)
        longjmp(found_env, n + frame_marker - n);
    descend(n + 1, limit);
    printf("never returns normally\n");
}

static int sum_to(int n) { return n == 0 ? 0 : n + sum_to(n - 1); }

int main(void)
{
    static const unsigned targets[] = { 1, 2, 5, 12, 100, 1000, 4097 };
    int marker[3] = { 7, 8, 9 };
    volatile int round;
    unsigned i;

    for (i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        calls = 0;
        found_depth = -1;
        if (setjmp(found_env) == 0) {
            search(1, targets[i], 0);
            printf("target %u not found after %d calls\n", targets[i], calls);
        } else {
            printf("target %u found at depth %d after %d calls (value %d)\n", targets[i], found_depth, calls,
                   found_value);
        }
    }

    for (round = 1; round <= 4; round++) {
        int got;
        switch (setjmp(found_env)) {
        case 0:
            descend(0, round * 250);
            got = -1;
            break;
        default:
            got = linear_depth;
            break;
        }
        printf("round %d: unwound from depth %d\n", (int)round, got);
    }

    printf("sum_to(2000) = %d\n", sum_to(2000));
    printf("marker %d %d %d\n", marker[0], marker[1], marker[2]);
    return 0;
}
