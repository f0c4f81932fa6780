/* setjmp as a do-while loop's controlling expression (C11 7.13.1.1 allows it in any iteration statement): longjmp
   resumes in the condition; the body's own continue goes to the condition, a nested loop's continue stays its
   own; the first pass runs the body before any setjmp. */
#include <stdio.h>
#include <setjmp.h>
static jmp_buf env;
static int jumps, passes, skipped, inner;
static void Jump(int value) { jumps++; longjmp(env, value); }
int main(void)
{
    volatile int r = -1;
    do {
        passes++;
        if (passes % 3 == 0) {
            skipped++;
            continue;          /* to the condition: setjmp runs again */
        }
        for (int i = 0; i < 3; i++) {
            if (i == 1)
                continue;      /* the for loop's own */
            inner++;
        }
        if (passes > 1 && jumps < 5)
            Jump(jumps + 1);   /* back into the condition, setjmp returning jumps + 1 */
    } while ((r = setjmp(env)) < 5 && passes < 30);
    printf("passes %d skipped %d inner %d jumps %d r %d\n", passes, skipped, inner, jumps, r);
    return 0;
}
