/* SEH dispatches in two phases: first every filter from the raise point outward is evaluated until one says
   EXCEPTION_EXECUTE_HANDLER, with nothing unwound yet; only then are the __finally blocks between the raise point
   and that handler run (innermost first), and then the handler. Printing from filters and termination handlers
   shows the order. MSVC-only syntax: the expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>

#define CODE_X 0xE0000010UL

static int state;

static int show_filter(const char *name, int verdict)
{
    printf("filter %s (state %d)\n", name, state);
    return verdict;
}

static void level3(void)
{
    __try {
        __try {
            state = 1;
            RaiseException(CODE_X, 0, 0, NULL);
        } __finally {
            printf("finally 3a (abnormal %d)\n", AbnormalTermination() != 0);
            state = 3;
        }
    } __finally {
        printf("finally 3b (abnormal %d)\n", AbnormalTermination() != 0);
        state = 4;
    }
}

static void level2(void)
{
    __try {
        __try {
            level3();
        } __except (printf("filter 2 (state %d) -> search\n", state), EXCEPTION_CONTINUE_SEARCH) {
            printf("handler 2 (never)\n");
        }
    } __finally {
        printf("finally 2 (abnormal %d)\n", AbnormalTermination() != 0);
        state = 5;
    }
}

static void same_function(void)
{
    __try {
        __try {
            __try {
                printf("raise in same function\n");
                RaiseException(CODE_X + 1, 0, 0, NULL);
            } __finally {
                printf("inner finally (abnormal %d)\n", AbnormalTermination() != 0);
            }
        } __except (printf("filter sees %08lX\n", GetExceptionCode()), EXCEPTION_EXECUTE_HANDLER) {
            printf("handler\n");
        }
    } __finally {
        printf("outer finally (abnormal %d)\n", AbnormalTermination() != 0);
    }
    printf("same_function returns\n");
}

int main(void)
{
    __try {
        level2();
    } __except (printf("filter main (state %d, code %08lX) -> execute\n", state, GetExceptionCode()),
                EXCEPTION_EXECUTE_HANDLER) {
        printf("handler main (state %d)\n", state);
    }
    printf("==\n");
    same_function();
    printf("==\n");
    state = 0;
    __try {
        state = 7;
    } __except (show_filter("unused", EXCEPTION_EXECUTE_HANDLER)) {
        printf("never\n");
    }
    printf("state %d\n", state);
    return 0;
}

/* EXPECTED (status 0)
filter 2 (state 1) -> search
filter main (state 1, code E0000010) -> execute
  -- Structured exception handling: the system first searches for a handler, evaluating each enclosing filter
  -- from the innermost outward (level2's filter says EXCEPTION_CONTINUE_SEARCH, main's says
  -- EXCEPTION_EXECUTE_HANDLER). Level3's __finally blocks have not run yet: state is still 1, the value set
  -- just before RaiseException. ("try-except statement": the filter is evaluated before unwinding.)
finally 3a (abnormal 1)
finally 3b (abnormal 1)
finally 2 (abnormal 1)
  -- once a handler is chosen, the stack is unwound to it: "all __finally statements that are active between
  -- the point of departure ... and the destination (the __except block that handles the exception) must be
  -- run", innermost first. AbnormalTermination() is true in each because the __try was left by an exception.
handler main (state 5)
  -- the handler runs after the unwind, so it sees the last finally's state = 5.
==
raise in same function
filter sees E0000011
inner finally (abnormal 1)
handler
outer finally (abnormal 0)
same_function returns
  -- the same order within one function: filter, then the inner termination handler during the unwind, then the
  -- handler. The outer __try/__finally is left normally after the handler completes, so it reports 0.
==
state 7
  -- no exception: the filter (and show_filter's printf) never runs.
*/
