/*
 * The consoles on COM1: OutputString's bytes (CR LF from the text, '?' for what a PC-ANSI terminal cannot show),
 * the modes, the cursor and attribute controls (ConOut and StdErr keep their own attributes on one terminal),
 * keys read from COM1's input with WaitForKey and ReadKeyStroke. Up to the keys it prints what OVMF32 prints
 * (built natively with -DNO_KEYS it skips the keys and shuts down instead of its last step); it ends by calling
 * OutputString with ConIn as This, which the firmware refuses by stopping the machine.
 */
#include "efitest.h"

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL *Out = SystemTable->ConOut;
    EFI_SIMPLE_TEXT_INPUT_PROTOCOL *In = SystemTable->ConIn;
    UINTN Columns = 0, Rows = 0, Index;
    EFI_INPUT_KEY Key;
    EFI_STATUS Status;

    TestInit(SystemTable);
    Out->OutputString(Out, L"Hello, UEFI\r\n");
    PrintStatus("OutputString non-ASCII", Out->OutputString(Out, L"caf\x00e9 \x20ac\r\n"));
    PrintStatus("EnableCursor on", Out->EnableCursor(Out, TRUE));
    PrintStatus("SetAttribute same", Out->SetAttribute(Out, Out->Mode->Attribute));
    PrintStatus("SetMode 2", Out->SetMode(Out, 2));
    PrintStatus("SetMode 0", Out->SetMode(Out, 0));
    PrintValue("max mode", Out->Mode->MaxMode);
    PrintStatus("QueryMode 0", Out->QueryMode(Out, 0, &Columns, &Rows));
    PrintValue("columns", Columns);
    PrintValue("rows", Rows);
    Rows = 0;
    PrintStatus("QueryMode 1", Out->QueryMode(Out, 1, &Columns, &Rows));
    PrintValue("rows", Rows);
    PrintStatus("QueryMode 2", Out->QueryMode(Out, 2, &Columns, &Rows));
    PrintValue("columns", Columns);
    PrintValue("rows", Rows);
    PrintStatus("TestString", Out->TestString(Out, L"plain"));
    Status = Out->SetCursorPosition(Out, 5, 2);
    INT32 Column = Out->Mode->CursorColumn, Row = Out->Mode->CursorRow;
    PrintStatus("SetCursorPosition", Status);
    PrintValue("cursor column", Column);
    PrintValue("cursor row", Row);
    PrintStatus("SetCursorPosition beyond the screen", Out->SetCursorPosition(Out, 80, 0));
    PrintStatus("SetAttribute", Out->SetAttribute(Out, EFI_TEXT_ATTR(EFI_YELLOW, EFI_BLUE)));
    PrintValue("attribute", Out->Mode->Attribute);
    Status = Out->ClearScreen(Out);
    Column = Out->Mode->CursorColumn;
    Row = Out->Mode->CursorRow;
    PrintStatus("ClearScreen", Status);
    PrintValue("cursor column after clearing", Column);
    PrintValue("cursor row after clearing", Row);
    PrintStatus("EnableCursor off", Out->EnableCursor(Out, FALSE));
    PrintStatus("StdErr's OutputString", gST->StdErr->OutputString(gST->StdErr, L"on the error console\r\n"));

#ifndef NO_KEYS
    /* Keys: "a", Enter, Backspace, Up, Escape, from COM1's input. */
    for (int i = 0; i < 5; i++) {
        PrintStatus("WaitForEvent key", gBS->WaitForEvent(1, &In->WaitForKey, &Index));
        PrintStatus("ReadKeyStroke", In->ReadKeyStroke(In, &Key));
        Print("scan ");
        PrintDec(Key.ScanCode);
        Print(" char ");
        PrintDec(Key.UnicodeChar);
        Print("\n");
    }
    PrintStatus("ReadKeyStroke with none", In->ReadKeyStroke(In, &Key));
    PrintStatus("CheckEvent WaitForKey", gBS->CheckEvent(In->WaitForKey));
#endif
    PrintStatus("Reset", Out->Reset(Out, FALSE));

#ifdef NO_KEYS
    gRT->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
#endif
    Out->OutputString((EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL *)In, L"never printed");
    return EFI_SUCCESS;
}
