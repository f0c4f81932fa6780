/*++

Module Name:

    kmtest.h

Abstract:

    The kernel's self-test framework, shaped like the kernel-mode test suites the NT community writes: a suite
    is a routine declared with START_TEST(Name) and listed in the suite table (tests/kmtest.c); each check is
    ok(Condition, Format, ...) or one of the typed ok_eq_* forms. A failed check prints
    "file.c:LINE: test failed: message"; each suite ends with "suite NAME: N passed, N failed", and the whole
    run with "N passed, N failed". The run happens at the end of Phase 1 when the boot options contain
    /SELFTEST.

--*/

#ifndef _KMTEST_
#define _KMTEST_

#include <ntddk.h>

#define START_TEST(Name) VOID NTAPI Test_##Name(VOID)

typedef VOID (NTAPI *PKMT_TEST_ROUTINE)(VOID);

typedef struct _KMT_SUITE {
    PCSTR Name;
    PKMT_TEST_ROUTINE Routine;
} KMT_SUITE, *PKMT_SUITE;

//
// Records one check; on failure prints the file name (without its directory), the line and the message.
//

VOID
__cdecl
KmtOk(
    IN BOOLEAN Passed,
    IN PCSTR File,
    IN ULONG Line,
    IN PCSTR Format,
    ...
    );

#define ok(Condition, ...) KmtOk((BOOLEAN)((Condition) != 0), __FILE__, __LINE__, __VA_ARGS__)

//
// The typed checks evaluate their operands once and print both values on failure.
//

#define ok_eq_ulong(Value, Expected) \
    KmtCheckUlong((ULONG)(Value), (ULONG)(Expected), __FILE__, __LINE__, #Value " = %lu, expected %lu")

#define ok_eq_hex(Value, Expected) \
    KmtCheckUlong((ULONG)(Value), (ULONG)(Expected), __FILE__, __LINE__, #Value " = 0x%08lx, expected 0x%08lx")

#define ok_eq_long(Value, Expected) \
    KmtCheckLong((LONG)(Value), (LONG)(Expected), __FILE__, __LINE__, #Value " = %ld, expected %ld")

#define ok_eq_bool(Value, Expected) \
    KmtCheckLong((LONG)((Value) != 0), (LONG)((Expected) != 0), __FILE__, __LINE__, #Value " = %ld, expected %ld")

#define ok_eq_pointer(Value, Expected) \
    KmtCheckPointer((PVOID)(Value), (PVOID)(Expected), __FILE__, __LINE__, #Value " = %p, expected %p")

#define ok_eq_str(Value, Expected) \
    KmtCheckString((Value), (Expected), __FILE__, __LINE__, #Value " = \"%s\", expected \"%s\"")

VOID NTAPI KmtCheckUlong(IN ULONG Value, IN ULONG Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format);
VOID NTAPI KmtCheckLong(IN LONG Value, IN LONG Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format);
VOID NTAPI KmtCheckPointer(IN PVOID Value, IN PVOID Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format);
VOID NTAPI KmtCheckString(IN PCSTR Value, IN PCSTR Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format);

BOOLEAN
NTAPI
KmtStringsEqual(
    IN PCSTR String1,
    IN PCSTR String2
    );

//
// Halts until the clock has ticked Ticks times (interrupts enabled).
//

VOID KmtWaitTicks(IN ULONG Ticks);

//
// Runs every suite of the table in order and prints the totals; returns the number of failed checks.
//

ULONG
NTAPI
KmtRunAllSuites(
    VOID
    );

//
// Bug check tests, each run by a boot option instead of the suites: they end the run.
//

VOID KmtFreePoolTwice(VOID);          // /DOUBLEFREE: BAD_POOL_CALLER
VOID KmtWaitFromDpc(VOID);            // /DPCWAIT: ATTEMPTED_SWITCH_FROM_DPC
VOID KmtLowerIrqlAbove(VOID);         // /BADLOWER: IRQL_NOT_GREATER_OR_EQUAL
VOID KmtFaultInSystemThread(VOID);    // /THREADFAULT: SYSTEM_THREAD_EXCEPTION_NOT_HANDLED
VOID KmtFaultInInitialThread(VOID);   // /KMODEFAULT: KMODE_EXCEPTION_NOT_HANDLED
VOID KmtTouchUnmappedSystemAddress(VOID); // /BADADDRESS: PAGE_FAULT_IN_NONPAGED_AREA
VOID KmtFaultAtDispatchLevel(VOID);   // /PAGEDDISPATCH: IRQL_NOT_LESS_OR_EQUAL
VOID KmtFreeLockedPages(VOID);        // /FREELOCKED: PFN_LIST_CORRUPT
VOID KmtAcquireResourceCarelessly(VOID); // /RESOURCEAPC: KMODE_EXCEPTION_NOT_HANDLED (a failed assertion)

//
// /CMWRITE: writes a key of every value type into the SYSTEM hive and flushes it (Kernel/RegistryHiveTests).
//

VOID KmtWriteRegistry(VOID);

//
// Benchmarks, also run by boot options.
//

VOID KmtSwitchBenchmark(VOID);        // /SWITCHBENCH: 100,000 context switches
VOID KmtIdleBenchmark(VOID);          // /IDLEBENCH: ten seconds idle
VOID KmtFatBenchmark(IN BOOLEAN Raw, IN BOOLEAN Read);   // /FATWRITEBENCH... (bench/fat-throughput)
VOID KmtIrpBenchmark(VOID);           // /IRPBENCH: 100,000 writes to \Device\Null
VOID KmtSerialEcho(VOID);             // /SERIALECHO: COM1's input back through the serial driver

#endif // _KMTEST_
