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

VOID KiInitializeInterrupts(VOID);
VOID KiInitializeClock(VOID);
BOOLEAN KiTimerDue(IN ULONGLONG InterruptTime);
VOID KiExpireTimers(VOID);

//
// Mm: physical pages (paging off: an address is its physical address).
//

extern ULONG MmNumberOfPhysicalPages;
extern ULONG MmAvailablePages;

BOOLEAN MmInitSystem(IN ULONG Phase, IN PLOADER_PARAMETER_BLOCK LoaderBlock);
PVOID MiAllocatePages(IN ULONG Count, IN ULONG HighestPage);
VOID MiFreePages(IN PVOID Base);

//
// Ex: pool accounting, for the self-tests.
//

BOOLEAN ExInitSystem(IN ULONG Phase);
BOOLEAN ExpInitializeWorkers(VOID);
ULONG ExpPoolPagesInUse(VOID);
ULONG ExpPoolTagOf(IN PVOID P);

#endif // _NTOS_
