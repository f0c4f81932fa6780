/*++

Module Name:

    pic.c

Abstract:

    The interrupt controller: the 8259A pair, cascaded on IRQ 2, IRQ 0-7 at vectors 0x30-0x37 and IRQ 8-15 at
    0x38-0x3F (PRIMARY_VECTOR_BASE). IRQL is kept in software and enforced through the PICs' masks: at IRQL L
    every IRQ whose IRQL is at most L is masked. IRQ 0, the clock, is at CLOCK2_LEVEL; IRQ n (n >= 1) is at
    PROFILE_LEVEL - n, so a lower IRQ number is a higher IRQL, as the 8259A's fixed priorities order them.

--*/

#include "halp.h"

#define PIC1_COMMAND 0x20
#define PIC1_DATA 0x21
#define PIC2_COMMAND 0xA0
#define PIC2_DATA 0xA1
#define ELCR1 0x4D0
#define ELCR2 0x4D1

#define ICW1_EDGE_CASCADE_ICW4 0x11
#define ICW3_SLAVE_ON_IRQ2 0x04
#define ICW3_SLAVE_IDENTITY 0x02
#define ICW4_8086 0x01
#define OCW2_SPECIFIC_EOI 0x60
#define OCW3_READ_ISR 0x0B

#define CASCADE_IRQ 2
#define IRQ_COUNT 16

static BOOLEAN HalpPicReady;
static USHORT HalpEnabledIrqs;
static ULONG HalpProgrammedMask = MAXULONG;    // the masks last written (master in the low byte); none yet
static USHORT HalpLevelIrqs;
static USHORT HalpIrqlMasks[HIGH_LEVEL + 1];   // the PIC mask (master in the low byte) at each IRQL

static VOID HalpComputeIrqlMasks(VOID);

KIRQL
HalpIrqlOfIrq(
    IN ULONG Irq
    )
{
    return (KIRQL)(Irq == 0 ? CLOCK2_LEVEL : PROFILE_LEVEL - Irq);
}

VOID
HalpInitializePic(
    VOID
    )
{
    __outbyte(PIC1_COMMAND, ICW1_EDGE_CASCADE_ICW4);
    __outbyte(PIC1_DATA, PRIMARY_VECTOR_BASE);
    __outbyte(PIC1_DATA, ICW3_SLAVE_ON_IRQ2);
    __outbyte(PIC1_DATA, ICW4_8086);
    __outbyte(PIC2_COMMAND, ICW1_EDGE_CASCADE_ICW4);
    __outbyte(PIC2_DATA, PRIMARY_VECTOR_BASE + 8);
    __outbyte(PIC2_DATA, ICW3_SLAVE_IDENTITY);
    __outbyte(PIC2_DATA, ICW4_8086);
    HalpEnabledIrqs = 1 << CASCADE_IRQ;
    HalpComputeIrqlMasks();
    HalpPicReady = TRUE;
    HalpUpdatePicMasks(KeGetCurrentIrql());
}

static
VOID
HalpComputeIrqlMasks(
    VOID
    )

/*++

Routine Description:

    The PIC mask of every IRQL, for the IRQs enabled now: an IRQ passes when it is enabled and its IRQL is above
    the IRQL. The cascade line stays open so that the slave's requests reach the master. Every IRQL change needs
    its mask, and IRQs are enabled rarely, so the masks are computed here once per change of the enabled set.

--*/

{
    USHORT Open;
    ULONG Irql;
    ULONG Irq;

    for (Irql = 0; Irql <= HIGH_LEVEL; Irql += 1) {
        Open = 1 << CASCADE_IRQ;
        for (Irq = 0; Irq < IRQ_COUNT; Irq += 1) {
            if (Irq != CASCADE_IRQ && (HalpEnabledIrqs & (1 << Irq)) != 0 && HalpIrqlOfIrq(Irq) > Irql) {
                Open |= (USHORT)(1 << Irq);
            }
        }
        HalpIrqlMasks[Irql] = (USHORT)~Open;
    }
}

VOID
HalpUpdatePicMasks(
    IN KIRQL Irql
    )

/*++

Routine Description:

    Programs both PICs' masks for an IRQL. Every IRQL change comes here, so a PIC whose mask does not change is
    not written.

--*/

{
    USHORT Mask;

    if (!HalpPicReady) {
        return;
    }
    Mask = HalpIrqlMasks[Irql];
    if ((HalpProgrammedMask & 0xFF) != (Mask & 0xFF) || HalpProgrammedMask == MAXULONG) {
        __outbyte(PIC1_DATA, (UCHAR)Mask);
    }
    if ((HalpProgrammedMask >> 8 & 0xFF) != (ULONG)(Mask >> 8) || HalpProgrammedMask == MAXULONG) {
        __outbyte(PIC2_DATA, (UCHAR)(Mask >> 8));
    }
    HalpProgrammedMask = Mask;
}

ULONG
NTAPI
HalGetInterruptVector(
    IN INTERFACE_TYPE InterfaceType,
    IN ULONG BusNumber,
    IN ULONG BusInterruptLevel,
    IN ULONG BusInterruptVector,
    OUT PKIRQL Irql,
    OUT PKAFFINITY Affinity
    )

/*++

Routine Description:

    Translates a bus interrupt to the system vector and IRQL a driver connects to: on the ISA bus and on PCI bus 0
    (whose functions' Interrupt Line holds the ISA IRQ their pin is routed to) the level is an IRQ of the 8259A
    pair. The vector on the bus is not used: the PIC decides the vector.

Return Value:

    The vector, with *Irql and *Affinity (the one processor); 0 for a bus or level this machine does not have.

--*/

