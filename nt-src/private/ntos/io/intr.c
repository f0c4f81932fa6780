/*++

Module Name:

    intr.c

Abstract:

    Interrupt objects for drivers: IoConnectInterrupt allocates, initialises and connects one, with a spin lock
    of its own unless the driver shares one; IoDisconnectInterrupt undoes it.

--*/

#include <io.h>

#define IOP_INTERRUPT_TAG 'tnIo'

//
// What IoConnectInterrupt allocates: the object and the spin lock it uses when the driver gives none.
//

typedef struct _IOP_INTERRUPT {
    KINTERRUPT Interrupt;
    KSPIN_LOCK SpinLock;
} IOP_INTERRUPT, *PIOP_INTERRUPT;

NTSTATUS
NTAPI
IoConnectInterrupt(
    OUT PKINTERRUPT *InterruptObject,
    IN PKSERVICE_ROUTINE ServiceRoutine,
    IN PVOID ServiceContext,
    IN PKSPIN_LOCK SpinLock OPTIONAL,
    IN ULONG Vector,
    IN KIRQL Irql,
    IN KIRQL SynchronizeIrql,
    IN KINTERRUPT_MODE InterruptMode,
    IN BOOLEAN ShareVector,
    IN KAFFINITY ProcessorEnableMask,
    IN BOOLEAN FloatingSave
    )

/*++

Routine Description:

    Connects a driver's interrupt service routine to a vector (HalGetInterruptVector's) on the one processor.

Return Value:

    STATUS_SUCCESS; STATUS_INVALID_PARAMETER for no processor in the mask, a synchronize IRQL below the
    interrupt's, or a vector that cannot be connected (another driver's that is not shared, or not the
    interrupt controller's); STATUS_INSUFFICIENT_RESOURCES.

--*/

{
    PIOP_INTERRUPT Allocated;

    PAGED_CODE();

    *InterruptObject = NULL;
    if ((ProcessorEnableMask & 1) == 0 || SynchronizeIrql < Irql || ServiceRoutine == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Allocated = ExAllocatePoolWithTag(NonPagedPool, sizeof(IOP_INTERRUPT), IOP_INTERRUPT_TAG);
    if (Allocated == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeSpinLock(&Allocated->SpinLock);
    KeInitializeInterrupt(&Allocated->Interrupt, ServiceRoutine, ServiceContext,
                          ARGUMENT_PRESENT(SpinLock) ? SpinLock : &Allocated->SpinLock, Vector, Irql, SynchronizeIrql,
                          InterruptMode, ShareVector, 0, FloatingSave);
    if (!KeConnectInterrupt(&Allocated->Interrupt)) {
        ExFreePoolWithTag(Allocated, IOP_INTERRUPT_TAG);
        return STATUS_INVALID_PARAMETER;
    }
    *InterruptObject = &Allocated->Interrupt;
    return STATUS_SUCCESS;
}

VOID
NTAPI
IoDisconnectInterrupt(
    IN PKINTERRUPT InterruptObject
    )
{
    PIOP_INTERRUPT Allocated = CONTAINING_RECORD(InterruptObject, IOP_INTERRUPT, Interrupt);

    PAGED_CODE();

    KeDisconnectInterrupt(InterruptObject);
    ExFreePoolWithTag(Allocated, IOP_INTERRUPT_TAG);
}
