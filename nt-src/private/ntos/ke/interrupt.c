/*++

Module Name:

    interrupt.c

Abstract:

    The interrupt descriptor table and interrupt objects. Every vector the interrupt controller delivers
    (PRIMARY_VECTOR_BASE onwards) reaches KiInterruptDispatch through an interrupt gate; it asks the HAL to
    raise the IRQL and acknowledge, calls the service routines connected to the vector until one claims the
    interrupt, and lowers the IRQL again. A page fault reaches KiPageFault (trap.c) through a trap gate.
    Processor exceptions that no __except handled reach KiTrapDispatch, which bug-checks: a faulting access
    cannot be retried.

--*/

#include <ntos.h>
#include <machine.h>

#define IDT_ENTRIES 256
#define INTERRUPT_GATE 0x8E
#define TRAP_GATE 0x8F                  // leaves IF as it was: a page fault is taken with interrupts on
#define KERNEL_CODE_SELECTOR 0x08
#define EXCEPTION_VECTORS 32
#define PAGE_FAULT_VECTOR 14
#define INTERRUPT_VECTORS 16
#define INTERRUPT_OBJECT_TYPE 22

typedef struct _KIDTENTRY {
    USHORT Offset;
    USHORT Selector;
    UCHAR Reserved;
    UCHAR Access;
    USHORT ExtendedOffset;
} KIDTENTRY, *PKIDTENTRY;

#pragma pack(push, 1)
typedef struct _KDESCRIPTOR {
    USHORT Limit;
    ULONG Base;
} KDESCRIPTOR;
#pragma pack(pop)

static KIDTENTRY KiIdt[IDT_ENTRIES];
static LIST_ENTRY KiInterruptLists[INTERRUPT_VECTORS];

static
VOID
KiSetGate(
    IN ULONG Vector,
    IN VOID (*Handler)(MACHINE_TRAP_FRAME *Frame),
    IN UCHAR Access
    )
{
    ULONG_PTR Offset = (ULONG_PTR)Handler;

    KiIdt[Vector].Offset = (USHORT)Offset;
    KiIdt[Vector].Selector = KERNEL_CODE_SELECTOR;
    KiIdt[Vector].Reserved = 0;
    KiIdt[Vector].Access = Access;
    KiIdt[Vector].ExtendedOffset = (USHORT)(Offset >> 16);
}

/*++

Routine Description:

    A processor exception no __except handled. KMODE_EXCEPTION_NOT_HANDLED's parameters are the exception code
    and address, as for an unhandled exception raised by software; a double fault (and any vector without an
    exception code) is UNEXPECTED_KERNEL_MODE_TRAP with the vector.

--*/

static
VOID
KiTrapDispatch(
    IN MACHINE_TRAP_FRAME *Frame
    )
{
    NTSTATUS Code;

    switch (Frame->Vector) {
    case 0:
        Code = STATUS_INTEGER_DIVIDE_BY_ZERO;
        break;
    case 3:
        Code = STATUS_BREAKPOINT;
        break;
    case 6:
        Code = STATUS_ILLEGAL_INSTRUCTION;
        break;
    case 13:
        Code = STATUS_PRIVILEGED_INSTRUCTION;
        break;
    default:
        KeBugCheckEx(UNEXPECTED_KERNEL_MODE_TRAP, Frame->Vector, Frame->ErrorCode, Frame->Eip, 0);
    }
    KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)Code, Frame->Eip, Frame->ErrorCode, 0);
}

static
VOID
KiUnexpectedInterrupt(
    IN MACHINE_TRAP_FRAME *Frame
    )
{
    DbgPrint("KE: unexpected interrupt on vector 0x%02lx\n", Frame->Vector);
}

static
VOID
KiInterruptDispatch(
    IN MACHINE_TRAP_FRAME *Frame
    )
{
    PLIST_ENTRY Head = &KiInterruptLists[Frame->Vector - PRIMARY_VECTOR_BASE];
    PLIST_ENTRY Entry;
    PKINTERRUPT Interrupt;
    KIRQL OldIrql;

    if (IsListEmpty(Head)) {
        KiUnexpectedInterrupt(Frame);
        return;
    }
    Interrupt = CONTAINING_RECORD(Head->Flink, KINTERRUPT, InterruptListEntry);
    if (!HalBeginSystemInterrupt(Interrupt->Irql, Frame->Vector, &OldIrql)) {
        return;
    }
    for (Entry = Head->Flink; Entry != Head; Entry = Entry->Flink) {
        Interrupt = CONTAINING_RECORD(Entry, KINTERRUPT, InterruptListEntry);
        if (Interrupt->ServiceRoutine(Interrupt, Interrupt->ServiceContext)) {
            break;
        }
    }
    HalEndSystemInterrupt(OldIrql, Frame->Vector);
}

VOID
KiInitializeInterrupts(
    VOID
    )

/*++

Routine Description:

    Builds the IDT and loads it: exceptions bug-check, the interrupt controller's vectors dispatch to
    interrupt objects, everything else is an unexpected interrupt. Interrupts stay disabled.

--*/

