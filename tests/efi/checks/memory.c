/* memory.c - memory services (UEFI 2.10, 7.2): the memory map against the machine's memory and against what was
   allocated, AllocatePages of every type, FreePages, pool, and their specified errors. */
#include "../lib/efitest.h"

#define PAGE 4096u

static BOOLEAN IsRam(UINT32 Type)
{
    switch (Type) {
    case EfiLoaderCode:
    case EfiLoaderData:
    case EfiBootServicesCode:
    case EfiBootServicesData:
    case EfiRuntimeServicesCode:
    case EfiRuntimeServicesData:
    case EfiConventionalMemory:
    case EfiACPIReclaimMemory:
    case EfiACPIMemoryNVS:
        return TRUE;
    default:
        return FALSE;
    }
}

static EFI_MEMORY_DESCRIPTOR *Descriptor(EFI_MEMORY_DESCRIPTOR *Map, UINTN DescriptorSize, UINTN Index)
{
    return (EFI_MEMORY_DESCRIPTOR *)((UINT8 *)Map + Index * DescriptorSize);
}

/* A buffer for the map taken before the checks: reading the map must not allocate, or the allocation could take
   the very pages a check looks at. */
static EFI_MEMORY_DESCRIPTOR *s_Map;
static UINTN s_Capacity;

/* Whether every page of [Start, Start + Pages * 4 KiB) lies in a descriptor of Type in the current map. */
static BOOLEAN RangeHasType(EFI_PHYSICAL_ADDRESS Start, UINTN Pages, UINT32 Type)
{
    UINTN MapSize = s_Capacity, MapKey, DescriptorSize, Count, i;
    UINT32 Version;
    EFI_PHYSICAL_ADDRESS Page = Start;
    EFI_PHYSICAL_ADDRESS End = Start + (UINT64)Pages * PAGE;
    BOOLEAN Progress = TRUE;
    if (s_Map == NULL || EFI_ERROR(gBS->GetMemoryMap(&MapSize, s_Map, &MapKey, &DescriptorSize, &Version)))
        return FALSE;
    Count = MapSize / DescriptorSize;
    while (Page < End && Progress) {
        Progress = FALSE;
        for (i = 0; i < Count; i++) {
            EFI_MEMORY_DESCRIPTOR *D = Descriptor(s_Map, DescriptorSize, i);
            if (D->Type == Type && D->PhysicalStart <= Page && Page < D->PhysicalStart + D->NumberOfPages * PAGE) {
                Page = D->PhysicalStart + D->NumberOfPages * PAGE;
                Progress = TRUE;
                break;
            }
        }
    }
    return Page >= End;
}

