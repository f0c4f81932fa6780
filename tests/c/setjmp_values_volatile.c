/* setjmp's return value: 0 when called directly, the longjmp value when resumed, and 1 for longjmp(env, 0).
   setjmp used in each context the C standard allows (if, switch, while, ==/!= /< against a constant, !,
   expression statement). volatile locals changed after setjmp keep their last values; locals never changed after
   setjmp, statics and globals keep theirs too. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int global_count;

static void jump(int value)
{
    global_count++;
    longjmp(env, value);
}

static int direct_value(int value)
{
    volatile int seen = -100;
    if (setjmp(env) != 0) {
        return seen;
    }
    seen = 0;
    /* not returned yet: record what the next return of setjmp gives, via a second site */
    switch (setjmp(env)) {
    case 0:
        seen = 1;
        jump(value);
        break;
    case 1:
        return 1000 + seen;
    default:
        return 2000 + seen;
    }
    return -1;
}

static int value_of(int value)
{
    volatile int result = -1;
    switch (setjmp(env)) {
    case 0:
        jump(value);
        return -999;
    case 1:
        result = 1;
        break;
    case -3:
        result = -3;
        break;
    default:
        result = 77;
        break;
    }
    return result;
}

static int counting_loop(void)
{
    volatile int tries = 0;
    static int static_tries;
    int unchanged = 40;
    while (setjmp(env) < 5) {
        tries++;
        static_tries += 10;
        if (tries > 20)
            return -1;
        jump(tries);
    }
    return tries * 1000 + static_tries + unchanged;
}

static int negation(int first)
{
    volatile int visits = 0;
    if (!setjmp(env)) {
        visits += 1;
        if (first)
            jump(0);
        return visits;
    }
    visits += 100;
    return visits;
}

static int statement_form(void)
{
    volatile int phase = 0;
    setjmp(env);
    phase++;
    if (phase < 3)
        jump(phase);
    return phase;
}

int main(void)
{
    printf("longjmp(env, 0) -> %d\n", value_of(0));
    printf("longjmp(env, 1) -> %d\n", value_of(1));
    printf("longjmp(env, -3) -> %d\n", value_of(-3));
    printf("longjmp(env, 12345) -> %d\n", value_of(12345));
    printf("direct_value(0) -> %d\n", direct_value(0));
    printf("direct_value(9) -> %d\n", direct_value(9));
    printf("counting_loop -> %d\n", counting_loop());
    printf("negation(1) -> %d\n", negation(1));
    printf("negation(0) -> %d\n", negation(0));
    printf("statement_form -> %d\n", statement_form());
    printf("longjmps: %d\n", global_count);
    return 0;
}
