/* __try/__finally: the termination handler runs however the __try block is left - falling off its end (normal
   termination), or return, goto, break, continue or an exception (abnormal termination, which
   AbnormalTermination() / _abnormal_termination() report). A return's value is computed before the handler runs.
   MSVC-only syntax: the expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>
#include <setjmp.h>

static int g;
static int runs;

static void report(const char *how, int abnormal)
{
    runs++;
    printf("%-10s abnormal=%d\n", how, abnormal != 0);
}

static int normal_exit(void)
{
    int x = 0;
    __try {
        x = 5;
    } __finally {
        report("normal", AbnormalTermination());
        x += 1;
    }
    return x;
}

static int return_out(void)
{
    g = 10;
    __try {
        return g;
    } __finally {
        report("return", _abnormal_termination());
        g = 99;
    }
}

static int goto_out(int n)
{
    int steps = 0;
    __try {
        if (n > 0)
            goto out;
        steps = 1;
    } __finally {
        report("goto", abnormal_termination());
        steps += 10;
    }
    steps += 100;
out:
    return steps;
}

static int loop_exits(void)
{
    int i, sum = 0;
    for (i = 0; i < 5; i++) {
        __try {
            if (i == 1)
                continue;
            if (i == 3)
                break;
            sum += i;
        } __finally {
            printf("  i=%d abnormal=%d\n", i, AbnormalTermination() != 0);
            sum += 100;
        }
    }
    return sum;
}

static int inner_jumps(void)
{
    int i, count = 0;
    __try {
        for (i = 0; i < 10; i++) {
            if (i == 4)
                break;
            count++;
        }
        switch (count) {
        case 4: count += 10; break;
        default: count = -1; break;
        }
        goto skip;
        count = -2;
    skip:
        count += 100;
    } __finally {
        report("inner", AbnormalTermination());
    }
    return count;
}

static int nested_return(void)
{
    __try {
        __try {
            return 7;
        } __finally {
            report("nested-in", AbnormalTermination());
        }
    } __finally {
        report("nested-out", AbnormalTermination());
    }
}

static jmp_buf jump_target;

static void longjmp_out(void)
{
    __try {
        __try {
            longjmp(jump_target, 3);
        } __finally {
            report("longjmp-in", AbnormalTermination());
        }
    } __finally {
        report("longjmp-out", AbnormalTermination());
    }
}

int main(void)
{
    int r;
    printf("normal_exit -> %d\n", normal_exit());
    r = return_out();
    printf("return_out -> %d (g=%d)\n", r, g);
    printf("goto_out(1) -> %d\n", goto_out(1));
    printf("goto_out(0) -> %d\n", goto_out(0));
    printf("loop_exits -> %d\n", loop_exits());
    printf("inner_jumps -> %d\n", inner_jumps());
    printf("nested_return -> %d\n", nested_return());
    __try {
        __try {
            RaiseException(0xE0000020UL, 0, 0, NULL);
        } __finally {
            report("exception", AbnormalTermination());
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        printf("caught %08lX\n", GetExceptionCode());
    }
    if (setjmp(jump_target) == 0) {
        longjmp_out();
        printf("not reached\n");
    } else {
        printf("longjmp landed\n");
    }
    printf("termination handlers run: %d\n", runs);
    return 0;
}

/* EXPECTED (status 0)
normal     abnormal=0
normal_exit -> 6
  -- try-finally statement: when the __try block completes normally the __finally block runs and
  -- AbnormalTermination() is false; the handler's x += 1 happens before `return x`.
return     abnormal=1
return_out -> 10 (g=99)
  -- leaving a __try with return is abnormal termination ("If a __try block is prematurely terminated for any
  -- reason, including a jump out of the block, the system executes the associated __finally block";
  -- AbnormalTermination returns true there). The return value g (10) is evaluated before the termination handler
  -- runs, so the handler's g = 99 does not change the result; g itself is 99 afterwards.
goto       abnormal=1
goto_out(1) -> 10
  -- goto out of the __try is a jump out of the block: abnormal; the handler adds 10, the +100 is skipped.
goto       abnormal=0
goto_out(0) -> 111
  -- no jump: normal termination, steps = 1 + 10 + 100.
  i=0 abnormal=0
  i=1 abnormal=1
  i=2 abnormal=0
  i=3 abnormal=1
loop_exits -> 402
  -- continue (i=1) and break (i=3) leave the __try block: abnormal. Normal exits at i=0 and i=2. sum = 0 + 2
  -- from the body plus 100 for each of the four termination handler runs.
inner      abnormal=0
inner_jumps -> 114
  -- break out of a loop and a switch, and goto to a label, all inside the __try, do not leave it: normal.
nested-in  abnormal=1
nested-out abnormal=1
nested_return -> 7
  -- a return through two __try/__finally statements runs both handlers, innermost first, both abnormal.
exception  abnormal=1
caught E0000020
  -- an exception leaving the __try runs the handler during the unwind, abnormal.
longjmp-in abnormal=1
longjmp-out abnormal=1
longjmp landed
  -- try-finally statement: "Exiting a try-finally statement using the longjmp run-time function is considered
  -- abnormal termination" - the termination handlers between the longjmp and the setjmp run, innermost
  -- first, with AbnormalTermination() true, and then setjmp returns 3.
termination handlers run: 10
  -- report() ran for normal, return, goto (twice), inner, nested-in, nested-out, exception, and the two
  -- longjmp ones.
*/
