/* efitest.h - printing for the firmware's test applications: ASCII text, numbers and statuses through
   ConOut->OutputString, so what an application prints is exactly what reaches COM1. */
#ifndef _EFITEST_H
#define _EFITEST_H

#include <efi.h>

static EFI_SYSTEM_TABLE *gST;
static EFI_BOOT_SERVICES *gBS;
static EFI_RUNTIME_SERVICES *gRT;

static void TestInit(EFI_SYSTEM_TABLE *SystemTable)
{
    gST = SystemTable;
    gBS = SystemTable->BootServices;
    gRT = SystemTable->RuntimeServices;
}

/* Prints ASCII text, "\n" as CR LF as a serial console wants it. */
static void Print(const char *Text)
{
    CHAR16 Buffer[128];
    UINTN Count = 0;
    while (*Text != 0) {
        if (*Text == '\n')
            Buffer[Count++] = L'\r';
        Buffer[Count++] = (CHAR16)(unsigned char)*Text++;
        if (Count >= 120) {
            Buffer[Count] = 0;
            gST->ConOut->OutputString(gST->ConOut, Buffer);
            Count = 0;
        }
    }
    Buffer[Count] = 0;
    gST->ConOut->OutputString(gST->ConOut, Buffer);
}

static void PrintDec(UINT64 Value)
{
    char Digits[24];
    int At = 23;
    Digits[At] = 0;
    do {
        Digits[--At] = (char)('0' + Value % 10);
        Value /= 10;
    } while (Value != 0);
    Print(&Digits[At]);
}

static void PrintHex(UINT64 Value, int Width)
{
    char Digits[20];
    int At = 19;
    Digits[At] = 0;
    do {
        Digits[--At] = "0123456789ABCDEF"[Value & 0xF];
        Value >>= 4;
        Width--;
    } while (Value != 0 || Width > 0);
    Print(&Digits[At]);
}

/* "Label: 0x8000000E\n". */
static void PrintStatus(const char *Label, EFI_STATUS Status)
{
    Print(Label);
    Print(": 0x");
    PrintHex(Status, 8);
    Print("\n");
}

static void PrintValue(const char *Label, UINT64 Value)
{
    Print(Label);
    Print(": ");
    PrintDec(Value);
    Print("\n");
}

static BOOLEAN SameGuid(const EFI_GUID *A, const EFI_GUID *B)
{
    const UINT8 *X = (const UINT8 *)A, *Y = (const UINT8 *)B;
    for (int i = 0; i < 16; i++)
        if (X[i] != Y[i])
            return FALSE;
    return TRUE;
}

#endif
