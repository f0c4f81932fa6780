/*++

Module Name:

    serial.h

Abstract:

    The serial driver's shared definitions: the 16550's registers (as its datasheet names them) and the device
    extension. Everything the interrupt service routine touches is changed only at the interrupt's IRQL, inside
    KeSynchronizeExecution or the service routine itself; IRPs are completed by a DPC.

--*/

#ifndef _SERIAL_
#define _SERIAL_

#include <ntddk.h>
#include <ntddser.h>

#define SERIAL_COM1_PORT 0x3F8
#define SERIAL_COM1_IRQ 4

#define SERIAL_RBR 0            // receive buffer (read, DLAB = 0)
#define SERIAL_THR 0            // transmit holding register (write, DLAB = 0)
#define SERIAL_IER 1            // interrupt enable
#define SERIAL_IIR 2            // interrupt identification (read)
#define SERIAL_MCR 4            // modem control
#define SERIAL_LSR 5            // line status

#define SERIAL_IER_RDA 0x01     // received data available (and character time-out)
#define SERIAL_IER_THRE 0x02    // transmit holding register empty
#define SERIAL_IER_RLS 0x04     // receiver line status

#define SERIAL_IIR_NO_INTERRUPT 0x01
#define SERIAL_IIR_ID_MASK 0x0E
#define SERIAL_IIR_RLS 0x06
#define SERIAL_IIR_RDA 0x04
#define SERIAL_IIR_CTI 0x0C
#define SERIAL_IIR_THRE 0x02

#define SERIAL_MCR_DTR_RTS_OUT2 0x0B

#define SERIAL_LSR_DR 0x01      // data ready
#define SERIAL_LSR_OE 0x02      // overrun
#define SERIAL_LSR_THRE 0x20    // transmit holding register (FIFO) empty

#define SERIAL_FIFO_DEPTH 16
#define SERIAL_RING_SIZE 256

typedef struct _SERIAL_EXTENSION {
    PDEVICE_OBJECT DeviceObject;
    PUCHAR Port;
    PKINTERRUPT Interrupt;
    KDPC CompletionDpc;             // completes what the service routine finished
    KTIMER ReadTimer;               // the head read's total time-out
    KDPC ReadTimerDpc;
    ULONG TimedSequence;            // the read the timer was set for (at or below DISPATCH_LEVEL)
    SERIAL_TIMEOUTS Timeouts;

    //
    // At the interrupt's IRQL only.
    //

    UCHAR Ring[SERIAL_RING_SIZE];   // received and not yet read
    ULONG RingStart;
    ULONG RingCount;
    ULONG Overruns;                 // bytes lost: the ring was full, or the UART overran
    LIST_ENTRY ReadQueue;           // the head is being filled
    ULONG ReadDone;                 // bytes of the head read filled
    ULONG ReadSequence;             // which read the timer is for
    LIST_ENTRY WriteQueue;          // the head is being sent
    ULONG WriteDone;                // bytes of the head write handed to the FIFO
    LIST_ENTRY Finished;            // IRPs to complete, Status and Information set
} SERIAL_EXTENSION, *PSERIAL_EXTENSION;

//
// A read with these time-outs returns at once with what has arrived (interval MAXULONG, both totals zero).
//

FORCEINLINE
BOOLEAN
SerialReadsReturnAtOnce(
    IN PSERIAL_TIMEOUTS Timeouts
    )
{
    return (BOOLEAN)(Timeouts->ReadIntervalTimeout == MAXULONG && Timeouts->ReadTotalTimeoutMultiplier == 0 &&
                     Timeouts->ReadTotalTimeoutConstant == 0);
}

BOOLEAN NTAPI SerialInterruptService(IN PKINTERRUPT Interrupt, IN PVOID Context);
VOID NTAPI SerialCompletionDpc(IN PKDPC Dpc, IN PVOID Context, IN PVOID Argument1, IN PVOID Argument2);
VOID NTAPI SerialReadTimeoutDpc(IN PKDPC Dpc, IN PVOID Context, IN PVOID Argument1, IN PVOID Argument2);
NTSTATUS SerialStartTransfer(IN PSERIAL_EXTENSION Extension, IN PIRP Irp);
VOID SerialCancelQueued(IN PSERIAL_EXTENSION Extension);

#endif // _SERIAL_
