/*++

Module Name:

    seh.c

Abstract:

    Self-tests of structured exception handling in the kernel: ExRaiseStatus caught by a filter that sees the
    status, nested handlers and which one the filters pick, __finally run on an exception's unwind and on a
    normal exit, a hardware fault (integer division by zero) as STATUS_INTEGER_DIVIDE_BY_ZERO, a read and a
    write through bad pointers as STATUS_ACCESS_VIOLATION with the kind of access and the address in the
    exception record, and EXCEPTION_CONTINUE_SEARCH passing an exception outwards.

--*/

#include <kmtest.h>
#include <excpt.h>

static volatile LONG KmtZero;
static ULONG KmtFinallyRuns;
static ULONG KmtFilterCalls;
static EXCEPTION_RECORD KmtRecord;

static
LONG
KmtFilter(
    IN NTSTATUS Code,
    IN NTSTATUS Wanted
    )
{
    KmtFilterCalls += 1;
    return Code == Wanted ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

static
VOID
KmtRaiseWithFinally(
    IN NTSTATUS Status
    )
{
    __try {
        ExRaiseStatus(Status);
    } __finally {
        KmtFinallyRuns += 1;
    }
}

static
LONG
KmtKeepRecord(
    IN PEXCEPTION_POINTERS Pointers
    )
{
    KmtRecord = *Pointers->ExceptionRecord;
    return EXCEPTION_EXECUTE_HANDLER;
}

START_TEST(Seh)
{
    NTSTATUS Caught = STATUS_SUCCESS;
    NTSTATUS Outer = STATUS_SUCCESS;
    NTSTATUS Inner = STATUS_SUCCESS;
    BOOLEAN Reached = FALSE;
    LONG Quotient = 0;

    __try {
        ExRaiseStatus(STATUS_INSUFFICIENT_RESOURCES);
        Reached = TRUE;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        Caught = GetExceptionCode();
    }
    ok_eq_hex(Caught, STATUS_INSUFFICIENT_RESOURCES);
    ok(!Reached, "the statement after the raise does not run");

    //
    // The inner filter declines, the outer one takes it: each filter runs once, the inner __finally runs on
    // the unwind.
    //

    KmtFinallyRuns = 0;
    KmtFilterCalls = 0;
    __try {
        __try {
            KmtRaiseWithFinally(STATUS_ACCESS_DENIED);
        } __except (KmtFilter(GetExceptionCode(), STATUS_NO_MEMORY)) {
            Inner = GetExceptionCode();
        }
    } __except (KmtFilter(GetExceptionCode(), STATUS_ACCESS_DENIED)) {
        Outer = GetExceptionCode();
    }
    ok_eq_hex(Inner, STATUS_SUCCESS);
    ok_eq_hex(Outer, STATUS_ACCESS_DENIED);
    ok_eq_ulong(KmtFilterCalls, 2);
    ok_eq_ulong(KmtFinallyRuns, 1);

    //
    // __finally runs on a normal exit too.
    //

    KmtFinallyRuns = 0;
    __try {
        Reached = TRUE;
    } __finally {
        KmtFinallyRuns += 1;
    }
    ok_eq_ulong(KmtFinallyRuns, 1);

    //
    // A hardware fault reaches the handler as its status.
    //

    Caught = STATUS_SUCCESS;
    __try {
        Quotient = 100 / KmtZero;
    } __except (GetExceptionCode() == STATUS_INTEGER_DIVIDE_BY_ZERO ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        Caught = GetExceptionCode();
    }
    ok_eq_hex(Caught, STATUS_INTEGER_DIVIDE_BY_ZERO);
    ok_eq_long(Quotient, 0);

    //
    // Bad pointers: a page fault no one can resolve below the system range is an access violation, whose
    // record says whether it was a write (ExceptionInformation[0]) and where (ExceptionInformation[1]).
    //

    RtlZeroMemory(&KmtRecord, sizeof(KmtRecord));
    Reached = FALSE;
    __try {
        Quotient = *(volatile LONG *)0x1234;
        Reached = TRUE;
    } __except (KmtKeepRecord(GetExceptionInformation())) {
        NOTHING;
    }
    ok(!Reached, "a read of 0x1234 does not complete");
    ok_eq_hex(KmtRecord.ExceptionCode, STATUS_ACCESS_VIOLATION);
    ok_eq_ulong(KmtRecord.NumberParameters, 2);
    ok_eq_ulong(KmtRecord.ExceptionInformation[0], 0);
    ok_eq_hex(KmtRecord.ExceptionInformation[1], 0x1234);
    RtlZeroMemory(&KmtRecord, sizeof(KmtRecord));
    __try {
        *(PULONG)0x7FFE0000 = 1;
    } __except (KmtKeepRecord(GetExceptionInformation())) {
        NOTHING;
    }
    ok_eq_hex(KmtRecord.ExceptionCode, STATUS_ACCESS_VIOLATION);
    ok_eq_ulong(KmtRecord.ExceptionInformation[0], 1);
    ok_eq_hex(KmtRecord.ExceptionInformation[1], 0x7FFE0000);

    //
    // The IRQL is what it was when the handler runs (the raise happened at the same IRQL).
    //

    __try {
        ExRaiseStatus(STATUS_UNSUCCESSFUL);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);
    }
}
