/* Exceptions raised while another is being handled: in a handler (the new exception searches outward from
   there), in a termination handler (on a normal exit, and during the unwind of another exception, which it
   replaces), in a filter (a nested exception, dispatched to the frames beyond), and re-raising a caught code
   after local cleanup. MSVC-only syntax: the expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>

#define CODE_A 0xE0000A00UL
#define CODE_B 0xE0000B00UL
#define CODE_C 0xE0000C00UL

static void raise_code(unsigned long code) { RaiseException(code, EXCEPTION_NONCONTINUABLE, 0, NULL); }

static int outer_filter(unsigned long code)
{
    printf("  outer filter sees %08lX\n", code);
    return EXCEPTION_EXECUTE_HANDLER;
}

static void raise_in_handler(void)
{
    __try {
        raise_code(CODE_A);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        printf("  inner handler for %08lX raises B\n", GetExceptionCode());
        raise_code(CODE_B);
        printf("  not reached\n");
    }
    printf("  not reached either\n");
}

static void raise_in_finally_normal(void)
{
    __try {
        printf("  body completes\n");
    } __finally {
        printf("  finally (abnormal %d) raises C\n", AbnormalTermination() != 0);
        raise_code(CODE_C);
    }
    printf("  not reached\n");
}

static void raise_in_finally_unwinding(void)
{
    __try {
        raise_code(CODE_A);
    } __finally {
        printf("  finally (abnormal %d) raises B\n", AbnormalTermination() != 0);
        raise_code(CODE_B);
    }
}

static int raising_filter(unsigned long code)
{
    if (code == CODE_A) {
        printf("  filter for A raises C\n");
        raise_code(CODE_C);
    }
    return EXCEPTION_CONTINUE_SEARCH;
}

static void raise_in_filter(void)
{
    __try {
        raise_code(CODE_A);
    } __except (raising_filter(GetExceptionCode())) {
        printf("  never: the filter never says execute\n");
    }
}

static int cleanups;

static void reraise(void)
{
    __try {
        raise_code(CODE_B + 1);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        unsigned long code = GetExceptionCode();
        cleanups++;
        printf("  cleaned up after %08lX, re-raising\n", code);
        RaiseException(code, 0, 0, NULL);
    }
}

int main(void)
{
    printf("raise in handler\n");
    __try { raise_in_handler(); }
    __except (outer_filter(GetExceptionCode())) { printf("  main handler %08lX\n", GetExceptionCode()); }

    printf("raise in finally, normal exit\n");
    __try { raise_in_finally_normal(); }
    __except (outer_filter(GetExceptionCode())) { printf("  main handler %08lX\n", GetExceptionCode()); }

    printf("raise in finally, unwinding\n");
    __try { raise_in_finally_unwinding(); }
    __except (outer_filter(GetExceptionCode())) { printf("  main handler %08lX\n", GetExceptionCode()); }

    printf("raise in filter\n");
    __try { raise_in_filter(); }
    __except (outer_filter(GetExceptionCode())) { printf("  main handler %08lX\n", GetExceptionCode()); }

    printf("re-raise\n");
    __try { reraise(); }
    __except (outer_filter(GetExceptionCode())) { printf("  main handler %08lX\n", GetExceptionCode()); }
    printf("cleanups %d\n", cleanups);
    return 0;
}

/* EXPECTED (status 0)
raise in handler
  inner handler for E0000A00 raises B
  outer filter sees E0000B00
  main handler E0000B00
  -- the __except block is ordinary code once it runs: the exception A has been handled and the stack unwound
  -- to it, so a RaiseException there starts a new search from the handler outward, reaching main's filter.
  -- Nothing after the raise runs.
raise in finally, normal exit
  body completes
  finally (abnormal 0) raises C
  outer filter sees E0000C00
  main handler E0000C00
  -- the termination handler runs on normal termination (abnormal 0); an exception raised in it is dispatched
  -- like any other and leaves the function.
raise in finally, unwinding
  outer filter sees E0000A00
  finally (abnormal 1) raises B
  outer filter sees E0000B00
  main handler E0000B00
  -- two-phase dispatch: main's filter accepts A first; during the unwind toward main the __finally runs
  -- (abnormal 1) and raises B. B is a new exception dispatched from inside the termination handler; the
  -- search reaches main's filter again, which accepts B, and the handler that finally runs sees B - the
  -- exception raised in the termination handler supersedes A.
raise in filter
  filter for A raises C
  outer filter sees E0000C00
  main handler E0000C00
  -- an exception raised while a filter is being evaluated is dispatched as a nested exception: filters are
  -- ordinary code running on top of the stack of the original raise, so C's search runs outward from the
  -- filter and reaches main's __try (raising_filter returns EXCEPTION_CONTINUE_SEARCH for anything but A, and
  -- prints only for A, so the inner frame cannot take C). main's handler runs for C. A's dispatch is abandoned
  -- with the unwind to main: its filter never returns.
re-raise
  cleaned up after E0000B01, re-raising
  outer filter sees E0000B01
  main handler E0000B01
cleanups 1
  -- a handler may save GetExceptionCode() and raise the same code again: the outer frame sees it as a new
  -- exception with that code.
*/
