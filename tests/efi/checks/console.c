/* console.c - Simple Text Output and Input (UEFI 2.10, 12.3-12.4): text reaches the console as written, mode 0 is
   80 x 25, an unknown mode and a key that was never typed get their statuses. */
#include "../lib/efitest.h"

VOID TestConsole(VOID)
{
    EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL *Out = gST->ConOut;
    EFI_INPUT_KEY Key;
    UINTN Columns = 0, Rows = 0;

    /* The host looks for this exact line on the serial port. */
    CheckStatus(Out->OutputString(Out, L"text: The quick brown fox jumps over the lazy dog. 0123456789\r\n"), EFI_SUCCESS,
        L"OutputString");
    CheckStatus(Out->TestString(Out, L"plain ASCII"), EFI_SUCCESS, L"TestString of plain ASCII");
    Check(Out->Mode != NULL && Out->Mode->MaxMode >= 1, L"Mode->MaxMode is at least 1");
    Check(Out->Mode != NULL && Out->Mode->Mode >= 0 && Out->Mode->Mode < Out->Mode->MaxMode, L"Mode->Mode is a valid mode");
    CheckStatus(Out->QueryMode(Out, 0, &Columns, &Rows), EFI_SUCCESS, L"QueryMode(0)");
    Check(Columns == 80 && Rows == 25, L"  mode 0 is 80 x 25");
    CheckStatus(Out->QueryMode(Out, (UINTN)Out->Mode->MaxMode, &Columns, &Rows), EFI_UNSUPPORTED,
        L"QueryMode(MaxMode)");
    CheckStatus(gST->ConIn->ReadKeyStroke(gST->ConIn, &Key), EFI_NOT_READY, L"ReadKeyStroke with no key typed");
}
