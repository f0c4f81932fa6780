/* setjmp/longjmp across a call. */
#include <setjmp.h>

static jmp_buf env;

void fail(int code) { longjmp(env, code); }

int run(int code)
{
    volatile int steps = 0;
    int result = setjmp(env);
    if (result == 0) {
        steps++;
        fail(code);
    }
    return result * 10 + steps;
}