{
    KDESCRIPTOR Idtr;
    ULONG Vector;

    for (Vector = 0; Vector < IDT_ENTRIES; Vector += 1) {
        if (Vector == PAGE_FAULT_VECTOR) {
            KiSetGate(Vector, KiPageFault, TRAP_GATE);
        } else if (Vector < EXCEPTION_VECTORS) {
            KiSetGate(Vector, KiTrapDispatch, INTERRUPT_GATE);
        } else if (Vector >= PRIMARY_VECTOR_BASE && Vector < PRIMARY_VECTOR_BASE + INTERRUPT_VECTORS) {
            KiSetGate(Vector, KiInterruptDispatch, INTERRUPT_GATE);
        } else {
            KiSetGate(Vector, KiUnexpectedInterrupt, INTERRUPT_GATE);
        }
    }
    for (Vector = 0; Vector < INTERRUPT_VECTORS; Vector += 1) {
        InitializeListHead(&KiInterruptLists[Vector]);
    }
    Idtr.Limit = sizeof(KiIdt) - 1;
    Idtr.Base = (ULONG)(ULONG_PTR)KiIdt;
    __lidt(&Idtr);
}

VOID
NTAPI
KeInitializeInterrupt(
    OUT PKINTERRUPT Interrupt,
    IN PKSERVICE_ROUTINE ServiceRoutine,
    IN PVOID ServiceContext,
    IN PKSPIN_LOCK SpinLock OPTIONAL,
    IN ULONG Vector,
    IN KIRQL Irql,
    IN KIRQL SynchronizeIrql,
    IN KINTERRUPT_MODE InterruptMode,
    IN BOOLEAN ShareVector,
    IN CHAR ProcessorNumber,
    IN BOOLEAN FloatingSave
    )
{
    UNREFERENCED_PARAMETER(ProcessorNumber);
    UNREFERENCED_PARAMETER(FloatingSave);

    RtlZeroMemory(Interrupt, sizeof(KINTERRUPT));
    Interrupt->Type = INTERRUPT_OBJECT_TYPE;
    Interrupt->Size = sizeof(KINTERRUPT);
    Interrupt->ServiceRoutine = ServiceRoutine;
    Interrupt->ServiceContext = ServiceContext;
    Interrupt->ActualLock = SpinLock;
    Interrupt->Vector = Vector;
    Interrupt->Irql = Irql;
    Interrupt->SynchronizeIrql = SynchronizeIrql;
    Interrupt->Mode = InterruptMode;
    Interrupt->ShareVector = ShareVector;
    Interrupt->Connected = FALSE;
}

BOOLEAN
NTAPI
KeConnectInterrupt(
    IN PKINTERRUPT Interrupt
    )

/*++

Routine Description:

    Connects an initialised interrupt object to its vector and enables the interrupt at the HAL.

Return Value:

    FALSE when the object is connected already, the vector is not the interrupt controller's, the HAL does not
    accept the IRQL, or the vector has an object that does not share it (or this one does not), or one of
    another IRQL or mode.

--*/

{
    PLIST_ENTRY Head;
    PKINTERRUPT Other;
    KIRQL OldIrql;
    BOOLEAN Connected = FALSE;

    if (Interrupt->Connected || Interrupt->Vector < PRIMARY_VECTOR_BASE || Interrupt->Vector >= PRIMARY_VECTOR_BASE + INTERRUPT_VECTORS) {
        return FALSE;
    }
    Head = &KiInterruptLists[Interrupt->Vector - PRIMARY_VECTOR_BASE];
    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    if (IsListEmpty(Head)) {
        if (HalEnableSystemInterrupt(Interrupt->Vector, Interrupt->Irql, Interrupt->Mode)) {
            InsertTailList(Head, &Interrupt->InterruptListEntry);
            Connected = TRUE;
        }
    } else {
        Other = CONTAINING_RECORD(Head->Flink, KINTERRUPT, InterruptListEntry);
        if (Interrupt->ShareVector && Other->ShareVector && Interrupt->Irql == Other->Irql && Interrupt->Mode == Other->Mode) {
            InsertTailList(Head, &Interrupt->InterruptListEntry);
            Connected = TRUE;
        }
    }
    Interrupt->Connected = Connected;
    KeLowerIrql(OldIrql);
    return Connected;
}

BOOLEAN
NTAPI
KeDisconnectInterrupt(
    IN PKINTERRUPT Interrupt
    )

/*++

Return Value:

    FALSE when the object was not connected. The interrupt is disabled at the HAL when its last object goes.

--*/

{
    KIRQL OldIrql;

    if (!Interrupt->Connected) {
        return FALSE;
    }
    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    RemoveEntryList(&Interrupt->InterruptListEntry);
    if (IsListEmpty(&KiInterruptLists[Interrupt->Vector - PRIMARY_VECTOR_BASE])) {
        HalDisableSystemInterrupt(Interrupt->Vector, Interrupt->Irql);
    }
    Interrupt->Connected = FALSE;
    KeLowerIrql(OldIrql);
    return TRUE;
}

BOOLEAN
NTAPI
KeSynchronizeExecution(
    IN PKINTERRUPT Interrupt,
    IN PKSYNCHRONIZE_ROUTINE SynchronizeRoutine,
    IN PVOID SynchronizeContext OPTIONAL
    )

/*++

Routine Description:

    Runs a routine that shares data with an interrupt service routine: at the interrupt's synchronize IRQL (at
    least the interrupt's own, so on this one processor the service routine cannot run meanwhile) and holding
    its spin lock if it has one.

Return Value:

    What the routine returned.

--*/

{
    KIRQL OldIrql;
    BOOLEAN Result;

    KeRaiseIrql(Interrupt->SynchronizeIrql, &OldIrql);
    if (Interrupt->ActualLock != NULL) {
        KeAcquireSpinLockAtDpcLevel(Interrupt->ActualLock);
    }
    Result = SynchronizeRoutine(SynchronizeContext);
    if (Interrupt->ActualLock != NULL) {
        KeReleaseSpinLockFromDpcLevel(Interrupt->ActualLock);
    }
    KeLowerIrql(OldIrql);
    return Result;
}