static VOID CheckMap(UINTN MemoryMiB, EFI_PHYSICAL_ADDRESS *FreePage)
{
    UINTN MapSize = 0, MapKey, DescriptorSize = 0, Count, i, j;
    UINT32 Version = 0;
    UINT64 RamPages = 0, Limit = (UINT64)MemoryMiB << 20;
    BOOLEAN Aligned = TRUE, NonEmpty = TRUE, Disjoint = TRUE, InsideRam = TRUE;
    EFI_MEMORY_DESCRIPTOR *Map;

    CheckStatus(gBS->GetMemoryMap(&MapSize, NULL, &MapKey, &DescriptorSize, &Version), EFI_BUFFER_TOO_SMALL,
        L"GetMemoryMap with no buffer");
    Check(MapSize != 0, L"  it says how large the map is");
    CheckStatus(gBS->GetMemoryMap(NULL, NULL, &MapKey, &DescriptorSize, &Version), EFI_INVALID_PARAMETER,
        L"GetMemoryMap with MemoryMapSize NULL");
    Map = GetMap(&MapSize, &MapKey, &DescriptorSize, &Version);
    if (!Check(Map != NULL, L"GetMemoryMap"))
        return;
    CheckValue(Version, EFI_MEMORY_DESCRIPTOR_VERSION, L"  DescriptorVersion");
    Check(DescriptorSize >= sizeof(EFI_MEMORY_DESCRIPTOR), L"  DescriptorSize is at least sizeof(EFI_MEMORY_DESCRIPTOR)");
    Check(MapSize % DescriptorSize == 0, L"  the map is whole descriptors");
    Count = MapSize / DescriptorSize;
    *FreePage = 0;
    for (i = 0; i < Count; i++) {
        EFI_MEMORY_DESCRIPTOR *D = Descriptor(Map, DescriptorSize, i);
        EFI_PHYSICAL_ADDRESS End = D->PhysicalStart + D->NumberOfPages * PAGE;
        if ((D->PhysicalStart & (PAGE - 1)) != 0)
            Aligned = FALSE;
        if (D->NumberOfPages == 0)
            NonEmpty = FALSE;
        if (IsRam(D->Type)) {
            RamPages += D->NumberOfPages;
            if (End > Limit)
                InsideRam = FALSE;
        }
        /* A page well inside free memory above 1 MiB, for AllocateAddress below (a range may start below 1 MiB:
           the specification does not make firmware split memory there). */
        if (D->Type == EfiConventionalMemory && End >= 0x100000 + 64 * PAGE && *FreePage == 0) {
            EFI_PHYSICAL_ADDRESS Start = D->PhysicalStart > 0x100000 ? D->PhysicalStart : 0x100000;
            if (End - Start >= 64 * PAGE)
                *FreePage = Start + 16 * PAGE;
        }
        for (j = i + 1; j < Count; j++) {
            EFI_MEMORY_DESCRIPTOR *E = Descriptor(Map, DescriptorSize, j);
            if (E->PhysicalStart < End && D->PhysicalStart < E->PhysicalStart + E->NumberOfPages * PAGE)
                Disjoint = FALSE;
        }
    }
    Check(Aligned, L"  every descriptor starts on a page");
    Check(NonEmpty, L"  no descriptor is empty");
    Check(Disjoint, L"  no two descriptors overlap");
    Check(InsideRam, L"  memory of every RAM type lies below the machine's memory size");
    Check(RamPages * PAGE <= Limit && RamPages * PAGE >= Limit / 2,
        L"  RAM in the map is at most the machine's memory and at least half of it");
    Check(*FreePage != 0, L"  there is conventional memory above 1 MiB");
    gBS->FreePool(Map);
}

static VOID CheckPages(EFI_PHYSICAL_ADDRESS FreePage)
{
    EFI_PHYSICAL_ADDRESS Memory = 0, Again;
    UINTN MapSize, KeyBefore, KeyAfter, DescriptorSize;
    EFI_MEMORY_DESCRIPTOR *Map = GetMap(&MapSize, &KeyBefore, &DescriptorSize, NULL);
    if (Map != NULL)
        gBS->FreePool(Map);

    /* AllocateAnyPages */
    if (CheckStatus(gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 3, &Memory), EFI_SUCCESS,
            L"AllocatePages(AllocateAnyPages, EfiLoaderData, 3)")) {
        Check((Memory & (PAGE - 1)) == 0, L"  the pages are page-aligned");
        MemFill((VOID *)(UINTN)Memory, 3 * PAGE, 0xA5);
        Check(RangeHasType(Memory, 3, EfiLoaderData), L"  the map shows them as EfiLoaderData");
        Map = GetMap(&MapSize, &KeyAfter, &DescriptorSize, NULL);
        if (Map != NULL)
            gBS->FreePool(Map);
        Check(KeyAfter != KeyBefore, L"  the map key changed");
        CheckStatus(gBS->FreePages(Memory, 3), EFI_SUCCESS, L"FreePages");
        Check(RangeHasType(Memory, 3, EfiConventionalMemory), L"  the map shows them as EfiConventionalMemory again");
        CheckStatus(gBS->FreePages(Memory, 3), EFI_NOT_FOUND, L"FreePages of the same pages again");
    }

    /* AllocateMaxAddress */
    Memory = 0x00FFFFFF;
    if (CheckStatus(gBS->AllocatePages(AllocateMaxAddress, EfiLoaderData, 2, &Memory), EFI_SUCCESS,
            L"AllocatePages(AllocateMaxAddress 0x00FFFFFF, EfiLoaderData, 2)")) {
        Check(Memory + 2 * PAGE - 1 <= 0x00FFFFFF, L"  the pages end at or below the maximum address");
        CheckStatus(gBS->FreePages(Memory, 2), EFI_SUCCESS, L"FreePages");
    }

    /* AllocateAddress */
    Memory = FreePage;
    if (FreePage != 0
        && CheckStatus(gBS->AllocatePages(AllocateAddress, EfiLoaderData, 2, &Memory), EFI_SUCCESS,
            L"AllocatePages(AllocateAddress in conventional memory, EfiLoaderData, 2)")) {
        CheckValue(Memory, FreePage, L"  the pages are at the address asked for");
        Check(RangeHasType(Memory, 2, EfiLoaderData), L"  the map shows them as EfiLoaderData");
        Again = FreePage;
        CheckStatus(gBS->AllocatePages(AllocateAddress, EfiLoaderData, 1, &Again), EFI_NOT_FOUND,
            L"AllocatePages(AllocateAddress) of pages already allocated");
        CheckStatus(gBS->FreePages(Memory, 2), EFI_SUCCESS, L"FreePages");
    }

    /* Errors. */
    CheckStatus(gBS->AllocatePages(MaxAllocateType, EfiLoaderData, 1, &Memory), EFI_INVALID_PARAMETER,
        L"AllocatePages with Type MaxAllocateType");
    CheckStatus(gBS->AllocatePages(AllocateAnyPages, EfiMaxMemoryType, 1, &Memory), EFI_INVALID_PARAMETER,
        L"AllocatePages with MemoryType EfiMaxMemoryType");
    CheckStatus(gBS->AllocatePages(AllocateAnyPages, EfiLoaderData, 1, NULL), EFI_INVALID_PARAMETER,
        L"AllocatePages with Memory NULL");
    CheckStatus(gBS->FreePages(FreePage + 1, 1), EFI_INVALID_PARAMETER, L"FreePages of an address not page-aligned");
    CheckStatus(gBS->FreePages(FreePage, 1), EFI_NOT_FOUND, L"FreePages of pages never allocated");
}