{
    UNREFERENCED_PARAMETER(BusInterruptVector);

    *Irql = 0;
    *Affinity = 0;
    if ((InterfaceType != Isa && InterfaceType != PCIBus) || BusNumber != 0 || BusInterruptLevel >= IRQ_COUNT ||
        BusInterruptLevel == CASCADE_IRQ) {
        return 0;
    }
    *Irql = HalpIrqlOfIrq(BusInterruptLevel);
    *Affinity = 1;
    return PRIMARY_VECTOR_BASE + BusInterruptLevel;
}

BOOLEAN
HalpIrqlChangesPicMasks(
    IN KIRQL Irql
    )

/*++

Routine Description:

    Whether moving to Irql must reprogram a PIC. Changes among the software levels (PASSIVE_LEVEL to
    DISPATCH_LEVEL) never do, since every IRQ's IRQL is above them.

--*/

{
    return (BOOLEAN)(HalpPicReady && (HalpProgrammedMask == MAXULONG || HalpIrqlMasks[Irql] != (USHORT)HalpProgrammedMask));
}

static
BOOLEAN
HalpIrqOfVector(
    IN ULONG Vector,
    OUT PULONG Irq
    )
{
    if (Vector < PRIMARY_VECTOR_BASE || Vector >= PRIMARY_VECTOR_BASE + IRQ_COUNT || Vector == PRIMARY_VECTOR_BASE + CASCADE_IRQ) {
        return FALSE;
    }
    *Irq = Vector - PRIMARY_VECTOR_BASE;
    return TRUE;
}

BOOLEAN
NTAPI
HalEnableSystemInterrupt(
    IN ULONG Vector,
    IN KIRQL Irql,
    IN KINTERRUPT_MODE InterruptMode
    )

/*++

Routine Description:

    Lets an interrupt through the PIC: the vector must be an IRQ's and Irql that IRQ's IRQL. A level-sensitive
    IRQ is marked so in the edge/level control registers.

Return Value:

    TRUE when the interrupt is enabled; FALSE for a vector or IRQL that is not the PIC's.

--*/

{
    ULONG Irq;

    if (!HalpIrqOfVector(Vector, &Irq) || HalpIrqlOfIrq(Irq) != Irql) {
        return FALSE;
    }
    if (InterruptMode == LevelSensitive) {
        HalpLevelIrqs |= (USHORT)(1 << Irq);
    } else {
        HalpLevelIrqs &= (USHORT)~(1 << Irq);
    }
    __outbyte(ELCR1, (UCHAR)HalpLevelIrqs);
    __outbyte(ELCR2, (UCHAR)(HalpLevelIrqs >> 8));
    HalpEnabledIrqs |= (USHORT)(1 << Irq);
    HalpComputeIrqlMasks();
    HalpUpdatePicMasks(KeGetCurrentIrql());
    return TRUE;
}

VOID
NTAPI
HalDisableSystemInterrupt(
    IN ULONG Vector,
    IN KIRQL Irql
    )
{
    ULONG Irq;

    UNREFERENCED_PARAMETER(Irql);

    if (HalpIrqOfVector(Vector, &Irq)) {
        HalpEnabledIrqs &= (USHORT)~(1 << Irq);
        HalpComputeIrqlMasks();
        HalpUpdatePicMasks(KeGetCurrentIrql());
    }
}

BOOLEAN
NTAPI
HalBeginSystemInterrupt(
    IN KIRQL Irql,
    IN ULONG Vector,
    OUT PKIRQL OldIrql
    )

/*++

Routine Description:

    Called by the kernel's dispatcher when an interrupt arrives: raises the IRQL to the interrupt's (masking it
    and everything at or below it), acknowledges the PIC and enables interrupts, so that higher IRQLs nest.

Return Value:

    FALSE for a spurious interrupt (IRQ 7 or 15 whose in-service bit is clear), which is then not serviced.

--*/

{
    ULONG Irq;
    UCHAR InService;

    if (!HalpIrqOfVector(Vector, &Irq)) {
        return FALSE;
    }
    if ((Irq & 7) == 7) {
        __outbyte(Irq < 8 ? PIC1_COMMAND : PIC2_COMMAND, OCW3_READ_ISR);
        InService = __inbyte(Irq < 8 ? PIC1_COMMAND : PIC2_COMMAND);
        if ((InService & 0x80) == 0) {
            if (Irq >= 8) {
                __outbyte(PIC1_COMMAND, OCW2_SPECIFIC_EOI | CASCADE_IRQ);
            }
            return FALSE;
        }
    }
    *OldIrql = KfRaiseIrql(Irql);
    if (Irq >= 8) {
        __outbyte(PIC2_COMMAND, (UCHAR)(OCW2_SPECIFIC_EOI | (Irq - 8)));
        __outbyte(PIC1_COMMAND, OCW2_SPECIFIC_EOI | CASCADE_IRQ);
    } else {
        __outbyte(PIC1_COMMAND, (UCHAR)(OCW2_SPECIFIC_EOI | Irq));
    }
    _enable();
    return TRUE;
}

VOID
NTAPI
HalEndSystemInterrupt(
    IN KIRQL OldIrql,
    IN ULONG Vector
    )
{
    UNREFERENCED_PARAMETER(Vector);

    _disable();
    KfLowerIrql(OldIrql);
}
