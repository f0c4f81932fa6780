/*++

Module Name:

    procobj.c

Abstract:

    The kernel's process object: a dispatcher object, signalled when the process ends, with the address space
    its threads run in (the kernel's own while paging is off).

--*/

#include <ke.h>

VOID
KeInitializeProcess(
    OUT PRKPROCESS Process,
    IN KPRIORITY BasePriority,
    IN ULONG DirectoryTableBase
    )
{
    Process->Header.Type = PROCESS_OBJECT;
    Process->Header.Absolute = FALSE;
    Process->Header.Size = sizeof(KPROCESS) / sizeof(LONG);
    Process->Header.Inserted = FALSE;
    Process->Header.SignalState = 0;
    InitializeListHead(&Process->Header.WaitListHead);
    Process->DirectoryTableBase = DirectoryTableBase;
    Process->BasePriority = BasePriority;
}
