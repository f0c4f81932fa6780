/*++

Module Name:

    debug.c

Abstract:

    DbgPrint: formatted debug output, written to the HAL's boot console.

--*/

#include <ntos.h>

#define DBG_PRINT_BUFFER_SIZE 512

ULONG
__cdecl
DbgPrint(
    IN PCSTR Format,
    ...
    )

/*++

Routine Description:

    Formats its arguments as _vsnprintf does and writes the text to the console. Text beyond the buffer is
    cut off.

Return Value:

    STATUS_SUCCESS.

--*/

{
    CHAR Buffer[DBG_PRINT_BUFFER_SIZE];
    va_list Arguments;

    va_start(Arguments, Format);
    if (_vsnprintf(Buffer, sizeof(Buffer) - 1, Format, Arguments) < 0) {
        Buffer[sizeof(Buffer) - 1] = '\0';
    }
    va_end(Arguments);
    Buffer[sizeof(Buffer) - 1] = '\0';
    HalDisplayString(Buffer);
    return STATUS_SUCCESS;
}
