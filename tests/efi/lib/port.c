/* port.c - COM1's transmit register, for output once boot services (and with them ConOut) are gone: the
   application owns the hardware then. nt2cs translates the port intrinsic; the native build writes the port
   with an instruction, as a compiler's intrinsic would. */
#include "efitest.h"

#ifdef __NT2CS__
#include <intrin.h>
static UINT8 InByte(UINT16 Port) { return __inbyte(Port); }
static VOID OutByte(UINT16 Port, UINT8 Value) { __outbyte(Port, Value); }
#else
static UINT8 InByte(UINT16 Port)
{
    UINT8 Value;
    __asm__ volatile("inb %1, %0" : "=a"(Value) : "Nd"(Port));
    return Value;
}
static VOID OutByte(UINT16 Port, UINT8 Value)
{
    __asm__ volatile("outb %0, %1" : : "a"(Value), "Nd"(Port));
}
#endif

#define COM1 0x3F8
#define LINE_STATUS 5
#define TRANSMIT_HOLDING_EMPTY 0x20

VOID Com1Write(UINT8 Byte)
{
    UINTN Spins;
    for (Spins = 0; Spins < 1000000 && (InByte(COM1 + LINE_STATUS) & TRANSMIT_HOLDING_EMPTY) == 0; Spins++)
        ;
    OutByte(COM1, Byte);
}
