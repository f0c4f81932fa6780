/*++

Module Name:

    timer.c

Abstract:

    Device timers (IoInitializeTimer, IoStartTimer, IoStopTimer): a routine of a device called about once a
    second at DISPATCH_LEVEL while its timer is started. All of them share one periodic kernel timer and its
    DPC, which runs only while at least one device timer is started.

--*/

#include <io.h>

#define IOP_TIMER_PERIOD_MS 1000

static LIST_ENTRY IopTimerQueueHead;
static KSPIN_LOCK IopTimerLock;
static ULONG IopTimersStarted;
static KTIMER IopTimer;
static KDPC IopTimerDpc;

static
VOID
NTAPI
IopTimerDispatch(
    IN PKDPC Dpc,
    IN PVOID DeferredContext,
    IN PVOID SystemArgument1,
    IN PVOID SystemArgument2
    )

/*++

Routine Description:

    The shared timer's DPC: calls the routine of every started device timer. A routine may start or stop
    timers (its own too), so the lock is not held while it runs and the walk restarts from where it was,
    which stays in the list (a timer is only removed by IoDeleteDevice, at PASSIVE_LEVEL).

--*/

{
    PLIST_ENTRY Entry;
    PIO_TIMER Timer;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeAcquireSpinLockAtDpcLevel(&IopTimerLock);
    for (Entry = IopTimerQueueHead.Flink; Entry != &IopTimerQueueHead; Entry = Entry->Flink) {
        Timer = CONTAINING_RECORD(Entry, IO_TIMER, TimerList);
        if (Timer->TimerFlag != 0) {
            KeReleaseSpinLockFromDpcLevel(&IopTimerLock);
            Timer->TimerRoutine(Timer->DeviceObject, Timer->Context);
            KeAcquireSpinLockAtDpcLevel(&IopTimerLock);
        }
    }
    KeReleaseSpinLockFromDpcLevel(&IopTimerLock);
}

VOID
IopInitializeTimers(
    VOID
    )
{
    InitializeListHead(&IopTimerQueueHead);
    KeInitializeSpinLock(&IopTimerLock);
    IopTimersStarted = 0;
    KeInitializeTimerEx(&IopTimer, NotificationTimer);
    KeInitializeDpc(&IopTimerDpc, IopTimerDispatch, NULL);
}

NTSTATUS
NTAPI
IoInitializeTimer(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIO_TIMER_ROUTINE TimerRoutine,
    IN PVOID Context OPTIONAL
    )

/*++

Routine Description:

    Gives a device its timer (stopped), or sets a new routine and context for the one it has.

Return Value:

    STATUS_INSUFFICIENT_RESOURCES when there is no pool for it.

--*/

{
    PIO_TIMER Timer = DeviceObject->Timer;
    KIRQL OldIrql;

    PAGED_CODE();

    if (Timer == NULL) {
        Timer = ExAllocatePoolWithTag(NonPagedPool, sizeof(IO_TIMER), IOP_TIMER_TAG);
        if (Timer == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlZeroMemory(Timer, sizeof(IO_TIMER));
        Timer->Type = IO_TYPE_TIMER;
        Timer->DeviceObject = DeviceObject;
        KeAcquireSpinLock(&IopTimerLock, &OldIrql);
        InsertTailList(&IopTimerQueueHead, &Timer->TimerList);
        KeReleaseSpinLock(&IopTimerLock, OldIrql);
        DeviceObject->Timer = Timer;
    }
    KeAcquireSpinLock(&IopTimerLock, &OldIrql);
    Timer->TimerRoutine = TimerRoutine;
    Timer->Context = Context;
    KeReleaseSpinLock(&IopTimerLock, OldIrql);
    return STATUS_SUCCESS;
}

VOID
NTAPI
IoStartTimer(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Starts a device's timer: its routine is called once a second from now on. Callable at DISPATCH_LEVEL or
    below.

--*/

{
    PIO_TIMER Timer = DeviceObject->Timer;
    LARGE_INTEGER DueTime;
    KIRQL OldIrql;

    ASSERT(Timer != NULL);
    KeAcquireSpinLock(&IopTimerLock, &OldIrql);
    if (Timer->TimerFlag == 0) {
        Timer->TimerFlag = 1;
        IopTimersStarted += 1;
        if (IopTimersStarted == 1) {
            DueTime.QuadPart = -(LONGLONG)IOP_TIMER_PERIOD_MS * 10000;
            KeSetTimerEx(&IopTimer, DueTime, IOP_TIMER_PERIOD_MS, &IopTimerDpc);
        }
    }
    KeReleaseSpinLock(&IopTimerLock, OldIrql);
}

VOID
NTAPI
IoStopTimer(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Stops a device's timer: its routine is not called again once this returns (a call running on this
    processor has finished, the caller being at DISPATCH_LEVEL or below). Callable at DISPATCH_LEVEL or below.

--*/

{
    PIO_TIMER Timer = DeviceObject->Timer;
    KIRQL OldIrql;

    ASSERT(Timer != NULL);
    KeAcquireSpinLock(&IopTimerLock, &OldIrql);
    if (Timer->TimerFlag != 0) {
        Timer->TimerFlag = 0;
        IopTimersStarted -= 1;
        if (IopTimersStarted == 0) {
            KeCancelTimer(&IopTimer);
        }
    }
    KeReleaseSpinLock(&IopTimerLock, OldIrql);
}

VOID
IopDeleteTimer(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    A device being deleted loses its timer, stopped first.

--*/

{
    PIO_TIMER Timer = DeviceObject->Timer;
    KIRQL OldIrql;

    IoStopTimer(DeviceObject);
    KeAcquireSpinLock(&IopTimerLock, &OldIrql);
    RemoveEntryList(&Timer->TimerList);
    DeviceObject->Timer = NULL;
    KeReleaseSpinLock(&IopTimerLock, OldIrql);
    ExFreePoolWithTag(Timer, IOP_TIMER_TAG);
}
