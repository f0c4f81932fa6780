/*++

Module Name:

    bugcheck.c

Abstract:

    Bug checks: the kernel stops the system when it detects that continuing would corrupt it. The STOP line
    names the code and its four parameters, then the C call stack from the routine that called KeBugCheckEx
    outwards ("file.c:LINE Function"); the run then ends through the debug-exit port with 0x42, which the
    machine reports as status 0x85.

--*/

#include <ntos.h>
#include <machine.h>

#define BUGCHECK_EXIT_VALUE 0x42
#define BUGCHECK_STACK_TEXT 1024

typedef struct _KBUGCHECK_NAME {
    ULONG Code;
    PCSTR Name;
} KBUGCHECK_NAME;

static const KBUGCHECK_NAME KiBugCheckNames[] = {
    { APC_INDEX_MISMATCH, "APC_INDEX_MISMATCH" },
    { IRQL_NOT_GREATER_OR_EQUAL, "IRQL_NOT_GREATER_OR_EQUAL" },
    { IRQL_NOT_LESS_OR_EQUAL, "IRQL_NOT_LESS_OR_EQUAL" },
    { BAD_POOL_HEADER, "BAD_POOL_HEADER" },
    { MEMORY_MANAGEMENT, "MEMORY_MANAGEMENT" },
    { SPIN_LOCK_ALREADY_OWNED, "SPIN_LOCK_ALREADY_OWNED" },
    { SPIN_LOCK_NOT_OWNED, "SPIN_LOCK_NOT_OWNED" },
    { THREAD_NOT_MUTEX_OWNER, "THREAD_NOT_MUTEX_OWNER" },
    { KMODE_EXCEPTION_NOT_HANDLED, "KMODE_EXCEPTION_NOT_HANDLED" },
    { UNEXPECTED_KERNEL_MODE_TRAP, "UNEXPECTED_KERNEL_MODE_TRAP" },
    { PHASE0_INITIALIZATION_FAILED, "PHASE0_INITIALIZATION_FAILED" },
    { PHASE1_INITIALIZATION_FAILED, "PHASE1_INITIALIZATION_FAILED" },
    { NO_MORE_SYSTEM_PTES, "NO_MORE_SYSTEM_PTES" },
    { NO_PAGES_AVAILABLE, "NO_PAGES_AVAILABLE" },
    { PFN_LIST_CORRUPT, "PFN_LIST_CORRUPT" },
    { PAGE_FAULT_IN_NONPAGED_AREA, "PAGE_FAULT_IN_NONPAGED_AREA" },
    { SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED" },
    { ATTEMPTED_SWITCH_FROM_DPC, "ATTEMPTED_SWITCH_FROM_DPC" },
    { BAD_POOL_CALLER, "BAD_POOL_CALLER" },
    { MANUALLY_INITIATED_CRASH, "MANUALLY_INITIATED_CRASH" },
    { REGISTRY_ERROR, "REGISTRY_ERROR" },
    { BAD_SYSTEM_CONFIG_INFO, "BAD_SYSTEM_CONFIG_INFO" },
    { CRITICAL_SERVICE_FAILED, "CRITICAL_SERVICE_FAILED" },
    { KERNEL_APC_PENDING_DURING_EXIT, "KERNEL_APC_PENDING_DURING_EXIT" },
    { RESOURCE_NOT_OWNED, "RESOURCE_NOT_OWNED" },
    { MUST_SUCCEED_POOL_EMPTY, "MUST_SUCCEED_POOL_EMPTY" },
};

static
PCSTR
KiBugCheckName(
    IN ULONG BugCheckCode
    )
{
    ULONG Index;

    for (Index = 0; Index < RTL_NUMBER_OF(KiBugCheckNames); Index += 1) {
        if (KiBugCheckNames[Index].Code == BugCheckCode) {
            return KiBugCheckNames[Index].Name;
        }
    }
    return "UNKNOWN_BUGCHECK";
}

VOID
NTAPI
KeBugCheckEx(
    IN ULONG BugCheckCode,
    IN ULONG_PTR BugCheckParameter1,
    IN ULONG_PTR BugCheckParameter2,
    IN ULONG_PTR BugCheckParameter3,
    IN ULONG_PTR BugCheckParameter4
    )
{
    static CHAR StackText[BUGCHECK_STACK_TEXT];

    DbgPrint("\n*** STOP: 0x%08lX (0x%08lX,0x%08lX,0x%08lX,0x%08lX)\n*** %s\n",
             BugCheckCode,
             BugCheckParameter1,
             BugCheckParameter2,
             BugCheckParameter3,
             BugCheckParameter4,
             KiBugCheckName(BugCheckCode));

    //
    // The stack from KeBugCheckEx's caller outwards (KeBugCheck first when it came through KeBugCheck).
    //

    __machine_describe_stack(StackText, sizeof(StackText), 1);
    HalDisplayString(StackText);
    for (;;) {
        HalDebugExit(BUGCHECK_EXIT_VALUE);
    }
}

VOID
NTAPI
KeBugCheck(
    IN ULONG BugCheckCode
    )
{
    KeBugCheckEx(BugCheckCode, 0, 0, 0, 0);
}
