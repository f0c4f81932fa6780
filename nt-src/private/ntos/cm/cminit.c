/*++

Module Name:

    cminit.c

Abstract:

    The registry's start (Phase 1, before the I/O manager, so that drivers find their keys): the Key type,
    the volatile master hive with \REGISTRY, \REGISTRY\MACHINE and \REGISTRY\USER, the \REGISTRY object in the
    root directory, and the SYSTEM hive the loader placed (read from the boot volume), mounted at
    \REGISTRY\MACHINE\SYSTEM and flushed back into the loader's copy (its LoaderRegistryData range) and to its
    file on the boot volume. Other hive images are mounted and unmounted under keys of the master hive.

--*/

#include "cmp.h"

FAST_MUTEX CmpRegistryLock;
LIST_ENTRY CmpHiveList;
PCMHIVE CmpMasterHive;

static
HCELL_INDEX
CmpMasterKey(
    IN PCUNICODE_STRING Path,
    OUT PUNICODE_STRING LastName
    )

/*++

Routine Description:

    With the registry locked: for a path \REGISTRY\A\...\Z whose components but the last are keys of the
    master hive, the key holding the last component (the last component's name in LastName).

Return Value:

    The key, or HCELL_NIL when the path is not of that shape.

--*/

{
    UNICODE_STRING Component;
    UNICODE_STRING Prefix;
    HCELL_INDEX Cell = HvBaseBlock(CmpMasterHive)->RootCell;
    ULONG Start;
    ULONG End;
    ULONG Chars = Path->Length / sizeof(WCHAR);

    RtlInitUnicodeString(&Prefix, L"\\REGISTRY\\");
    if (Path->Length <= Prefix.Length || Path->Buffer == NULL) {
        return HCELL_NIL;
    }
    Component.Buffer = Path->Buffer;
    Component.Length = Prefix.Length;
    if (!RtlEqualUnicodeString(&Component, &Prefix, TRUE)) {
        return HCELL_NIL;
    }
    for (Start = Prefix.Length / sizeof(WCHAR); ; Start = End + 1) {
        for (End = Start; End < Chars && Path->Buffer[End] != '\\'; End += 1) {
            NOTHING;
        }
        Component.Buffer = Path->Buffer + Start;
        Component.Length = (USHORT)((End - Start) * sizeof(WCHAR));
        Component.MaximumLength = Component.Length;
        if (Component.Length == 0) {
            return HCELL_NIL;
        }
        if (End == Chars) {
            *LastName = Component;
            return Cell;
        }
        Cell = CmpFindSubKeyByName(CmpMasterHive, Cell, &Component);
        if (Cell == HCELL_NIL || (HvGetKeyNode(CmpMasterHive, Cell)->Flags & KEY_HIVE_EXIT) != 0) {
            return HCELL_NIL;
        }
    }
}

static
NTSTATUS
CmpMountHive(
    IN PCUNICODE_STRING KeyPath,
    IN PVOID Image,
    IN ULONG Length,
    OUT PCMHIVE *Mounted
    )

/*++

Routine Description:

    With the registry locked: a hive from Image, entered in the master hive as KeyPath (a KEY_HIVE_EXIT key).

--*/

{
    UNICODE_STRING Name;
    HCELL_INDEX Parent = CmpMasterKey(KeyPath, &Name);
    HCELL_INDEX Exit;
    PCMHIVE Hive;
    NTSTATUS Status;

    if (Parent == HCELL_NIL) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    if (CmpFindSubKeyByName(CmpMasterHive, Parent, &Name) != HCELL_NIL) {
        return STATUS_OBJECT_NAME_COLLISION;
    }
    Status = CmpCreateHive(Image, Length, NULL, &Hive);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = CmpCreateKeyCell(CmpMasterHive, Parent, &Name, NULL, KEY_HIVE_EXIT | KEY_NO_DELETE, &Exit);
    if (!NT_SUCCESS(Status)) {
        CmpDestroyHive(Hive);
        return Status;
    }
    Hive->ExitCell = Exit;
    *Mounted = Hive;
    return STATUS_SUCCESS;
}

