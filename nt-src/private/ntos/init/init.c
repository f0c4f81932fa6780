/*++

Module Name:

    init.c

Abstract:

    System start-up: the loader calls KiSystemStartup with the loader parameter block (docs/BOOT.md). Phase 0
    initialises the HAL, Ke, Mm, Ob, Ex and Ps in that order and prints the banner; Phase 1 starts the clock,
    the executive's worker threads, the registry (the SYSTEM hive the loader placed) and the I/O manager, runs the self-test suites when the boot options say
    /SELFTEST, then leaves the system: powered off when everything passed, through the debug-exit port
    (status 1) when a check failed. /CRASH bug-checks on purpose
    (MANUALLY_INITIATED_CRASH), to test the STOP path.

--*/

#include <io.h>
#include <cm.h>
#include <kmtest.h>

#define SELFTEST_FAILED_EXIT_VALUE 0

PLOADER_PARAMETER_BLOCK KeLoaderBlock;

static
ULONG
KiMemorySizeInPages(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )
{
    PLIST_ENTRY Entry;
    PMEMORY_ALLOCATION_DESCRIPTOR Descriptor;
    ULONG Pages = 0;

    for (Entry = LoaderBlock->MemoryDescriptorListHead.Flink;
         Entry != &LoaderBlock->MemoryDescriptorListHead;
         Entry = Entry->Flink) {
        Descriptor = CONTAINING_RECORD(Entry, MEMORY_ALLOCATION_DESCRIPTOR, ListEntry);
        Pages += Descriptor->PageCount;
    }
    return Pages;
}

BOOLEAN
KiBootOptionPresent(
    IN PCSTR Options,
    IN PCSTR Option
    )

/*++

Routine Description:

    Whether the boot options contain Option as a whole word (compared without regard to case).

--*/

{
    PCSTR Start;
    PCSTR Scan;
    PCSTR Expected;

    if (Options == NULL) {
        return FALSE;
    }
    for (Start = Options; *Start != '\0'; Start += 1) {
        if (Start != Options && Start[-1] != ' ') {
            continue;
        }
        Scan = Start;
        Expected = Option;
        while (*Expected != '\0' && RtlUpperChar(*Scan) == RtlUpperChar(*Expected)) {
            Scan += 1;
            Expected += 1;
        }
        if (*Expected == '\0' && (*Scan == '\0' || *Scan == ' ')) {
            return TRUE;
        }
    }
    return FALSE;
}

static
VOID
KiPhase1Initialization(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )
{
    ULONG Failed;

    if (!HalInitSystem(1, LoaderBlock)) {
        KeBugCheck(PHASE1_INITIALIZATION_FAILED);
    }
    KiInitializeClock();
    _enable();
    if (!ExpInitializeWorkers()) {
        KeBugCheck(PHASE1_INITIALIZATION_FAILED);
    }
    if (!MmInitSystem(1, LoaderBlock)) {
        KeBugCheckEx(PHASE1_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    if (!CmInitSystem1(LoaderBlock)) {
        KeBugCheckEx(PHASE1_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    if (!IoInitSystem(1, LoaderBlock)) {
        KeBugCheckEx(PHASE1_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/SELFTEST")) {
        Failed = KmtRunAllSuites();
        if (Failed != 0) {
            HalDebugExit(SELFTEST_FAILED_EXIT_VALUE);
        }
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/CMWRITE")) {
        KmtWriteRegistry();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/CRASH")) {
        KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/DOUBLEFREE")) {
        KmtFreePoolTwice();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/DPCWAIT")) {
        KmtWaitFromDpc();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/BADLOWER")) {
        KmtLowerIrqlAbove();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/KMODEFAULT")) {
        KmtFaultInInitialThread();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/THREADFAULT")) {
        KmtFaultInSystemThread();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/BADADDRESS")) {
        KmtTouchUnmappedSystemAddress();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/PAGEDDISPATCH")) {
        KmtFaultAtDispatchLevel();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/FREELOCKED")) {
        KmtFreeLockedPages();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/RESOURCEAPC")) {
        KmtAcquireResourceCarelessly();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/SWITCHBENCH")) {
        KmtSwitchBenchmark();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/IDLEBENCH")) {
        KmtIdleBenchmark();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/IRPBENCH")) {
        KmtIrpBenchmark();
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/FATWRITEBENCH")) {
        KmtFatBenchmark(FALSE, FALSE);
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/FATREADBENCH")) {
        KmtFatBenchmark(FALSE, TRUE);
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/DISKWRITEBENCH")) {
        KmtFatBenchmark(TRUE, FALSE);
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/DISKREADBENCH")) {
        KmtFatBenchmark(TRUE, TRUE);
    }
    if (KiBootOptionPresent(LoaderBlock->LoadOptions, "/SERIALECHO")) {
        KmtSerialEcho();
    }

    //
    // The registry's changed hives are written to their files first, then what drivers hold in memory (a file
    // system's cache, those writes included) reaches the disks before the power goes.
    //

    CmShutdownSystem();
    IoShutdownSystem();
    HalReturnToFirmware(HalPowerDownRoutine);
}

VOID
NTAPI
KiSystemStartup(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    The kernel's entry point, called by the loader on the initial kernel stack with interrupts disabled.

Arguments:

    LoaderBlock - What the loader found and placed: the memory map and the boot options.

--*/

{
    if (LoaderBlock == NULL || LoaderBlock->Size != sizeof(LOADER_PARAMETER_BLOCK)) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, (ULONG_PTR)LoaderBlock, 0, 0, 0);
    }
    KeLoaderBlock = LoaderBlock;
    if (!HalInitSystem(0, LoaderBlock)) {
        KeBugCheck(PHASE0_INITIALIZATION_FAILED);
    }
    KiInitializeInterrupts();
    if (!MmInitSystem(0, LoaderBlock)) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    KiInitializeThreads(LoaderBlock);
    if (!ObInitSystem(0)) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    if (!ExInitSystem(0)) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    if (!PsInitSystem(0)) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    DbgPrint("nt2cs NT kernel %s\n", NT2CS_KERNEL_VERSION);
    DbgPrint("Memory: %lu KiB, processor: i686 (1)\n", KiMemorySizeInPages(LoaderBlock) << (PAGE_SHIFT - 10));
    DbgPrint("Boot options: %s\n", LoaderBlock->LoadOptions != NULL ? LoaderBlock->LoadOptions : "");
    KiPhase1Initialization(LoaderBlock);
}
