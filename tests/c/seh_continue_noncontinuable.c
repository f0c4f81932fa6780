/* EXCEPTION_CONTINUE_EXECUTION for a non-continuable exception: the system raises
   STATUS_NONCONTINUABLE_EXCEPTION about it, with the original record chained, and the frames beyond see that.
   A continuable status raised afterwards is still handled normally, and GetExceptionCode in the handler
   reports the replacement. */
#include <stdio.h>
#include <excpt.h>

static unsigned long code, chained, chained_flags;

static int OuterFilter(EXCEPTION_POINTERS *p)
{
    code = p->ExceptionRecord->ExceptionCode;
    chained = p->ExceptionRecord->ExceptionRecord ? p->ExceptionRecord->ExceptionRecord->ExceptionCode : 0;
    chained_flags = p->ExceptionRecord->ExceptionRecord ? p->ExceptionRecord->ExceptionRecord->ExceptionFlags : 99;
    return EXCEPTION_EXECUTE_HANDLER;
}

static int inner_filter_runs;

static void Inner(void)
{
    __try {
        RaiseException(0xE0000001UL, EXCEPTION_NONCONTINUABLE, 0, NULL);
        printf("not reached\n");
    } __except (inner_filter_runs++, EXCEPTION_CONTINUE_EXECUTION) {
        printf("inner handler not reached\n");
    }
}

int main(void)
{
    __try {
        Inner();
    } __except (OuterFilter(GetExceptionInformation())) {
        printf("outer %08lX chained %08lX flags %lu code %08lX\n", code, chained, chained_flags, GetExceptionCode());
    }
    printf("inner filter ran %d\n", inner_filter_runs);
    __try {
        RaiseException(0xE0000002UL, 0, 0, NULL);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        printf("plain %08lX\n", GetExceptionCode());
    }
    return 0;
}

/* EXPECTED (status 0)
outer C0000025 chained E0000001 flags 1 code C0000025
  -- RaiseException documentation: "Any attempt to continue execution after a noncontinuable exception
  -- causes the EXCEPTION_NONCONTINUABLE_EXCEPTION exception" (0xC0000025). Its EXCEPTION_RECORD's
  -- ExceptionRecord field points to the record of the exception it is about (E0000001, flags
  -- EXCEPTION_NONCONTINUABLE = 1); the handler's GetExceptionCode() is the code its filter saw.
inner filter ran 1
  -- the inner filter was evaluated once, for the original exception.
plain E0000002
  -- an ordinary exception afterwards is handled as usual.
*/