static VOID CheckPool(VOID)
{
    VOID *Buffer = NULL;
    UINT8 *Large = NULL;

    if (CheckStatus(gBS->AllocatePool(EfiLoaderData, 100, &Buffer), EFI_SUCCESS, L"AllocatePool(EfiLoaderData, 100)")) {
        Check(((UINTN)Buffer & 7) == 0, L"  the buffer is 8-byte aligned");
        MemFill(Buffer, 100, 0x5A);
        CheckStatus(gBS->FreePool(Buffer), EFI_SUCCESS, L"FreePool");
    }
    if (CheckStatus(gBS->AllocatePool(EfiLoaderData, 3 << 20, (VOID **)&Large), EFI_SUCCESS,
            L"AllocatePool(EfiLoaderData, 3 MiB)")) {
        EFI_PHYSICAL_ADDRESS First = (UINTN)Large & ~(UINTN)(PAGE - 1);
        EFI_PHYSICAL_ADDRESS Last = ((UINTN)Large + (3u << 20) - 1) & ~(UINTN)(PAGE - 1);
        MemFill(Large, 3 << 20, 0x3C);
        Check(Large[0] == 0x3C && Large[(3 << 20) - 1] == 0x3C, L"  the whole buffer is writable");
        Check(RangeHasType(First, (UINTN)((Last - First) >> 12) + 1, EfiLoaderData),
            L"  the map shows its pages as EfiLoaderData");
        CheckStatus(gBS->FreePool(Large), EFI_SUCCESS, L"FreePool");
    }
    CheckStatus(gBS->AllocatePool(EfiMaxMemoryType, 16, &Buffer), EFI_INVALID_PARAMETER,
        L"AllocatePool with PoolType EfiMaxMemoryType");
    CheckStatus(gBS->AllocatePool(EfiLoaderData, 16, NULL), EFI_INVALID_PARAMETER, L"AllocatePool with Buffer NULL");
}

VOID TestMemory(UINTN MemoryMiB)
{
    EFI_PHYSICAL_ADDRESS FreePage = 0;
    UINTN MapSize, MapKey, DescriptorSize;
    EFI_MEMORY_DESCRIPTOR *Map = GetMap(&MapSize, &MapKey, &DescriptorSize, NULL);
    if (Map != NULL) {
        s_Capacity = MapSize + 64 * DescriptorSize;
        gBS->FreePool(Map);
        s_Map = (EFI_MEMORY_DESCRIPTOR *)AllocateZeroed(s_Capacity);
    }
    CheckMap(MemoryMiB, &FreePage);
    CheckPages(FreePage);
    CheckPool();
    if (s_Map != NULL)
        gBS->FreePool(s_Map);
    s_Map = NULL;
}
