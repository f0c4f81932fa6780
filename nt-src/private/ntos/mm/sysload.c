/*++

Module Name:

    sysload.c

Abstract:

    System images loaded after boot (drivers): an image file read into memory is mapped by the machine's image
    service (machine.h, __machine_map_images) into a run of nonpaged pages the kernel chose, its imports bound to
    the images already mapped (the kernel's and the HAL's exports). Every image in memory has an entry in
    PsLoadedModuleList: the loader's images first (copied from the loader block in Phase 1), then each image
    loaded since, until it is unloaded.

--*/

#include "mi.h"
#include <machine.h>

#define MI_MODULE_TAG 'dLmM'

//
// The longest image file name passed to the image service (for its log).
//

#define MI_IMAGE_NAME_CHARACTERS 128

LIST_ENTRY PsLoadedModuleList;
FAST_MUTEX MiSystemLoadLock;

static
PKLDR_DATA_TABLE_ENTRY
MiCreateModuleEntry(
    IN PVOID DllBase,
    IN PVOID EntryPoint,
    IN ULONG SizeOfImage,
    IN PUNICODE_STRING FullDllName
    )

/*++

Routine Description:

    A loaded-module entry in one nonpaged block with a copy of its full name; the base name is the full name's
    last path component.

--*/

{
    PKLDR_DATA_TABLE_ENTRY Entry;
    USHORT Start;

    Entry = ExAllocatePoolWithTag(NonPagedPool, sizeof(KLDR_DATA_TABLE_ENTRY) + FullDllName->Length, MI_MODULE_TAG);
    if (Entry == NULL) {
        return NULL;
    }
    RtlZeroMemory(Entry, sizeof(KLDR_DATA_TABLE_ENTRY));
    Entry->DllBase = DllBase;
    Entry->EntryPoint = EntryPoint;
    Entry->SizeOfImage = SizeOfImage;
    Entry->FullDllName.Buffer = (PWSTR)(Entry + 1);
    Entry->FullDllName.Length = FullDllName->Length;
    Entry->FullDllName.MaximumLength = FullDllName->Length;
    RtlCopyMemory(Entry->FullDllName.Buffer, FullDllName->Buffer, FullDllName->Length);
    Start = FullDllName->Length / sizeof(WCHAR);
    while (Start > 0 && FullDllName->Buffer[Start - 1] != L'\\') {
        Start -= 1;
    }
    Entry->BaseDllName.Buffer = Entry->FullDllName.Buffer + Start;
    Entry->BaseDllName.Length = (USHORT)(FullDllName->Length - Start * sizeof(WCHAR));
    Entry->BaseDllName.MaximumLength = Entry->BaseDllName.Length;
    return Entry;
}

