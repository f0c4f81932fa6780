/* __try/__except: the filter's value decides. EXCEPTION_EXECUTE_HANDLER runs that handler; EXCEPTION_CONTINUE_SEARCH
   passes the exception to the next enclosing handler, in the same function or in a caller. Filters read the code
   with GetExceptionCode() / _exception_code(); handlers may read it too. MSVC-only syntax: the expectation is
   written below from Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>

#define CODE_A 0xE0000001UL
#define CODE_B 0xE0000002UL
#define CODE_C 0xE0000003UL

static int filter_calls;

static int wants(unsigned long code, unsigned long wanted, const char *who)
{
    filter_calls++;
    printf("  filter %s sees %08lX -> %s\n", who, code, code == wanted ? "execute" : "search");
    return code == wanted ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

static void raise_code(unsigned long code)
{
    RaiseException(code, 0, 0, NULL);
    printf("  after RaiseException (never printed)\n");
}

/* Three nested __try blocks in one function; each handler takes one code. */
static int nested(unsigned long code)
{
    volatile int where = 0;
    __try {
        __try {
            __try {
                where = 1;
                raise_code(code);
                where = 99;
            } __except (wants(GetExceptionCode(), CODE_C, "inner")) {
                printf("  inner handler %08lX\n", GetExceptionCode());
                where += 10;
            }
            printf("  after inner try\n");
        } __except (wants(_exception_code(), CODE_B, "middle")) {
            printf("  middle handler %08lX\n", _exception_code());
            where += 20;
        }
        printf("  after middle try\n");
    } __except (wants(exception_code(), CODE_A, "outer")) {
        printf("  outer handler %08lX\n", exception_code());
        where += 30;
    }
    return where;
}

/* A callee whose only handler refuses everything but CODE_C. */
static void callee(unsigned long code)
{
    __try {
        raise_code(code);
    } __except (GetExceptionCode() == CODE_C ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        printf("  callee handled %08lX\n", GetExceptionCode());
    }
}

int main(void)
{
    int i, handled = 0;

    printf("nested C\n");
    printf("where=%d\n", nested(CODE_C));
    printf("nested B\n");
    printf("where=%d\n", nested(CODE_B));
    printf("nested A\n");
    printf("where=%d\n", nested(CODE_A));

    filter_calls = 0;
    __try {
        printf("no exception\n");
    } __except (wants(GetExceptionCode(), CODE_A, "unused")) {
        printf("unused handler\n");
    }
    printf("filter calls without an exception: %d\n", filter_calls);

    printf("callee C then A\n");
    callee(CODE_C);
    __try {
        callee(CODE_A);
        printf("  not reached\n");
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        printf("  main handled %08lX\n", GetExceptionCode());
    }

    for (i = 0; i < 6; i++) {
        __try {
            if (i % 3 == 1)
                raise_code(CODE_A + i);
            handled += 100;
        } __except (GetExceptionCode() > CODE_A ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
            handled += (int)(GetExceptionCode() - CODE_A);
            continue;
        }
        handled += 1000;
    }
    printf("loop total %d\n", handled);
    return 0;
}

/* EXPECTED (status 0)
nested C
  filter inner sees E0000003 -> execute
  inner handler E0000003
  after inner try
  after middle try
where=11
  -- try-except statement: the filter expression is evaluated when an exception is raised in the __try body
  -- (including in functions it calls); EXCEPTION_EXECUTE_HANDLER (1) transfers control to that handler, and
  -- execution then continues after the __except block. The statement after RaiseException never runs (the
  -- exception is handled, not continued), so `where` keeps 1 and gains 10. The enclosing filters are not
  -- evaluated because the exception was handled at the innermost level.
nested B
  filter inner sees E0000002 -> search
  filter middle sees E0000002 -> execute
  middle handler E0000002
  after middle try
where=21
  -- EXCEPTION_CONTINUE_SEARCH (0): "Exception isn't recognized. Continue to search up the stack for a
  -- handler" - the next enclosing __try's filter is evaluated next. _exception_code is the name excpt.h gives
  -- GetExceptionCode, usable in the filter and in the handler block. "after inner try" is skipped because
  -- control leaves the inner statement through the exception.
nested A
  filter inner sees E0000001 -> search
  filter middle sees E0000001 -> search
  filter outer sees E0000001 -> execute
  outer handler E0000001
where=31
  -- the search goes outward through all three filters, in order innermost first; exception_code is the
  -- third name for the same function.
no exception
filter calls without an exception: 0
  -- the filter is only evaluated when an exception occurs in the guarded section.
callee C then A
  callee handled E0000003
  main handled E0000001
  -- the callee's filter yields EXCEPTION_CONTINUE_SEARCH for E0000001, so the search continues up the stack
  -- into main's __try, whose filter is the constant EXCEPTION_EXECUTE_HANDLER.
loop total 4405
  -- i=1 and i=4 raise E0000002 and E0000005 before the +100; the filter accepts both (code > CODE_A), and the
  -- handler adds 1 and 4 and `continue`s the loop, skipping the +1000. The other four iterations (0,2,3,5)
  -- add 1100 each: 4*1100 + 1 + 4 = 4405.
*/
