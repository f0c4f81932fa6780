/*++

Module Name:

    assert.c

Abstract:

    RtlAssert, what a failed ASSERT calls: it prints the expression and its place, then stops the system as an
    unhandled breakpoint would with no debugger attached (KMODE_EXCEPTION_NOT_HANDLED, STATUS_BREAKPOINT), so
    the STOP line's C stack names the caller that broke the rule.

--*/

#include <ntddk.h>

VOID
NTAPI
RtlAssert(
    IN PVOID FailedAssertion,
    IN PVOID FileName,
    IN ULONG LineNumber,
    IN PCHAR Message OPTIONAL
    )
{
    DbgPrint("\n*** Assertion failed: %s%s\n***   Source File: %s, line %lu\n\n",
             Message != NULL ? Message : "",
             (PCSTR)FailedAssertion,
             (PCSTR)FileName,
             LineNumber);
    KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_BREAKPOINT, 0, (ULONG_PTR)FailedAssertion, LineNumber);
}
