/*++

Module Name:

    kmtest.c

Abstract:

    The self-test framework (kmtest.h): the suite table, per-check accounting and the report lines.

--*/

#include <kmtest.h>
#include <intrin.h>

//
// The suites, in the order they run. A suite file declares its routine with START_TEST(Name).
//

#define KMT_SUITE_ENTRY(Name) { #Name, Test_##Name }

START_TEST(KmtSelf);
START_TEST(RtlString);
START_TEST(RtlConvert);
START_TEST(RtlBitmap);
START_TEST(RtlMisc);
START_TEST(RtlSplay);
START_TEST(RtlGenericTable);
START_TEST(RtlAvlTable);
START_TEST(KeIrql);
START_TEST(KeClock);
START_TEST(KeInterrupt);
START_TEST(KeDpc);
START_TEST(KeTimer);
START_TEST(MmPages);
START_TEST(MmPaging);
START_TEST(MmIoSpace);
START_TEST(MmMdl);
START_TEST(ExPool);
START_TEST(ExLookaside);
START_TEST(KeEvent);
START_TEST(KeSemaphore);
START_TEST(KeTimeout);
START_TEST(KeScheduler);
START_TEST(KeMutex);
START_TEST(ExFastMutex);
START_TEST(ExWorkItem);
START_TEST(KeApc);
START_TEST(KeAlert);
START_TEST(KePriority);
START_TEST(ExResource);
START_TEST(Seh);
START_TEST(ObNamespace);
START_TEST(ObHandle);
START_TEST(ObReference);
START_TEST(ObSymbolicLink);
START_TEST(PsProcess);
START_TEST(PsThread);
START_TEST(IoDriver);
START_TEST(IoIrp);
START_TEST(IoBuffer);
START_TEST(IoCancel);
START_TEST(IoFile);
START_TEST(IoTimer);
START_TEST(IoLoader);
START_TEST(IoSerial);
START_TEST(IoStartIo);
START_TEST(IoAssociated);
START_TEST(CmKey);
START_TEST(CmValue);
START_TEST(CmLink);
START_TEST(CmHive);
START_TEST(CmQuery);
START_TEST(IoFileApi);
START_TEST(RamDisk);
START_TEST(FatSpace);
START_TEST(FatFs);

static const KMT_SUITE KmtSuites[] = {
    KMT_SUITE_ENTRY(KmtSelf),
    KMT_SUITE_ENTRY(RtlString),
    KMT_SUITE_ENTRY(RtlConvert),
    KMT_SUITE_ENTRY(RtlBitmap),
    KMT_SUITE_ENTRY(RtlMisc),
    KMT_SUITE_ENTRY(RtlSplay),
    KMT_SUITE_ENTRY(RtlGenericTable),
    KMT_SUITE_ENTRY(RtlAvlTable),
    KMT_SUITE_ENTRY(KeIrql),
    KMT_SUITE_ENTRY(KeClock),
    KMT_SUITE_ENTRY(KeInterrupt),
    KMT_SUITE_ENTRY(KeDpc),
    KMT_SUITE_ENTRY(KeTimer),
    KMT_SUITE_ENTRY(MmPages),
    KMT_SUITE_ENTRY(MmPaging),
    KMT_SUITE_ENTRY(MmIoSpace),
    KMT_SUITE_ENTRY(MmMdl),
    KMT_SUITE_ENTRY(ExPool),
    KMT_SUITE_ENTRY(ExLookaside),
    KMT_SUITE_ENTRY(KeEvent),
    KMT_SUITE_ENTRY(KeSemaphore),
    KMT_SUITE_ENTRY(KeTimeout),
    KMT_SUITE_ENTRY(KeScheduler),
    KMT_SUITE_ENTRY(KeMutex),
    KMT_SUITE_ENTRY(ExFastMutex),
    KMT_SUITE_ENTRY(ExWorkItem),
    KMT_SUITE_ENTRY(KeApc),
    KMT_SUITE_ENTRY(KeAlert),
    KMT_SUITE_ENTRY(KePriority),
    KMT_SUITE_ENTRY(ExResource),
    KMT_SUITE_ENTRY(Seh),
    KMT_SUITE_ENTRY(ObNamespace),
    KMT_SUITE_ENTRY(ObHandle),
    KMT_SUITE_ENTRY(ObReference),
    KMT_SUITE_ENTRY(ObSymbolicLink),
    KMT_SUITE_ENTRY(PsProcess),
    KMT_SUITE_ENTRY(PsThread),
    KMT_SUITE_ENTRY(IoDriver),
    KMT_SUITE_ENTRY(IoIrp),
    KMT_SUITE_ENTRY(IoBuffer),
    KMT_SUITE_ENTRY(IoCancel),
    KMT_SUITE_ENTRY(IoFile),
    KMT_SUITE_ENTRY(IoTimer),
    KMT_SUITE_ENTRY(IoLoader),
    KMT_SUITE_ENTRY(IoSerial),
    KMT_SUITE_ENTRY(IoStartIo),
    KMT_SUITE_ENTRY(IoAssociated),
    KMT_SUITE_ENTRY(CmKey),
    KMT_SUITE_ENTRY(CmValue),
    KMT_SUITE_ENTRY(CmLink),
    KMT_SUITE_ENTRY(CmHive),
    KMT_SUITE_ENTRY(CmQuery),
    KMT_SUITE_ENTRY(IoFileApi),
    KMT_SUITE_ENTRY(RamDisk),
    KMT_SUITE_ENTRY(FatSpace),
    KMT_SUITE_ENTRY(FatFs),
};

