/*
 * Memory services: the memory map (its size answer, descriptors, RAM covered, map key), AllocatePages of each kind,
 * FreePages, AllocatePool/FreePool, bad use of each, ExitBootServices with a stale key and then the right one,
 * and a boot service called after it (the firmware stops the machine).
 */
#include "efitest.h"

#define MAP_ROOM 8192

static UINT8 *MapBuffer;
static UINTN MapSize, MapKey, DescriptorSize;
static UINT32 DescriptorVersion;

static EFI_STATUS TakeMap(void)
{
    MapSize = MAP_ROOM;
    return gBS->GetMemoryMap(&MapSize, (EFI_MEMORY_DESCRIPTOR *)MapBuffer, &MapKey, &DescriptorSize, &DescriptorVersion);
}

static EFI_MEMORY_DESCRIPTOR *Descriptor(UINTN Index)
{
    return (EFI_MEMORY_DESCRIPTOR *)(MapBuffer + Index * DescriptorSize);
}

/* The type of the descriptor holding Address, or 0xFFFFFFFF when none does. */
static UINT32 TypeAt(EFI_PHYSICAL_ADDRESS Address)
{
    for (UINTN i = 0; i < MapSize / DescriptorSize; i++) {
        EFI_MEMORY_DESCRIPTOR *D = Descriptor(i);
        if (Address >= D->PhysicalStart && Address < D->PhysicalStart + D->NumberOfPages * EFI_PAGE_SIZE)
            return D->Type;
    }
    return 0xFFFFFFFF;
}

