/*++

Module Name:

    console.c

Abstract:

    The boot console: COM1, a 16550 UART, at 115200 baud, 8 data bits, no parity, one stop bit. Output waits
    for the transmit holding register to empty, as the 16550's datasheet describes.

--*/

#include "halp.h"

#define COM1_PORT 0x3F8
#define UART_THR 0              // transmit holding register (DLAB = 0)
#define UART_DLL 0              // divisor latch, low byte (DLAB = 1)
#define UART_IER 1              // interrupt enable (DLAB = 0)
#define UART_DLM 1              // divisor latch, high byte (DLAB = 1)
#define UART_FCR 2              // FIFO control
#define UART_LCR 3              // line control
#define UART_MCR 4              // modem control
#define UART_LSR 5              // line status

#define LCR_8N1 0x03
#define LCR_DLAB 0x80
#define FCR_ENABLE_CLEAR_TRANSMIT 0x05   // FIFOs on, transmit FIFO cleared, receive FIFO kept
#define MCR_DTR_RTS_OUT2 0x0B
#define LSR_THR_EMPTY 0x20
#define DIVISOR_115200 1        // 1.8432 MHz / (16 * 115200)

VOID
HalpInitializeConsole(
    VOID
    )
{
    __outbyte(COM1_PORT + UART_IER, 0);
    __outbyte(COM1_PORT + UART_LCR, LCR_DLAB);
    __outbyte(COM1_PORT + UART_DLL, DIVISOR_115200 & 0xFF);
    __outbyte(COM1_PORT + UART_DLM, DIVISOR_115200 >> 8);
    __outbyte(COM1_PORT + UART_LCR, LCR_8N1);
    //
    // What COM1 received while the firmware and the loader ran (as much as the receive FIFO holds) stays for the
    // serial driver. A FIFO turned on here, off before, starts empty, as the 16550's datasheet says.
    //

    __outbyte(COM1_PORT + UART_FCR, FCR_ENABLE_CLEAR_TRANSMIT);
    __outbyte(COM1_PORT + UART_MCR, MCR_DTR_RTS_OUT2);
}

static
VOID
HalpPutCharacter(
    IN CHAR Character
    )

/*++

Routine Description:

    Writes one character once the transmitter takes it. The serial driver may drive COM1 too, filling the FIFO
    from its interrupt when the transmitter empties: with interrupts off between seeing the transmitter empty and
    writing, the two never overfill the FIFO, and no character of either is lost.

--*/

{
    ULONG Flags = __readeflags();

    _disable();
    while ((__inbyte(COM1_PORT + UART_LSR) & LSR_THR_EMPTY) == 0) {
        NOTHING;
    }
    __outbyte(COM1_PORT + UART_THR, (UCHAR)Character);
    if ((Flags & EFLAGS_INTERRUPT) != 0) {
        _enable();
    }
}

VOID
NTAPI
HalDisplayString(
    IN PCSTR String
    )
{
    while (*String != '\0') {
        HalpPutCharacter(*String);
        String += 1;
    }
}