NTSTATUS
CmLoadHiveImage(
    IN PCUNICODE_STRING KeyPath,
    IN PVOID Image,
    IN ULONG Length
    )
{
    PCMHIVE Hive;
    NTSTATUS Status;

    PAGED_CODE();

    CmpLockRegistry();
    Status = CmpMountHive(KeyPath, Image, Length, &Hive);
    if (NT_SUCCESS(Status)) {
        Hive->Volatile = TRUE;
    }
    CmpUnlockRegistry();
    return Status;
}

NTSTATUS
CmUnloadHive(
    IN PCUNICODE_STRING KeyPath
    )

/*++

Return Value:

    STATUS_INVALID_PARAMETER when KeyPath is not a mounted hive (or is the SYSTEM hive); STATUS_CANNOT_DELETE
    while a key of the hive is open.

--*/

{
    UNICODE_STRING Name;
    HCELL_INDEX Parent;
    HCELL_INDEX Exit = HCELL_NIL;
    PCMHIVE Hive = NULL;
    PLIST_ENTRY Entry;
    NTSTATUS Status = STATUS_SUCCESS;

    PAGED_CODE();

    CmpLockRegistry();
    Parent = CmpMasterKey(KeyPath, &Name);
    if (Parent != HCELL_NIL) {
        Exit = CmpFindSubKeyByName(CmpMasterHive, Parent, &Name);
    }
    if (Exit != HCELL_NIL) {
        Hive = CmpMountedHive(CmpMasterHive, Exit);
    }
    if (Hive == NULL || !Hive->Volatile) {
        Status = STATUS_INVALID_PARAMETER;
    }
    for (Entry = CmpOpenKeys.Flink; NT_SUCCESS(Status) && Entry != &CmpOpenKeys; Entry = Entry->Flink) {
        if (CONTAINING_RECORD(Entry, CM_KEY_BODY, OpenKeys)->Hive == Hive) {
            Status = STATUS_CANNOT_DELETE;
        }
    }
    if (NT_SUCCESS(Status)) {
        Status = CmpDeleteKeyCell(CmpMasterHive, Exit);
    }
    if (NT_SUCCESS(Status)) {
        CmpDestroyHive(Hive);
    }
    CmpUnlockRegistry();
    return Status;
}

