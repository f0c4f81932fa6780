/*++

Module Name:

    exsync.c

Abstract:

    Self-tests of mutexes and fast mutexes: ownership, recursion, waiting for the owner to release, abandonment
    when the owner ends, and the fast mutex's IRQL and try-acquire.

--*/

#include <kmtest.h>
#include <ke.h>

typedef struct _KMT_CONTENDER {
    KTHREAD Thread;
    PVOID Lock;
    NTSTATUS Status;
    BOOLEAN Acquired;
    KIRQL Irql;
} KMT_CONTENDER;

static
VOID
NTAPI
KmtTakeMutex(
    IN PVOID Context
    )
{
    KMT_CONTENDER *Contender = (KMT_CONTENDER *)Context;

    Contender->Status = KeWaitForSingleObject(Contender->Lock, Executive, KernelMode, FALSE, NULL);
    Contender->Acquired = TRUE;
    KeReleaseMutex((PKMUTEX)Contender->Lock, FALSE);
}

static
VOID
NTAPI
KmtTakeMutexAndEnd(
    IN PVOID Context
    )
{
    KMT_CONTENDER *Contender = (KMT_CONTENDER *)Context;

    Contender->Status = KeWaitForSingleObject(Contender->Lock, Executive, KernelMode, FALSE, NULL);
    Contender->Acquired = TRUE;
}

static
VOID
NTAPI
KmtTakeFastMutex(
    IN PVOID Context
    )
{
    KMT_CONTENDER *Contender = (KMT_CONTENDER *)Context;

    ExAcquireFastMutex((PFAST_MUTEX)Contender->Lock);
    Contender->Acquired = TRUE;
    Contender->Irql = KeGetCurrentIrql();
    ExReleaseFastMutex((PFAST_MUTEX)Contender->Lock);
}

START_TEST(KeMutex)
{
    KMUTEX Mutex;
    KMT_CONTENDER Contender;

    KeInitializeMutex(&Mutex, 0);
    ok_eq_long(KeReadStateMutex(&Mutex), 1);
    ok_eq_hex(KeWaitForSingleObject(&Mutex, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    ok_eq_long(KeReadStateMutex(&Mutex), 0);
    ok_eq_pointer(Mutex.OwnerThread, KeGetCurrentThread());
    ok_eq_hex(KeWaitForSingleObject(&Mutex, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    ok_eq_long(KeReadStateMutex(&Mutex), -1);

    //
    // A higher-priority thread waits while the owner holds it, and gets it on the last release.
    //

    RtlZeroMemory(&Contender, sizeof(Contender));
    Contender.Lock = &Mutex;
    KiCreateThread(&Contender.Thread, KmtTakeMutex, &Contender, 12);
    ok(!Contender.Acquired, "the contender waits for the owner");
    ok_eq_long(KeReleaseMutex(&Mutex, FALSE), -1);
    ok(!Contender.Acquired, "one release of two is not enough");
    ok_eq_long(KeReleaseMutex(&Mutex, FALSE), 0);
    ok(Contender.Acquired, "the last release hands it over");
    ok_eq_hex(Contender.Status, STATUS_WAIT_0);
    KeWaitForSingleObject(&Contender.Thread, Executive, KernelMode, FALSE, NULL);
    ok_eq_long(KeReadStateMutex(&Mutex), 1);
    ok(Mutex.OwnerThread == NULL, "a free mutex has no owner");

    //
    // A thread that ends owning it abandons it: the next acquirer is told.
    //

    RtlZeroMemory(&Contender, sizeof(Contender));
    Contender.Lock = &Mutex;
    KiCreateThread(&Contender.Thread, KmtTakeMutexAndEnd, &Contender, 12);
    KeWaitForSingleObject(&Contender.Thread, Executive, KernelMode, FALSE, NULL);
    ok(Contender.Acquired, "the thread took the mutex and ended");
    ok(Mutex.Abandoned, "its mutex is abandoned");
    ok_eq_hex(KeWaitForSingleObject(&Mutex, Executive, KernelMode, FALSE, NULL), STATUS_ABANDONED_WAIT_0);
    ok(!Mutex.Abandoned, "acquiring it clears the mark");
    ok_eq_long(KeReleaseMutex(&Mutex, FALSE), 0);
}

START_TEST(ExFastMutex)
{
    FAST_MUTEX FastMutex;
    KMT_CONTENDER Contender;

    ExInitializeFastMutex(&FastMutex);
    ExAcquireFastMutex(&FastMutex);
    ok_eq_ulong(KeGetCurrentIrql(), APC_LEVEL);
    ok_eq_pointer(FastMutex.Owner, KeGetCurrentThread());
    ExReleaseFastMutex(&FastMutex);
    ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);

    ok(ExTryToAcquireFastMutex(&FastMutex), "a free fast mutex is acquired without waiting");
    ok(!ExTryToAcquireFastMutex(&FastMutex), "a held one is not");
    ok_eq_ulong(KeGetCurrentIrql(), APC_LEVEL);

    //
    // A contender waits while it is held, and runs with it (at APC_LEVEL) once released.
    //

    RtlZeroMemory(&Contender, sizeof(Contender));
    Contender.Lock = &FastMutex;
    KeLowerIrql(PASSIVE_LEVEL);
    KiCreateThread(&Contender.Thread, KmtTakeFastMutex, &Contender, 12);
    ok(!Contender.Acquired, "the contender waits for the holder");
    KeRaiseIrql(APC_LEVEL, (PKIRQL)&FastMutex.OldIrql);
    FastMutex.OldIrql = PASSIVE_LEVEL;
    ExReleaseFastMutex(&FastMutex);
    ok(Contender.Acquired, "the release hands it over");
    ok_eq_ulong(Contender.Irql, APC_LEVEL);
    ok_eq_ulong(FastMutex.Contention, 1);
    KeWaitForSingleObject(&Contender.Thread, Executive, KernelMode, FALSE, NULL);
    ok_eq_long(FastMutex.Count, 1);
}
