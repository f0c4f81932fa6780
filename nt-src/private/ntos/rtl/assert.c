/*++

Module Name:

    assert.c

Abstract:

    RtlAssert, what a failed ASSERT calls. There is no debugger to break into: it prints the assertion and
    bug-checks as an unhandled STATUS_ASSERTION_FAILURE exception would, so the STOP line's C stack shows where.

--*/

#include <ntos.h>

VOID
NTAPI
RtlAssert(
    IN PVOID FailedAssertion,
    IN PVOID FileName,
    IN ULONG LineNumber,
    IN PCHAR Message OPTIONAL
    )
{
    DbgPrint("\n*** Assertion failed: %s%s%s\n***   Source File: %s, line %lu\n",
             Message != NULL ? Message : "", Message != NULL ? " " : "", (PCSTR)FailedAssertion, (PCSTR)FileName,
             LineNumber);
    KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_ASSERTION_FAILURE, 0, LineNumber, 0);
}
