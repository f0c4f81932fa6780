/*++

Module Name:

    blconsole.c

Abstract:

    The loader's console: text formatted into a CHAR16 line and written with the firmware's Simple Text Output
    (ConOut), a line feed as CR LF as the text protocols expect. A failure of the loader is printed there and
    ends the run with ResetSystem(EfiResetShutdown, Status), which the machine turns into the run's status.

--*/

#include "blefi.h"

#define BL_PRINT_BUFFER 256

typedef struct _BL_PRINT_STATE {
    CHAR16 Buffer[BL_PRINT_BUFFER + 1];
    ULONG Length;
} BL_PRINT_STATE, *PBL_PRINT_STATE;

static
VOID
BlpFlush(
    IN OUT PBL_PRINT_STATE State
    )
{
    if (State->Length != 0) {
        State->Buffer[State->Length] = 0;
        BlSystemTable->ConOut->OutputString(BlSystemTable->ConOut, State->Buffer);
        State->Length = 0;
    }
}

static
VOID
BlpPut(
    IN OUT PBL_PRINT_STATE State,
    IN WCHAR Char
    )
{
    if (Char == L'\n') {
        BlpPut(State, L'\r');
    }
    if (State->Length == BL_PRINT_BUFFER) {
        BlpFlush(State);
    }
    State->Buffer[State->Length++] = Char;
}

static
VOID
BlpPutNumber(
    IN OUT PBL_PRINT_STATE State,
    IN ULONG Value,
    IN ULONG Base,
    IN ULONG Width,
    IN WCHAR Pad
    )
{
    WCHAR Digits[12];
    ULONG Count = 0;

    do {
        Digits[Count++] = (WCHAR)L"0123456789ABCDEF"[Value % Base];
        Value /= Base;
    } while (Value != 0);
    while (Width > Count) {
        BlpPut(State, Pad);
        Width -= 1;
    }
    while (Count != 0) {
        BlpPut(State, Digits[--Count]);
    }
}

static
PCSTR
BlpStatusName(
    IN EFI_STATUS Status
    )
{
    switch (Status) {
    case EFI_SUCCESS: return "EFI_SUCCESS";
    case EFI_LOAD_ERROR: return "EFI_LOAD_ERROR";
    case EFI_INVALID_PARAMETER: return "EFI_INVALID_PARAMETER";
    case EFI_UNSUPPORTED: return "EFI_UNSUPPORTED";
    case EFI_BUFFER_TOO_SMALL: return "EFI_BUFFER_TOO_SMALL";
    case EFI_DEVICE_ERROR: return "EFI_DEVICE_ERROR";
    case EFI_OUT_OF_RESOURCES: return "EFI_OUT_OF_RESOURCES";
    case EFI_VOLUME_CORRUPTED: return "EFI_VOLUME_CORRUPTED";
    case EFI_NOT_FOUND: return "EFI_NOT_FOUND";
    case EFI_ACCESS_DENIED: return "EFI_ACCESS_DENIED";
    default: return NULL;
    }
}

VOID
BlPrint(
    IN PCSTR Format,
    ...
    )
{
    BL_PRINT_STATE State;
    va_list Arguments;
    PCSTR Text;
    PCWSTR Wide;
    ULONG Width;

    State.Length = 0;
    va_start(Arguments, Format);
    for (; *Format != '\0'; Format += 1) {
        if (*Format != '%') {
            BlpPut(&State, (WCHAR)(UCHAR)*Format);
            continue;
        }
        Format += 1;
        if (*Format == '\0') {
            break;
        }
        Width = 0;
        if (*Format == '0') {
            for (Format += 1; *Format >= '0' && *Format <= '9'; Format += 1) {
                Width = Width * 10 + (ULONG)(*Format - '0');
            }
        }
        switch (*Format) {
        case 's':
            for (Text = va_arg(Arguments, PCSTR); *Text != '\0'; Text += 1) {
                BlpPut(&State, (WCHAR)(UCHAR)*Text);
            }
            break;
        case 'w':
            Format += (Format[1] == 's');
            for (Wide = va_arg(Arguments, PCWSTR); *Wide != 0; Wide += 1) {
                BlpPut(&State, *Wide);
            }
            break;
        case 'u':
            BlpPutNumber(&State, va_arg(Arguments, ULONG), 10, Width, L'0');
            break;
        case 'x':
            BlpPutNumber(&State, va_arg(Arguments, ULONG), 16, Width, L'0');
            break;
        case 'r':
            Width = va_arg(Arguments, EFI_STATUS);
            Text = BlpStatusName(Width);
            for (Text = Text != NULL ? Text : "EFI_STATUS 0x"; *Text != '\0'; Text += 1) {
                BlpPut(&State, (WCHAR)(UCHAR)*Text);
            }
            if (BlpStatusName(Width) == NULL) {
                BlpPutNumber(&State, Width, 16, 8, L'0');
            }
            break;
        case '%':
            BlpPut(&State, L'%');
            break;
        default:
            BlpPut(&State, L'%');
            BlpPut(&State, (WCHAR)(UCHAR)*Format);
            break;
        }
    }
    va_end(Arguments);
    BlpFlush(&State);
}

VOID
BlFail(
    IN EFI_STATUS Status
    )

/*++

Routine Description:

    Ends the boot: what failed was printed by the caller; the machine powers off with Status, which becomes the
    run's status (1 for an error).

--*/

{
    BlPrint("osloader: cannot boot (%r)\n", Status);
    BlSystemTable->RuntimeServices->ResetSystem(EfiResetShutdown, Status, 0, NULL);
    for (;;) {
        __halt();
    }
}
