/* exitboot.c - ExitBootServices (UEFI 2.10, 7.4): a stale map key is refused with EFI_INVALID_PARAMETER, the current
   one ends boot services. From the first call on only GetMemoryMap may be used, so the results are kept and
   printed afterwards straight to COM1; runtime services still work. */
#include "../lib/efitest.h"

VOID TestExitBootServices(VOID)
{
    UINTN MapSize, StaleKey, Key, DescriptorSize, Capacity;
    UINT32 Version;
    EFI_PHYSICAL_ADDRESS Page = 0;
    EFI_STATUS Stale, Exit, TimeStatus;
    EFI_TIME Time;
    EFI_MEMORY_DESCRIPTOR *Map = GetMap(&MapSize, &StaleKey, &DescriptorSize, &Version);
    UINTN Tries;

    if (!Check(Map != NULL, L"GetMemoryMap before ExitBootServices"))
        return;
    Capacity = MapSize + 8 * DescriptorSize;
    gBS->FreePool(Map);
    Map = (EFI_MEMORY_DESCRIPTOR *)AllocateZeroed(Capacity);
    MapSize = Capacity;
    gBS->GetMemoryMap(&MapSize, Map, &StaleKey, &DescriptorSize, &Version);
    /* The map changes: the key just read is stale. */
    gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 1, &Page);
    Print(L"calling ExitBootServices; what follows comes through COM1's registers");
    PrintLine();
    Stale = gBS->ExitBootServices(gImageHandle, StaleKey);
    Exit = Stale;
    for (Tries = 0; Tries < 4 && EFI_ERROR(Exit); Tries++) {
        MapSize = Capacity;
        if (EFI_ERROR(gBS->GetMemoryMap(&MapSize, Map, &Key, &DescriptorSize, &Version)))
            break;
        Exit = gBS->ExitBootServices(gImageHandle, Key);
    }
    if (Exit == EFI_SUCCESS)
        TestExitedBootServices();
    else
        Print(L"(ExitBootServices failed: ConOut is still the console)\r\n");
    CheckStatus(Stale, EFI_INVALID_PARAMETER, L"ExitBootServices with a stale map key");
    CheckStatus(Exit, EFI_SUCCESS, L"ExitBootServices with the current map key");
    TimeStatus = gRT->GetTime(&Time, NULL);
    CheckStatus(TimeStatus, EFI_SUCCESS, L"GetTime, a runtime service, after ExitBootServices");
}
