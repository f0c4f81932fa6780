/* __leave jumps to the end of the innermost __try block. In a __try/__finally that is normal termination (the
   termination handler runs and AbnormalTermination() is false); in a __try/__except it simply skips the rest of
   the guarded body. A typical NT cleanup pattern is built on it. MSVC-only syntax: the expectation follows
   Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>

static int resources;

static int acquire(int id, int fail_at)
{
    if (id == fail_at)
        return 0;
    resources++;
    return 1;
}

/* Acquire three things; on any failure __leave, and release what was acquired in the __finally. */
static int setup(int fail_at)
{
    int status = -1;
    int got1 = 0, got2 = 0, got3 = 0;
    __try {
        got1 = acquire(1, fail_at);
        if (!got1)
            __leave;
        got2 = acquire(2, fail_at);
        if (!got2)
            __leave;
        got3 = acquire(3, fail_at);
        if (!got3)
            __leave;
        status = 0;
    } __finally {
        if (status != 0) {
            if (got2) resources--;
            if (got1) resources--;
        }
        printf("  setup(%d) finally: status %d abnormal %d held %d\n", fail_at, status, AbnormalTermination() != 0,
               resources);
    }
    return status;
}

static int leave_from_loop(void)
{
    int i, last = -1;
    __try {
        for (i = 0; i < 100; i++) {
            last = i;
            if (i == 6)
                __leave;
        }
        last = 1000;
    } __finally {
        printf("  loop finally: last %d abnormal %d\n", last, AbnormalTermination() != 0);
    }
    return last;
}

static int leave_nested(int which)
{
    int trace = 0;
    __try {
        __try {
            trace += 1;
            if (which == 1)
                __leave;
            trace += 10;
        } __finally {
            trace += 100;
        }
        trace += 1000;
        if (which == 2)
            __leave;
        trace += 10000;
    } __finally {
        trace += 100000;
        printf("  nested(%d) outer finally abnormal %d\n", which, AbnormalTermination() != 0);
    }
    return trace;
}

static int leave_except(int skip)
{
    int v = 1;
    __try {
        v *= 2;
        switch (skip) {
        case 1:
            __leave;
        default:
            v *= 3;
        }
        v *= 5;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        v = -1;
    }
    return v + 1000;
}

int main(void)
{
    int f, r;
    for (f = 1; f <= 4; f++) {
        r = setup(f);
        printf("setup(%d) = %d, resources %d\n", f, r, resources);
    }
    printf("leave_from_loop = %d\n", leave_from_loop());
    printf("leave_nested(0) = %d\n", leave_nested(0));
    printf("leave_nested(1) = %d\n", leave_nested(1));
    printf("leave_nested(2) = %d\n", leave_nested(2));
    printf("leave_except(0) = %d\n", leave_except(0));
    printf("leave_except(1) = %d\n", leave_except(1));
    return 0;
}

/* EXPECTED (status 0)
  setup(1) finally: status -1 abnormal 0 held 0
setup(1) = -1, resources 0
  setup(2) finally: status -1 abnormal 0 held 0
setup(2) = -1, resources 0
  setup(3) finally: status -1 abnormal 0 held 0
setup(3) = -1, resources 0
  -- try-finally statement, "The __leave keyword": "The __leave keyword is valid within a try-finally statement
  -- block. The effect of __leave is to jump to the end of the try-finally block. The termination handler is
  -- immediately executed." Leaving by __leave is not abnormal termination (unlike goto, which "causes stack
  -- unwinding"), so AbnormalTermination() is 0. The handler releases whatever was acquired before the
  -- failure, so `resources` is back to 0.
  setup(4) finally: status 0 abnormal 0 held 3
setup(4) = 0, resources 3
  -- fail_at 4 never fails: all three acquired, status 0, nothing released.
  loop finally: last 6 abnormal 0
leave_from_loop = 6
  -- __leave leaves the whole __try block, not just the for loop, so last = 1000 is skipped.
  nested(0) outer finally abnormal 0
leave_nested(0) = 111111
  nested(1) outer finally abnormal 0
leave_nested(1) = 111101
  -- __leave applies to the innermost __try: the inner body stops before +10, the inner handler runs (+100), and
  -- the outer body continues (+1000, +10000).
  nested(2) outer finally abnormal 0
leave_nested(2) = 101111
  -- here __leave is in the outer body: +10000 is skipped, the outer handler adds 100000.
leave_except(0) = 1030
leave_except(1) = 1002
  -- __leave in a __try/__except body skips the rest of the body (v stays 2); no exception, so the handler does
  -- not run. Inside a switch, __leave still names the __try, not the switch.
*/
