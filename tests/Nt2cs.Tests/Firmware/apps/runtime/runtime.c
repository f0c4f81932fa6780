/*
 * Runtime services: GetTime against the RTC (the host set it) and across a day's end, SetTime and its checks,
 * the wakeup timer (unsupported), variables (non-volatile, volatile, append, delete, enumeration, the attribute
 * rules, sizes), QueryVariableInfo, the high monotonic count; after ExitBootServices only runtime variables are
 * there. The non-volatile variable Boots counts the boots that kept the store: the first boot shuts down with
 * EFI_SUCCESS, the second with EFI_NOT_READY, the fourth with EFI_SUCCESS, any other resets the machine (cold).
 */
#include "efitest.h"

static EFI_GUID Vendor = { 0x7E57BEEF, 0x0001, 0x0002, { 'n', 't', '2', 'c', 's', 'v', 'a', 'r' } };

static void PrintTime(const char *Label, EFI_TIME *Time)
{
    Print(Label);
    Print(": ");
    PrintDec(Time->Year);
    Print("-");
    PrintDec(Time->Month);
    Print("-");
    PrintDec(Time->Day);
    Print(" ");
    PrintDec(Time->Hour);
    Print(":");
    PrintDec(Time->Minute);
    Print(":");
    PrintDec(Time->Second);
    Print(" zone 0x");
    PrintHex((UINT16)Time->TimeZone, 4);
    Print(" daylight ");
    PrintDec(Time->Daylight);
    Print("\n");
}

static EFI_STATUS Set(CHAR16 *Name, UINT32 Attributes, UINTN Size, VOID *Data)
{
    return gRT->SetVariable(Name, &Vendor, Attributes, Size, Data);
}

