/*++

Module Name:

    port.c

Abstract:

    I/O port access, as the DDK's READ_PORT_* and WRITE_PORT_* routines: the port number is the address; and
    device registers in memory, READ_REGISTER_* and WRITE_REGISTER_*: one volatile access of the register's
    width each, which the machine sends to the device.

--*/

#include "halp.h"

UCHAR NTAPI READ_PORT_UCHAR(IN PUCHAR Port)
{
    return __inbyte((USHORT)(ULONG_PTR)Port);
}

USHORT NTAPI READ_PORT_USHORT(IN PUSHORT Port)
{
    return __inword((USHORT)(ULONG_PTR)Port);
}

ULONG NTAPI READ_PORT_ULONG(IN PULONG Port)
{
    return __indword((USHORT)(ULONG_PTR)Port);
}

VOID NTAPI WRITE_PORT_UCHAR(IN PUCHAR Port, IN UCHAR Value)
{
    __outbyte((USHORT)(ULONG_PTR)Port, Value);
}

VOID NTAPI WRITE_PORT_USHORT(IN PUSHORT Port, IN USHORT Value)
{
    __outword((USHORT)(ULONG_PTR)Port, Value);
}

VOID NTAPI WRITE_PORT_ULONG(IN PULONG Port, IN ULONG Value)
{
    __outdword((USHORT)(ULONG_PTR)Port, Value);
}

UCHAR NTAPI READ_REGISTER_UCHAR(IN PUCHAR Register)
{
    return *(volatile UCHAR *)Register;
}

USHORT NTAPI READ_REGISTER_USHORT(IN PUSHORT Register)
{
    return *(volatile USHORT *)Register;
}

ULONG NTAPI READ_REGISTER_ULONG(IN PULONG Register)
{
    return *(volatile ULONG *)Register;
}

VOID NTAPI WRITE_REGISTER_UCHAR(IN PUCHAR Register, IN UCHAR Value)
{
    *(volatile UCHAR *)Register = Value;
}

VOID NTAPI WRITE_REGISTER_USHORT(IN PUSHORT Register, IN USHORT Value)
{
    *(volatile USHORT *)Register = Value;
}

VOID NTAPI WRITE_REGISTER_ULONG(IN PULONG Register, IN ULONG Value)
{
    *(volatile ULONG *)Register = Value;
}
