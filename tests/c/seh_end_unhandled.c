/* An exception no __except handles, raised inside __try/__finally: every filter runs (the first pass finds no
   handler), then the process ends with the exception's status without an unwind, so no termination handler
   runs. Each handler would flush what it prints. */
#include <stdio.h>
#include <excpt.h>

static int FilterRuns;

static int Count(void)
{
    FilterRuns++;
    printf("filter %d declines\n", FilterRuns);
    fflush(stdout);
    return EXCEPTION_CONTINUE_SEARCH;
}

static void Raise(void)
{
    __try {
        RaiseException(0xE0000042UL, EXCEPTION_NONCONTINUABLE, 0, NULL);
    } __finally {
        printf("inner finally\n");
        fflush(stdout);
    }
}

int main(void)
{
    __try {
        __try {
            Raise();
        } __except (Count()) {
            printf("not handled here\n");
        }
    } __finally {
        printf("outer finally\n");
        fflush(stdout);
    }
    return 0;
}

/* EXPECTED (status 139)
filter 1 declines
  -- the first pass runs the filter, which declines (EXCEPTION_CONTINUE_SEARCH); nothing else handles it.
  -- An unhandled exception ends the process from the first pass (the default unhandled-exception filter), so
  -- the unwind that would run "inner finally" and "outer finally" never happens. This runtime ends a program
  -- on an unhandled exception as a native crash: status 139, a report on stderr.
*/
