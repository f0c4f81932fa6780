/* An exception crossing 50 recursive frames, each with a __try/__finally inside a __try/__except: all 50 filters
   run (innermost first) before any termination handler; then the unwind runs every __finally between the raise
   and the handler that accepts. Also caught half-way, and with no exception at all. MSVC-only syntax: the
   expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>

#define CODE_DEEP 0xE0000D00UL

static int do_raise, catch_at;
static int filters, finallys, abnormal, finallys_seen_by_filters;
static int first_filter_level, last_filter_level;

static int level_filter(int n)
{
    if (filters == 0)
        first_filter_level = n;
    last_filter_level = n;
    filters++;
    finallys_seen_by_filters += finallys;
    return n == catch_at ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

static int level(int n)
{
    volatile int pad[8];
    int r = 0;
    pad[0] = n;
    __try {
        __try {
            if (n == 0) {
                if (do_raise) {
                    unsigned long arg = 1234;
                    RaiseException(CODE_DEEP, 0, 1, &arg);
                }
                r = 0;
            } else {
                r = level(n - 1) + 1;
            }
        } __finally {
            finallys++;
            if (AbnormalTermination())
                abnormal++;
        }
    } __except (level_filter(n)) {
        r = -n * 100 + pad[0];
    }
    return r;
}

static void reset(int raise, int at)
{
    do_raise = raise;
    catch_at = at;
    filters = finallys = abnormal = finallys_seen_by_filters = 0;
    first_filter_level = last_filter_level = -1;
}

static void report(const char *name, int result)
{
    printf("%s: result %d filters %d (levels %d..%d) finallys %d abnormal %d seen-by-filters %d\n", name, result,
           filters, first_filter_level, last_filter_level, finallys, abnormal, finallys_seen_by_filters);
}

int main(void)
{
    int result = -1, marker = 42;
    int *before = &marker;

    reset(1, -1);
    __try {
        result = level(49);
    } __except (printf("main filter: filters %d finallys %d\n", filters, finallys), EXCEPTION_EXECUTE_HANDLER) {
        printf("main handler %08lX: finallys %d\n", GetExceptionCode(), finallys);
    }
    report("uncaught", result);

    reset(1, 20);
    result = level(49);
    report("caught at 20", result);

    reset(0, 20);
    result = level(49);
    report("no raise", result);

    reset(1, 0);
    result = level(49);
    report("caught at 0", result);

    printf("stack intact %d marker %d\n", before == &marker, marker);
    return 0;
}

/* EXPECTED (status 0)
main filter: filters 50 finallys 0
main handler E0000D00: finallys 50
uncaught: result -1 filters 50 (levels 0..49) finallys 50 abnormal 50 seen-by-filters 0
  -- first phase: the system searches the frames from the raise outward and evaluates each filter: level 0's
  -- first, level 49's last, all returning EXCEPTION_CONTINUE_SEARCH (catch_at is -1), then main's, which
  -- executes its handler. No termination handler has run during the search (finallys 0 in every filter and in
  -- main's). Second phase: "all __finally statements that are active between the point of departure and the
  -- destination (the __except block that handles the exception) must be run" - 50 of them, each abnormal.
  -- result keeps -1 since level(49) never returned.
caught at 20: result -1951 filters 21 (levels 0..20) finallys 50 abnormal 21 seen-by-filters 0
  -- the filters of levels 0..20 run; level 20's accepts. The unwind runs the termination handlers of levels
  -- 0..20 (level 20's inner __try/__finally is inside its guarded body) abnormally; level 20's handler sets
  -- r = -20*100 + pad[0] = -1980, and levels 21..49 add 1 each on their way out: -1980 + 29 = -1951. Their 29
  -- termination handlers run normally, so finallys totals 50 with 21 abnormal.
no raise: result 49 filters 0 (levels -1..-1) finallys 50 abnormal 0 seen-by-filters 0
  -- without an exception every __finally runs on normal termination, no filter runs; level(49) = 49.
caught at 0: result 49 filters 1 (levels 0..0) finallys 50 abnormal 1 seen-by-filters 0
  -- level 0's own filter accepts: only its termination handler runs abnormally; r = 0*100 + 0 = 0 and 49 levels
  -- each add 1.
stack intact 1 marker 42
*/