static UINT64 PagesOf(UINT32 Type)
{
    UINT64 Pages = 0;
    for (UINTN i = 0; i < MapSize / DescriptorSize; i++)
        if (Descriptor(i)->Type == Type)
            Pages += Descriptor(i)->NumberOfPages;
    return Pages;
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_STATUS Status;
    EFI_PHYSICAL_ADDRESS Address, Low;
    UINTN Size = 0;
    VOID *Pool;

    TestInit(SystemTable);

    /* The size answer. */
    Status = gBS->GetMemoryMap(&Size, NULL, &MapKey, &DescriptorSize, &DescriptorVersion);
    PrintStatus("GetMemoryMap with no buffer", Status);
    Print(Size > 0 && Size % DescriptorSize == 0 ? "needed size given: yes\n" : "needed size given: no\n");
    Print(DescriptorSize >= sizeof(EFI_MEMORY_DESCRIPTOR) ? "descriptor size at least sizeof: yes\n" : "descriptor size at least sizeof: no\n");
    PrintValue("descriptor version", DescriptorVersion);
    PrintStatus("GetMemoryMap with no size", gBS->GetMemoryMap(NULL, NULL, &MapKey, &DescriptorSize, &DescriptorVersion));

    Status = gBS->AllocatePool(EfiLoaderData, MAP_ROOM, (VOID **)&MapBuffer);
    PrintStatus("AllocatePool for the map", Status);
    PrintStatus("GetMemoryMap", TakeMap());

    /* The map covers RAM once, in ascending order. */
    UINT64 Total = 0;
    BOOLEAN Ordered = TRUE;
    for (UINTN i = 0; i < MapSize / DescriptorSize; i++) {
        EFI_MEMORY_DESCRIPTOR *D = Descriptor(i);
        Total += D->NumberOfPages;
        if (i > 0 && Descriptor(i - 1)->PhysicalStart + Descriptor(i - 1)->NumberOfPages * EFI_PAGE_SIZE != D->PhysicalStart)
            Ordered = FALSE;
        if (D->PhysicalStart % EFI_PAGE_SIZE != 0 || D->NumberOfPages == 0)
            Ordered = FALSE;
    }
    PrintValue("KiB in the map", Total * 4);
    Print(Ordered && Descriptor(0)->PhysicalStart == 0 ? "map ascending and contiguous from 0: yes\n" : "map ascending and contiguous from 0: no\n");
    Print(PagesOf(EfiRuntimeServicesData) > 0 && PagesOf(EfiBootServicesCode) > 0 ? "firmware's memory typed: yes\n" : "firmware's memory typed: no\n");
    Print(TypeAt((UINTN)gST) == EfiRuntimeServicesData ? "system table in runtime data: yes\n" : "system table in runtime data: no\n");
    Print(TypeAt((UINTN)gRT) == EfiRuntimeServicesData ? "runtime services in runtime data: yes\n" : "runtime services in runtime data: no\n");
    Print(TypeAt((UINTN)gRT->GetTime) == EfiRuntimeServicesCode ? "GetTime in runtime code: yes\n" : "GetTime in runtime code: no\n");
    Print(TypeAt((UINTN)gBS->AllocatePages) == EfiBootServicesCode ? "AllocatePages in boot code: yes\n" : "AllocatePages in boot code: no\n");
    Print(TypeAt((UINTN)MapBuffer) == EfiLoaderData ? "pool block in loader data: yes\n" : "pool block in loader data: no\n");

    /* AllocateAnyPages: the map shows the pages, the key changes, the free memory shrinks by them. */
    UINT64 FreeBefore = PagesOf(EfiConventionalMemory);
    UINTN KeyBefore = MapKey;
    Status = gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 16, &Address);
    PrintStatus("AllocateAnyPages 16", Status);
    PrintStatus("GetMemoryMap", TakeMap());
    Print(Address % EFI_PAGE_SIZE == 0 ? "page aligned: yes\n" : "page aligned: no\n");
    Print(TypeAt(Address) == EfiLoaderData && TypeAt(Address + 15 * EFI_PAGE_SIZE) == EfiLoaderData ? "pages in the map as loader data: yes\n" : "pages in the map as loader data: no\n");
    Print(MapKey != KeyBefore ? "map key changed: yes\n" : "map key changed: no\n");
    PrintValue("conventional pages fewer by", FreeBefore - PagesOf(EfiConventionalMemory));
    *(volatile UINT32 *)(UINTN)(Address + 15 * EFI_PAGE_SIZE) = 0x12345678;
    PrintStatus("FreePages", gBS->FreePages(Address, 16));
    PrintStatus("FreePages again", gBS->FreePages(Address, 16));
    PrintStatus("FreePages unaligned", gBS->FreePages(Address + 1, 1));
    PrintStatus("GetMemoryMap", TakeMap());
    PrintValue("conventional pages fewer by", FreeBefore - PagesOf(EfiConventionalMemory));

    /* AllocateAddress and AllocateMaxAddress. */
    Low = 0x00100000;
    PrintStatus("AllocateAddress 1 MiB", gBS->AllocatePages(AllocateAddress, EfiLoaderCode, 4, &Low));
    Print(Low == 0x00100000 ? "at 1 MiB: yes\n" : "at 1 MiB: no\n");
    Address = 0x00101000;
    PrintStatus("AllocateAddress overlapping", gBS->AllocatePages(AllocateAddress, EfiLoaderCode, 1, &Address));
    Address = 0x00200800;
    PrintStatus("AllocateAddress unaligned", gBS->AllocatePages(AllocateAddress, EfiLoaderCode, 1, &Address));
    PrintStatus("FreePages part of it", gBS->FreePages(Low + EFI_PAGE_SIZE, 3));
    PrintStatus("FreePages the rest", gBS->FreePages(Low, 1));
    Address = 0x00FFFFFF;
    PrintStatus("AllocateMaxAddress 16 MiB", gBS->AllocatePages(AllocateMaxAddress, EfiBootServicesData, 8, &Address));
    Print(Address + 8 * EFI_PAGE_SIZE - 1 <= 0x00FFFFFF ? "below 16 MiB: yes\n" : "below 16 MiB: no\n");
    PrintStatus("FreePages", gBS->FreePages(Address, 8));

    /* Memory types. */
    PrintStatus("AllocatePages bad allocate type", gBS->AllocatePages(MaxAllocateType, EfiLoaderData, 1, &Address));
    PrintStatus("AllocatePages conventional", gBS->AllocatePages(AllocateAnyPages, EfiConventionalMemory, 1, &Address));
    PrintStatus("AllocatePages type 0x6FFFFFFF", gBS->AllocatePages(AllocateAnyPages, (EFI_MEMORY_TYPE)0x6FFFFFFF, 1, &Address));
    PrintStatus("AllocatePages NULL", gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 1, NULL));
    PrintStatus("AllocatePages OS type 0x80000001", gBS->AllocatePages(AllocateAnyPages, (EFI_MEMORY_TYPE)0x80000001, 2, &Address));
    PrintStatus("GetMemoryMap", TakeMap());
    Print(TypeAt(Address) == 0x80000001 ? "OS type in the map: yes\n" : "OS type in the map: no\n");
    PrintStatus("AllocatePages OEM type 0x70000000", gBS->AllocatePages(AllocateAnyPages, (EFI_MEMORY_TYPE)0x70000000, 1, &Address));
    PrintStatus("AllocatePages more than RAM", gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 0x100000, &Address));

    /* Pool. */
    Status = gBS->AllocatePool(EfiBootServicesData, 100, &Pool);
    PrintStatus("AllocatePool 100", Status);
    Print(((UINTN)Pool & 7) == 0 ? "8-byte aligned: yes\n" : "8-byte aligned: no\n");
    gBS->SetMem(Pool, 100, 0xA5);
    PrintStatus("FreePool", gBS->FreePool(Pool));
    PrintStatus("FreePool again", gBS->FreePool(Pool));
    PrintStatus("FreePool of no block", gBS->FreePool((VOID *)0x00123458));
    PrintStatus("AllocatePool persistent", gBS->AllocatePool(EfiPersistentMemory, 16, &Pool));
    PrintStatus("AllocatePool NULL", gBS->AllocatePool(EfiLoaderData, 16, NULL));
    Status = gBS->AllocatePool(EfiLoaderData, 100000, &Pool);
    PrintStatus("AllocatePool 100000", Status);
    PrintStatus("FreePool", gBS->FreePool(Pool));

    /* ExitBootServices: a stale key fails; the key of the last map succeeds. */
    PrintStatus("GetMemoryMap", TakeMap());
    UINTN Stale = MapKey;
    gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 1, &Address);
    PrintStatus("ExitBootServices with a stale key", gBS->ExitBootServices(ImageHandle, Stale));
    Print("exiting boot services\n");
    TakeMap();
    Status = gBS->ExitBootServices(ImageHandle, MapKey);
    if (Status != EFI_SUCCESS)
        gRT->ResetSystem(EfiResetShutdown, Status, 0, NULL);
    if (gST->BootServices != NULL || gST->ConOut != NULL || gST->ConIn != NULL || gST->StdErr != NULL)
        gRT->ResetSystem(EfiResetShutdown, EFI_ABORTED, 0, NULL);

    /* Boot services are gone: the firmware stops the machine. */
    gBS->Stall(1);
    gRT->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
    return EFI_SUCCESS;
}
