/* GetExceptionInformation() in a filter: the EXCEPTION_RECORD built by RaiseException(code, flags, count, args)
   and by RtlRaiseStatus - ExceptionCode, ExceptionFlags, NumberParameters, ExceptionInformation[], the chained
   record pointer - and the CONTEXT pointer. The record is only valid while the filter runs, so the filter copies
   what it needs. MSVC-only syntax: the expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <excpt.h>

static struct {
    unsigned long code, flags, count, info[EXCEPTION_MAXIMUM_PARAMETERS];
    int chained, has_context;
} seen;

static int capture(EXCEPTION_POINTERS *pointers, unsigned long code_from_filter)
{
    EXCEPTION_RECORD *record = pointers->ExceptionRecord;
    unsigned long i;
    seen.code = record->ExceptionCode;
    seen.flags = record->ExceptionFlags;
    seen.count = record->NumberParameters;
    for (i = 0; i < record->NumberParameters && i < EXCEPTION_MAXIMUM_PARAMETERS; i++)
        seen.info[i] = record->ExceptionInformation[i];
    seen.chained = record->ExceptionRecord != NULL;
    seen.has_context = pointers->ContextRecord != NULL;
    return code_from_filter == record->ExceptionCode ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

static void show(const char *what)
{
    unsigned long i;
    printf("%s: code %08lX flags %lu params %lu chained %d context %d", what, seen.code, seen.flags, seen.count,
           seen.chained, seen.has_context);
    for (i = 0; i < seen.count; i++)
        printf(" %lX", seen.info[i]);
    printf("\n");
}

static void raise_it(unsigned long code, unsigned long flags, unsigned long count, const unsigned long *args)
{
    __try {
        RaiseException(code, flags, count, args);
    } __except (capture(GetExceptionInformation(), GetExceptionCode())) {
        if (GetExceptionCode() != seen.code)
            printf("handler code mismatch\n");
    }
}

int main(void)
{
    unsigned long three[3] = { 11, 22, 0xDEADBEEFUL };
    unsigned long many[EXCEPTION_MAXIMUM_PARAMETERS];
    int i;

    for (i = 0; i < EXCEPTION_MAXIMUM_PARAMETERS; i++)
        many[i] = (unsigned long)(i * i + 1);

    raise_it(0xE0000100UL, 0, 3, three);
    show("three args");
    raise_it(0xE0000101UL, EXCEPTION_NONCONTINUABLE, 0, NULL);
    show("noncontinuable");
    raise_it(0xE0000102UL, 0, 4, NULL);
    show("null args");
    raise_it(0x20001234UL, 0, EXCEPTION_MAXIMUM_PARAMETERS, many);
    show("fifteen");
    raise_it(0xE0000103UL, 0, 1, three + 2);
    show("one arg");

    __try {
        RtlRaiseStatus((long)0xC0000017L);
    } __except (capture(GetExceptionInformation(), GetExceptionCode())) {
        printf("RtlRaiseStatus handler sees %08lX\n", GetExceptionCode());
    }
    show("status");

    /* the handler sees the code, but the copied record outlives the filter only because capture copied it */
    seen.code = 0;
    __try {
        RaiseException(0xE0000104UL, 0, 2, three);
    } __except ((GetExceptionInformation())->ExceptionRecord->NumberParameters == 2
                && (GetExceptionInformation())->ExceptionRecord->ExceptionInformation[1] == 22) {
        printf("inline filter accepted %08lX, seen.code still %lX\n", GetExceptionCode(), seen.code);
    }
    return 0;
}

/* EXPECTED (status 0)
three args: code E0000100 flags 0 params 3 chained 0 context 1 B 16 DEADBEEF
  -- RaiseException: "dwExceptionCode: the application-defined exception code"; "dwExceptionFlags: can be zero
  -- to indicate a continuable exception, or EXCEPTION_NONCONTINUABLE"; "nNumberOfArguments / lpArguments: the
  -- arguments ... stored in the ExceptionInformation array". EXCEPTION_RECORD: ExceptionRecord is "a pointer to
  -- an associated EXCEPTION_RECORD structure ... for nested exceptions", NULL for this one.
  -- GetExceptionInformation returns an EXCEPTION_POINTERS whose ContextRecord points to the processor context.
  -- 11 = 0xB, 22 = 0x16.
noncontinuable: code E0000101 flags 1 params 0 chained 0 context 1
  -- EXCEPTION_NONCONTINUABLE (1) is recorded in ExceptionFlags.
null args: code E0000102 flags 0 params 0 chained 0 context 1
  -- nNumberOfArguments "is ignored if lpArguments is NULL": no parameters.
fifteen: code 20001234 flags 0 params 15 chained 0 context 1 1 2 5 A 11 1A 25 32 41 52 65 7A 91 AA C5
  -- EXCEPTION_MAXIMUM_PARAMETERS (15) arguments are all recorded: i*i+1 for i = 0..14.
one arg: code E0000103 flags 0 params 1 chained 0 context 1 DEADBEEF
RtlRaiseStatus handler sees C0000017
status: code C0000017 flags 1 params 0 chained 0 context 1
  -- RtlRaiseStatus (ExRaiseStatus in drivers) raises the status as a noncontinuable exception with no
  -- parameters; GetExceptionCode is also valid in the handler block.
inline filter accepted E0000104, seen.code still 0
  -- GetExceptionInformation() may be used directly in the filter expression (parenthesized: excpt.h defines it
  -- as a cast of _exception_info, which binds looser than ->); the logical expression evaluates
  -- to 1 (EXCEPTION_EXECUTE_HANDLER). capture() was not called, so seen.code stays 0.
*/