static
ULONG
CmpLoaderRegistryCapacity(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Return Value:

    The bytes from the SYSTEM hive's start to the end of the LoaderRegistryData range holding it: what a
    flush may write. Just the hive's length when no such range is described.

--*/

{
    ULONG Physical = MmGetPhysicalAddress(LoaderBlock->RegistryBase).LowPart;
    PMEMORY_ALLOCATION_DESCRIPTOR Descriptor;
    PLIST_ENTRY Entry;
    ULONG End;

    for (Entry = LoaderBlock->MemoryDescriptorListHead.Flink; Entry != &LoaderBlock->MemoryDescriptorListHead;
         Entry = Entry->Flink) {
        Descriptor = CONTAINING_RECORD(Entry, MEMORY_ALLOCATION_DESCRIPTOR, ListEntry);
        End = (Descriptor->BasePage + Descriptor->PageCount) << PAGE_SHIFT;
        if (Descriptor->MemoryType == LoaderRegistryData && Physical >= (Descriptor->BasePage << PAGE_SHIFT) &&
            Physical < End && End - Physical >= LoaderBlock->RegistryLength) {
            return End - Physical;
        }
    }
    return LoaderBlock->RegistryLength;
}

BOOLEAN
CmInitSystem1(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Starts the registry. A SYSTEM hive that is missing or not sound stops the system: BAD_SYSTEM_CONFIG_INFO
    with parameters 1, the status (STATUS_REGISTRY_CORRUPT; STATUS_OBJECT_NAME_NOT_FOUND when there is
    none), the image's address and its length.

Return Value:

    FALSE when the registry's own structures cannot be made: the caller bug-checks.

--*/

{
    static const PCWSTR MasterKeys[] = { L"MACHINE", L"USER" };
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    HCELL_INDEX Cell;
    PCM_KEY_BODY Root;
    PCMHIVE System;
    ULONG Index;
    NTSTATUS Status;

    PAGED_CODE();

    ExInitializeFastMutex(&CmpRegistryLock);
    KeInitializeMutex(&CmpHiveFileMutex, 0);
    InitializeListHead(&CmpHiveList);
    if (!NT_SUCCESS(CmpCreateRegistryType())) {
        return FALSE;
    }

    CmpLockRegistry();
    Status = CmpCreateHive(NULL, 0, L"REGISTRY", &CmpMasterHive);
    if (NT_SUCCESS(Status)) {
        CmpMasterHive->Volatile = TRUE;
        for (Index = 0; Index < RTL_NUMBER_OF(MasterKeys) && NT_SUCCESS(Status); Index += 1) {
            RtlInitUnicodeString(&Name, MasterKeys[Index]);
            Status = CmpCreateKeyCell(CmpMasterHive, HvBaseBlock(CmpMasterHive)->RootCell, &Name, NULL, KEY_NO_DELETE, &Cell);
        }
    }
    CmpUnlockRegistry();
    if (!NT_SUCCESS(Status)) {
        return FALSE;
    }

    //
    // \REGISTRY: a permanent Key object for the master hive's root, where lookups hand over to the parse
    // procedure.
    //

    RtlInitUnicodeString(&Name, L"\\REGISTRY");
    InitializeObjectAttributes(&Attributes, &Name, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE, NULL, NULL);
    Status = ObCreateObject(KernelMode, CmpKeyObjectType, &Attributes, KernelMode, NULL, sizeof(CM_KEY_BODY), 0, 0,
                            (PVOID *)&Root);
    if (!NT_SUCCESS(Status)) {
        return FALSE;
    }
    Root->Type = CM_KEY_BODY_TYPE;
    Root->Hive = CmpMasterHive;
    Root->KeyCell = HvBaseBlock(CmpMasterHive)->RootCell;
    Root->Deleted = FALSE;
    CmpLockRegistry();
    InsertTailList(&CmpOpenKeys, &Root->OpenKeys);
    CmpUnlockRegistry();
    if (!NT_SUCCESS(ObInsertObject(Root, NULL, KEY_ALL_ACCESS, 0, NULL, NULL))) {
        return FALSE;
    }

    if (LoaderBlock->RegistryBase == NULL || LoaderBlock->RegistryLength == 0) {
        KeBugCheckEx(BAD_SYSTEM_CONFIG_INFO, 1, (ULONG_PTR)STATUS_OBJECT_NAME_NOT_FOUND, 0, 0);
    }
    RtlInitUnicodeString(&Name, L"\\REGISTRY\\MACHINE\\SYSTEM");
    CmpLockRegistry();
    Status = CmpMountHive(&Name, LoaderBlock->RegistryBase, LoaderBlock->RegistryLength, &System);
    if (NT_SUCCESS(Status)) {
        System->FlushImage = LoaderBlock->RegistryBase;
        System->FlushCapacity = CmpLoaderRegistryCapacity(LoaderBlock);
        System->FileName = CM_SYSTEM_HIVE_FILE;
    }
    CmpUnlockRegistry();
    if (!NT_SUCCESS(Status)) {
        KeBugCheckEx(BAD_SYSTEM_CONFIG_INFO, 1, (ULONG_PTR)Status, (ULONG_PTR)LoaderBlock->RegistryBase,
                     LoaderBlock->RegistryLength);
    }
    return TRUE;
}