#define NV_BS_RT (EFI_VARIABLE_NON_VOLATILE | EFI_VARIABLE_BOOTSERVICE_ACCESS | EFI_VARIABLE_RUNTIME_ACCESS)
#define BS (EFI_VARIABLE_BOOTSERVICE_ACCESS)
#define BS_RT (EFI_VARIABLE_BOOTSERVICE_ACCESS | EFI_VARIABLE_RUNTIME_ACCESS)

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_TIME Time;
    EFI_TIME_CAPABILITIES Capabilities;
    UINT32 Attributes, Boots = 0, High;
    UINTN Size;
    UINT8 Data[64];
    CHAR16 Name[64];

    TestInit(SystemTable);

    /* Time. */
    PrintStatus("GetTime", gRT->GetTime(&Time, &Capabilities));
    PrintTime("RTC", &Time);
    PrintValue("resolution", Capabilities.Resolution);
    PrintStatus("GetTime NULL", gRT->GetTime(NULL, NULL));
    gBS->Stall(3000000);
    gRT->GetTime(&Time, NULL);
    PrintTime("3 s later", &Time);
    Time.Year = 2031; Time.Month = 12; Time.Day = 31; Time.Hour = 23; Time.Minute = 59; Time.Second = 59;
    Time.TimeZone = 60; Time.Daylight = EFI_TIME_ADJUST_DAYLIGHT;
    PrintStatus("SetTime", gRT->SetTime(&Time));
    gBS->Stall(2000000);
    gRT->GetTime(&Time, NULL);
    PrintTime("2 s after setting", &Time);
    Time.Month = 13;
    PrintStatus("SetTime month 13", gRT->SetTime(&Time));
    Time.Month = 2; Time.Day = 30;
    PrintStatus("SetTime February 30", gRT->SetTime(&Time));
    BOOLEAN Enabled, Pending;
    PrintStatus("GetWakeupTime", gRT->GetWakeupTime(&Enabled, &Pending, &Time));

    /* The boot counter in the store. */
    Size = sizeof(Boots);
    EFI_STATUS Status = gRT->GetVariable(L"Boots", &Vendor, &Attributes, &Size, &Boots);
    PrintStatus("GetVariable Boots", Status);
    PrintValue("previous boots", Boots);
    if (Status == EFI_SUCCESS)
        PrintValue("attributes of Boots", Attributes);
    Boots++;
    PrintStatus("SetVariable Boots", Set(L"Boots", NV_BS_RT, sizeof(Boots), &Boots));

    /* A volatile variable: sizes, attributes, append, the attribute rules. */
    PrintStatus("SetVariable Greeting", Set(L"Greeting", BS, 5, "hello"));
    Size = 2;
    PrintStatus("GetVariable too small", gRT->GetVariable(L"Greeting", &Vendor, &Attributes, &Size, Data));
    PrintValue("size needed", Size);
    PrintStatus("SetVariable append", Set(L"Greeting", BS | EFI_VARIABLE_APPEND_WRITE, 6, " world"));
    Size = sizeof(Data);
    PrintStatus("GetVariable", gRT->GetVariable(L"Greeting", &Vendor, &Attributes, &Size, Data));
    Data[Size] = 0;
    Print((char *)Data);
    Print("\n");
    PrintValue("attributes", Attributes);
    PrintStatus("SetVariable other attributes", Set(L"Greeting", BS_RT, 1, "x"));
    PrintStatus("SetVariable runtime without boot access", Set(L"Odd", EFI_VARIABLE_RUNTIME_ACCESS, 1, "x"));
    PrintStatus("SetVariable empty name", Set(L"", BS, 1, "x"));
    PrintStatus("SetVariable NULL data", Set(L"Odd", BS, 1, NULL));
    PrintStatus("SetVariable authenticated (deprecated)", Set(L"Odd", BS | EFI_VARIABLE_AUTHENTICATED_WRITE_ACCESS, 1, "x"));
    PrintStatus("SetVariable time-based authenticated", Set(L"Odd", BS | EFI_VARIABLE_TIME_BASED_AUTHENTICATED_WRITE_ACCESS, 1, "x"));
    PrintStatus("SetVariable hardware error record", Set(L"Odd", NV_BS_RT | EFI_VARIABLE_HARDWARE_ERROR_RECORD, 1, "x"));
    PrintStatus("SetVariable Runtime", Set(L"Runtime", BS_RT, 3, "rt!"));
    PrintStatus("SetVariable Scratch", Set(L"Scratch", BS, 1, "s"));
    PrintStatus("SetVariable delete Scratch", Set(L"Scratch", BS, 0, NULL));
    PrintStatus("SetVariable delete Scratch again", Set(L"Scratch", BS, 0, NULL));
    Size = sizeof(Data);
    PrintStatus("GetVariable Scratch", gRT->GetVariable(L"Scratch", &Vendor, NULL, &Size, Data));
    PrintStatus("GetVariable NULL size", gRT->GetVariable(L"Greeting", &Vendor, NULL, NULL, Data));

    /* Enumerating the vendor's variables. */
    Name[0] = 0;
    EFI_GUID Guid;
    Print("variables:");
    while (TRUE) {
        Size = sizeof(Name);
        Status = gRT->GetNextVariableName(&Size, Name, &Guid);
        if (Status != EFI_SUCCESS)
            break;
        if (!SameGuid(&Guid, &Vendor))
            continue;
        Print(" ");
        for (UINTN i = 0; Name[i] != 0; i++) {
            char C[2] = { (char)Name[i], 0 };
            Print(C);
        }
    }
    Print("\n");
    PrintStatus("GetNextVariableName at the end", Status);
    Name[0] = 0;
    Size = 2;
    PrintStatus("GetNextVariableName too small", gRT->GetNextVariableName(&Size, Name, &Guid));
    Print(Size > 2 ? "size needed given: yes\n" : "size needed given: no\n");
    Name[0] = L'N'; Name[1] = L'o'; Name[2] = 0;
    Size = sizeof(Name);
    PrintStatus("GetNextVariableName from no variable", gRT->GetNextVariableName(&Size, Name, &Vendor));
    Name[0] = L'B'; Name[1] = L'o';
    Size = 4;
    PrintStatus("GetNextVariableName unterminated", gRT->GetNextVariableName(&Size, Name, &Vendor));

    UINT64 Maximum, Remaining, Largest;
    PrintStatus("QueryVariableInfo", gRT->QueryVariableInfo(NV_BS_RT, &Maximum, &Remaining, &Largest));
    Print(Remaining < Maximum && Largest > 0 && Largest <= Maximum ? "sizes consistent: yes\n" : "sizes consistent: no\n");
    PrintStatus("QueryVariableInfo no attributes", gRT->QueryVariableInfo(0, &Maximum, &Remaining, &Largest));
    PrintStatus("GetNextHighMonotonicCount", gRT->GetNextHighMonotonicCount(&High));
    PrintValue("high count", High);

    /* After ExitBootServices, only the runtime variables are there. */
    UINT8 Map[8192];
    UINTN MapSize = sizeof(Map), MapKey, DescriptorSize;
    UINT32 Version;
    gBS->GetMemoryMap(&MapSize, (EFI_MEMORY_DESCRIPTOR *)Map, &MapKey, &DescriptorSize, &Version);
    Print("exiting boot services\n");
    if (gBS->ExitBootServices(ImageHandle, MapKey) != EFI_SUCCESS)
        gRT->ResetSystem(EfiResetShutdown, EFI_ABORTED, 20, L"ExitBootServices");
    Size = sizeof(Data);
    if (gRT->GetVariable(L"Greeting", &Vendor, NULL, &Size, Data) != EFI_NOT_FOUND)
        gRT->ResetSystem(EfiResetShutdown, EFI_ABORTED, 18, L"Greeting visible");
    Size = sizeof(Data);
    if (gRT->GetVariable(L"Runtime", &Vendor, NULL, &Size, Data) != EFI_SUCCESS || Size != 3)
        gRT->ResetSystem(EfiResetShutdown, EFI_ABORTED, 18, L"Runtime missing");
    if (Set(L"Late", BS, 1, "x") != EFI_INVALID_PARAMETER)
        gRT->ResetSystem(EfiResetShutdown, EFI_ABORTED, 26, L"boot-only set at runtime");
    if (Set(L"Late", BS_RT, 1, "x") != EFI_SUCCESS)
        gRT->ResetSystem(EfiResetShutdown, EFI_ABORTED, 26, L"runtime set at runtime");
    if (Boots == 1)
        gRT->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
    if (Boots == 2)
        gRT->ResetSystem(EfiResetShutdown, EFI_NOT_READY, 24, L"second boot");
    if (Boots == 4)
        gRT->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
    gRT->ResetSystem(EfiResetCold, EFI_SUCCESS, 0, NULL);
    return EFI_SUCCESS;
}
