/*++

Module Name:

    fastmutex.c

Abstract:

    Fast mutexes: exclusive ownership at APC_LEVEL, not recursive. Count is 1 when free; an acquirer that
    finds it taken waits on the synchronization event the releaser sets.

--*/

#include <ntos.h>

VOID
NTAPI
ExInitializeFastMutex(
    OUT PFAST_MUTEX FastMutex
    )
{
    FastMutex->Count = 1;
    FastMutex->Owner = NULL;
    FastMutex->Contention = 0;
    KeInitializeEvent(&FastMutex->Event, SynchronizationEvent, FALSE);
}

VOID
FASTCALL
ExAcquireFastMutex(
    IN OUT PFAST_MUTEX FastMutex
    )

/*++

Routine Description:

    Acquires the fast mutex, waiting while another thread holds it, and raises the IRQL to APC_LEVEL (the
    previous IRQL is kept in the mutex for the release).

--*/

{
    KIRQL OldIrql;

    KeRaiseIrql(APC_LEVEL, &OldIrql);
    FastMutex->Count -= 1;
    if (FastMutex->Count != 0) {
        FastMutex->Contention += 1;
        KeWaitForSingleObject(&FastMutex->Event, Executive, KernelMode, FALSE, NULL);
    }
    FastMutex->Owner = KeGetCurrentThread();
    FastMutex->OldIrql = OldIrql;
}

BOOLEAN
FASTCALL
ExTryToAcquireFastMutex(
    IN OUT PFAST_MUTEX FastMutex
    )

/*++

Return Value:

    TRUE when the mutex was free and is now the caller's (at APC_LEVEL); FALSE, without waiting, when it is
    held.

--*/

{
    KIRQL OldIrql;

    KeRaiseIrql(APC_LEVEL, &OldIrql);
    if (FastMutex->Count != 1) {
        KeLowerIrql(OldIrql);
        return FALSE;
    }
    FastMutex->Count = 0;
    FastMutex->Owner = KeGetCurrentThread();
    FastMutex->OldIrql = OldIrql;
    return TRUE;
}

VOID
FASTCALL
ExReleaseFastMutex(
    IN OUT PFAST_MUTEX FastMutex
    )
{
    KIRQL OldIrql = (KIRQL)FastMutex->OldIrql;

    FastMutex->Owner = NULL;
    FastMutex->Count += 1;
    if (FastMutex->Count != 1) {
        KeSetEvent(&FastMutex->Event, 0, FALSE);
    }
    KeLowerIrql(OldIrql);
}