BOOLEAN
MiInitializeLoadedModuleList(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Phase 1 (pool exists): PsLoadedModuleList starts with a copy of each image the loader placed, in load
    order. The loader's own list stays as it was handed over.

Return Value:

    FALSE when pool is exhausted.

--*/

{
    PLIST_ENTRY Link;
    PKLDR_DATA_TABLE_ENTRY Loaded;
    PKLDR_DATA_TABLE_ENTRY Entry;

    InitializeListHead(&PsLoadedModuleList);
    ExInitializeFastMutex(&MiSystemLoadLock);
    for (Link = LoaderBlock->LoadOrderListHead.Flink; Link != &LoaderBlock->LoadOrderListHead; Link = Link->Flink) {
        Loaded = CONTAINING_RECORD(Link, KLDR_DATA_TABLE_ENTRY, InLoadOrderLinks);
        Entry = MiCreateModuleEntry(Loaded->DllBase, Loaded->EntryPoint, Loaded->SizeOfImage, &Loaded->FullDllName);
        if (Entry == NULL) {
            return FALSE;
        }
        Entry->Flags = Loaded->Flags | LDRP_BOOT_IMAGE;
        InsertTailList(&PsLoadedModuleList, &Entry->InLoadOrderLinks);
    }
    return TRUE;
}

static
VOID
MiImageNameForLog(
    IN PUNICODE_STRING FileName,
    OUT PCHAR Buffer
    )

/*++

Routine Description:

    The file name as the image service's log shows it: ASCII, anything else as '?', cut to fit.

--*/

{
    ULONG Index;
    ULONG Count = FileName->Length / sizeof(WCHAR);

    if (Count > MI_IMAGE_NAME_CHARACTERS - 1) {
        Count = MI_IMAGE_NAME_CHARACTERS - 1;
    }
    for (Index = 0; Index < Count; Index += 1) {
        Buffer[Index] = FileName->Buffer[Index] >= 0x20 && FileName->Buffer[Index] < 0x7F ? (CHAR)FileName->Buffer[Index] : '?';
    }
    Buffer[Count] = '\0';
}

NTSTATUS
MmLoadSystemImage(
    IN PVOID FileBuffer,
    IN ULONG FileSize,
    IN PUNICODE_STRING FileName,
    OUT PKLDR_DATA_TABLE_ENTRY *ModuleEntry
    )

/*++

Routine Description:

    Maps a system image from its file's bytes: asks the image service how many bytes the image takes, takes
    that many nonpaged pages (KSEG0, so the image needs no page table of its own), maps the image there with its
    imports bound, and enters it in PsLoadedModuleList. The caller may free the file's bytes afterwards.

Arguments:

    FileBuffer, FileSize - The image file as read.

    FileName - Its full name (\SystemRoot\system32\drivers\x.sys): the module's name.

    ModuleEntry - Receives the module's entry: DllBase and SizeOfImage are the region mapped, EntryPoint the
        image's entry point (DriverEntry) or NULL.

Return Value:

    STATUS_SUCCESS; the image service's failures (STATUS_INVALID_IMAGE_FORMAT for a file this build did not
    sign or one changed since, STATUS_IMAGE_ALREADY_LOADED, STATUS_PROCEDURE_NOT_FOUND or
    STATUS_ENTRYPOINT_NOT_FOUND for an import the kernel lacks or has with another shape, ...), each also logged
    by the machine; STATUS_INSUFFICIENT_RESOURCES.

--*/

{
    CHAR Name[MI_IMAGE_NAME_CHARACTERS];
    MACHINE_IMAGE Image;
    PKLDR_DATA_TABLE_ENTRY Entry;
    PVOID Base;
    NTSTATUS Status;

    PAGED_CODE();

    *ModuleEntry = NULL;
    MiImageNameForLog(FileName, Name);
    RtlZeroMemory(&Image, sizeof(Image));
    Image.FileName = Name;
    Image.File = FileBuffer;
    Image.FileSize = FileSize;

    ExAcquireFastMutex(&MiSystemLoadLock);
    Status = __machine_map_images(&Image, 1);
    if (Status != STATUS_BUFFER_TOO_SMALL) {
        ExReleaseFastMutex(&MiSystemLoadLock);
        ASSERT(!NT_SUCCESS(Status));
        return Status;
    }
    Base = MiAllocatePages((ULONG)BYTES_TO_PAGES(Image.RegionSize), MM_KSEG0_PAGES - 1);
    if (Base == NULL) {
        ExReleaseFastMutex(&MiSystemLoadLock);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Image.Base = (ULONG_PTR)Base;
    Image.RegionSize = ROUND_TO_PAGES(Image.RegionSize);
    Status = __machine_map_images(&Image, 1);
    if (!NT_SUCCESS(Status)) {
        MiFreePages(Base);
        ExReleaseFastMutex(&MiSystemLoadLock);
        return Status;
    }
    Entry = MiCreateModuleEntry(Base, (PVOID)Image.EntryPoint, Image.RegionSize, FileName);
    if (Entry == NULL) {
        __machine_unmap_images(&Image.Base, 1);
        MiFreePages(Base);
        ExReleaseFastMutex(&MiSystemLoadLock);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    InsertTailList(&PsLoadedModuleList, &Entry->InLoadOrderLinks);
    ExReleaseFastMutex(&MiSystemLoadLock);
    *ModuleEntry = Entry;
    return STATUS_SUCCESS;
}

NTSTATUS
MmUnloadSystemImage(
    IN PKLDR_DATA_TABLE_ENTRY ModuleEntry
    )

/*++

Routine Description:

    Unmaps an image MmLoadSystemImage loaded: its functions leave the function table (a call through a stale
    pointer into it faults), its pages are freed and its module entry goes.

Return Value:

    STATUS_SUCCESS; STATUS_CANNOT_DELETE when another image imports from it or it is one the loader placed.

--*/

{
    ULONG_PTR Base = (ULONG_PTR)ModuleEntry->DllBase;
    NTSTATUS Status;

    PAGED_CODE();

    if (ModuleEntry->Flags & LDRP_BOOT_IMAGE) {
        return STATUS_CANNOT_DELETE;
    }
    ExAcquireFastMutex(&MiSystemLoadLock);
    Status = __machine_unmap_images(&Base, 1);
    if (NT_SUCCESS(Status)) {
        RemoveEntryList(&ModuleEntry->InLoadOrderLinks);
        MiFreePages(ModuleEntry->DllBase);
    }
    ExReleaseFastMutex(&MiSystemLoadLock);
    if (NT_SUCCESS(Status)) {
        ExFreePoolWithTag(ModuleEntry, MI_MODULE_TAG);
    }
    return Status;
}
