/* Unbounded recursion overflows the stack: EXCEPTION_STACK_OVERFLOW (0xC00000FD) is a structured exception that
   an __except can handle. The termination handler between the overflow and the handler runs during the unwind,
   and afterwards the program continues with a normal stack: recursion works again and locals are intact.
   Filters and termination handlers on the overflow path do no I/O (the stack is nearly exhausted there).
   MSVC-only syntax: the expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>
#include <malloc.h>

static int deepest;
static int unwound;
static unsigned long filter_code;

static int runaway(int n)
{
    volatile char buf[64];
    buf[0] = (char)n;
    buf[63] = 1;
    if (n > deepest)
        deepest = n;
    return runaway(n + 1) + buf[0] + buf[63];
}

static int sum_to(int n)
{
    volatile int keep[4];
    keep[0] = n;
    return n == 0 ? 0 : keep[0] + sum_to(n - 1);
}

static int bare_depth;

/* No locals at all: every call still needs a frame (the return address, the saved EBP), so this overflows too. */
static int bare_runaway(int n)
{
    bare_depth = n;
    return bare_runaway(n + 1) * 3 + 1;
}

static int is_overflow(unsigned long code)
{
    filter_code = code;
    return code == (unsigned long)STATUS_STACK_OVERFLOW ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

int main(void)
{
    int local[4] = { 1, 2, 3, 4 };
    int result = -1;

    printf("before: sum_to(100) = %d\n", sum_to(100));
    __try {
        __try {
            result = runaway(0);
        } __finally {
            unwound = AbnormalTermination() ? 1 : 2;
        }
    } __except (is_overflow(GetExceptionCode())) {
        printf("caught %08lX (filter saw %08lX)\n", GetExceptionCode(), filter_code);
    }
    printf("result still %d, finally ran %d\n", result, unwound);
    printf("went deeper than 1000 frames: %d\n", deepest > 1000);
    /* The first overflow used the guard page up; _resetstkoflw restores it, outside the handler. */
    printf("guard restored: %d\n", _resetstkoflw() != 0);
    __try {
        result = bare_runaway(0);
    } __except (GetExceptionCode() == STATUS_STACK_OVERFLOW ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        printf("bare recursion caught %08lX, deeper than 1000: %d\n", GetExceptionCode(), bare_depth > 1000);
    }
    printf("locals %d %d %d %d\n", local[0], local[1], local[2], local[3]);
    printf("after: sum_to(1000) = %d\n", sum_to(1000));
    return 0;
}

/* EXPECTED (status 0)
before: sum_to(100) = 5050
caught C00000FD (filter saw C00000FD)
  -- runaway never returns: each call needs a new frame (it uses its result after the call and a 64-byte
  -- local array), so the thread reaches its stack's guard page and Windows raises EXCEPTION_STACK_OVERFLOW
  -- ("The thread used up its stack", 0xC00000FD). It is dispatched like any structured exception: the filter
  -- sees the code and EXCEPTION_EXECUTE_HANDLER runs main's handler. The filter may call a function: the
  -- _resetstkoflw documentation's own example does exactly this (a stack_overflow_exception_filter function
  -- called from the __except expression, returning EXCEPTION_EXECUTE_HANDLER for EXCEPTION_STACK_OVERFLOW);
  -- the system leaves the filter enough stack to run on (the former guard page).
result still -1, finally ran 1
  -- the handler is chosen in the first phase; the unwind then runs the __finally between the overflow and the
  -- handler, with AbnormalTermination() true. runaway never returned, so result keeps -1.
went deeper than 1000 frames: 1
  -- the default 1 MiB stack holds many thousands of runaway frames (about 80 bytes each) before the overflow.
guard restored: 1
  -- _resetstkoflw returns nonzero when it restored the guard page; without it a second overflow would end
  -- the process.
bare recursion caught C00000FD, deeper than 1000: 1
  -- a function with no locals at all still takes stack for every call (return address, saved EBP), so the
  -- same overflow ends its runaway recursion; the stack is usable again after the handler.
locals 1 2 3 4
after: sum_to(1000) = 500500
  -- after the handler, execution continues in main with the stack pointer back at main's frame: its locals
  -- are intact and 1000-deep recursion works again (well within the stack already committed).
*/
