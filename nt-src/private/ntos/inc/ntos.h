/*++

Module Name:

    ntos.h

Abstract:

    What the kernel's components share beyond the DDK's interface.

--*/

#ifndef _NTOS_
#define _NTOS_

#include <ntddk.h>
#include <arc.h>
#include <hal.h>
#include <intrin.h>

#define NT2CS_KERNEL_VERSION "0.1"

//
// The loader block the kernel started with.
//

extern PLOADER_PARAMETER_BLOCK KeLoaderBlock;

//
// Whether the boot options contain Option as a whole word (without regard to case).
//

BOOLEAN KiBootOptionPresent(IN PCSTR Options, IN PCSTR Option);

VOID KiInitializeInterrupts(VOID);
struct _MACHINE_TRAP_FRAME;
VOID KiPageFault(IN struct _MACHINE_TRAP_FRAME *Frame);
VOID KiInitializeClock(VOID);
BOOLEAN KiTimerDue(IN ULONGLONG InterruptTime);
VOID KiExpireTimers(VOID);

//
// Mm: physical memory, nonpaged runs in KSEG0, paged pool pages, the page-fault path.
//

extern ULONG MmNumberOfPhysicalPages;
extern ULONG MmAvailablePages;

BOOLEAN MmInitSystem(IN ULONG Phase, IN PLOADER_PARAMETER_BLOCK LoaderBlock);
PVOID MiAllocatePages(IN ULONG Count, IN ULONG HighestPage);
VOID MiFreePages(IN PVOID Base);
PVOID MiAllocatePagedPoolPages(IN ULONG Count, IN BOOLEAN Resident);
VOID MiFreePagedPoolPages(IN PVOID Base);
NTSTATUS MmAccessFault(IN ULONG FaultStatus, IN PVOID VirtualAddress, IN KPROCESSOR_MODE PreviousMode, IN PVOID TrapInformation);

//
// Mm: system images. PsLoadedModuleList holds a KLDR_DATA_TABLE_ENTRY per image in memory, the loader's first;
// it changes only under MiSystemLoadLock.
//

extern LIST_ENTRY PsLoadedModuleList;
extern FAST_MUTEX MiSystemLoadLock;

BOOLEAN MiInitializeLoadedModuleList(IN PLOADER_PARAMETER_BLOCK LoaderBlock);
NTSTATUS MmLoadSystemImage(IN PVOID FileBuffer, IN ULONG FileSize, IN PUNICODE_STRING FileName, OUT PKLDR_DATA_TABLE_ENTRY *ModuleEntry);
NTSTATUS MmUnloadSystemImage(IN PKLDR_DATA_TABLE_ENTRY ModuleEntry);

//
// Io: what an ending thread does with the requests it still has in progress.
//

VOID IoCancelThreadIo(IN PETHREAD Thread);

//
// Ex: pool accounting, for the self-tests.
//

BOOLEAN ExInitSystem(IN ULONG Phase);
BOOLEAN ExpInitializeWorkers(VOID);
ULONG ExpPoolPagesInUse(VOID);
ULONG ExpPoolTagOf(IN PVOID P);

#endif // _NTOS_