static ULONG KmtPassed;
static ULONG KmtFailed;

BOOLEAN
NTAPI
KmtStringsEqual(
    IN PCSTR String1,
    IN PCSTR String2
    )
{
    if (String1 == NULL || String2 == NULL) {
        return (BOOLEAN)(String1 == String2);
    }
    while (*String1 != '\0' && *String1 == *String2) {
        String1 += 1;
        String2 += 1;
    }
    return (BOOLEAN)(*String1 == *String2);
}

VOID
__cdecl
KmtOk(
    IN BOOLEAN Passed,
    IN PCSTR File,
    IN ULONG Line,
    IN PCSTR Format,
    ...
    )
{
    CHAR Message[256];
    PCSTR Name;
    PCSTR Scan;
    va_list Arguments;

    if (Passed) {
        KmtPassed += 1;
        return;
    }
    KmtFailed += 1;

    //
    // The file's name without its directory, so the report reads the same wherever the tree is.
    //

    Name = File;
    for (Scan = File; *Scan != '\0'; Scan += 1) {
        if (*Scan == '/' || *Scan == '\\') {
            Name = Scan + 1;
        }
    }
    va_start(Arguments, Format);
    if (_vsnprintf(Message, sizeof(Message) - 1, Format, Arguments) < 0) {
        Message[sizeof(Message) - 1] = '\0';
    }
    va_end(Arguments);
    Message[sizeof(Message) - 1] = '\0';
    DbgPrint("%s:%lu: test failed: %s\n", Name, Line, Message);
}

VOID NTAPI KmtCheckUlong(IN ULONG Value, IN ULONG Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format)
{
    KmtOk((BOOLEAN)(Value == Expected), File, Line, Format, Value, Expected);
}

VOID NTAPI KmtCheckLong(IN LONG Value, IN LONG Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format)
{
    KmtOk((BOOLEAN)(Value == Expected), File, Line, Format, Value, Expected);
}

VOID NTAPI KmtCheckPointer(IN PVOID Value, IN PVOID Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format)
{
    KmtOk((BOOLEAN)(Value == Expected), File, Line, Format, Value, Expected);
}

VOID NTAPI KmtCheckString(IN PCSTR Value, IN PCSTR Expected, IN PCSTR File, IN ULONG Line, IN PCSTR Format)
{
    KmtOk(KmtStringsEqual(Value, Expected), File, Line, Format,
          Value != NULL ? Value : "(null)", Expected != NULL ? Expected : "(null)");
}

VOID
KmtWaitTicks(
    IN ULONG Ticks
    )

/*++

Routine Description:

    Halts until the tick count has advanced by Ticks: each halt ends at the next interrupt.

--*/

{
    LARGE_INTEGER Start;
    LARGE_INTEGER Now;

    KeQueryTickCount(&Start);
    do {
        __halt();
        KeQueryTickCount(&Now);
    } while ((ULONG)(Now.QuadPart - Start.QuadPart) < Ticks);
}

ULONG
NTAPI
KmtRunAllSuites(
    VOID
    )
{
    ULONG Index;
    ULONG PassedBefore;
    ULONG FailedBefore;
    ULONG TotalFailed;

    for (Index = 0; Index < RTL_NUMBER_OF(KmtSuites); Index += 1) {
        PassedBefore = KmtPassed;
        FailedBefore = KmtFailed;
        KmtSuites[Index].Routine();
        DbgPrint("suite %s: %lu passed, %lu failed\n",
                 KmtSuites[Index].Name,
                 KmtPassed - PassedBefore,
                 KmtFailed - FailedBefore);
    }
    DbgPrint("%lu passed, %lu failed\n", KmtPassed, KmtFailed);
    TotalFailed = KmtFailed;
    return TotalFailed;
}

//
// The framework checks itself: counting, string comparison.
//

START_TEST(KmtSelf)
{
    ok(KmtStringsEqual("abc", "abc"), "equal strings compare equal");
    ok(!KmtStringsEqual("abc", "abd"), "different strings compare different");
    ok(!KmtStringsEqual("abc", "ab"), "a prefix is not equal");
    ok(KmtStringsEqual(NULL, NULL) && !KmtStringsEqual("a", NULL), "NULL equals only NULL");
}
