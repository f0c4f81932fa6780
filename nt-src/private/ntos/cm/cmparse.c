/*++

Module Name:

    cmparse.c

Abstract:

    Keys in the object namespace. \Registry is a named, permanent Key object in the root directory; every
    other key is reached through the Key type's parse procedure, which the object manager hands the rest of a
    path beyond a key (\Registry itself, or a key handle given as the root directory). The walk goes
    component by component through the hive's subkey lists, crosses from a KEY_HIVE_EXIT key of the master
    hive to the mounted hive's root, follows a link key (KEY_SYM_LINK) by answering STATUS_REPARSE with its
    SymbolicLinkValue and the rest of the path, and, for ZwCreateKey (a CM_PARSE_CONTEXT), makes a missing
    last component. Each open yields a new unnamed Key object whose body names the hive and key cell.

--*/

#include "cmp.h"

#define CM_MAXIMUM_NAME_CHARS 255

POBJECT_TYPE CmpKeyObjectType;
LIST_ENTRY CmpOpenKeys;

static const WCHAR CmpLinkValueName[] = L"SymbolicLinkValue";

PCMHIVE
CmpMountedHive(
    IN PCMHIVE Hive,
    IN HCELL_INDEX ExitCell
    )

/*++

Return Value:

    The hive mounted at ExitCell, a KEY_HIVE_EXIT key of the master hive, or NULL.

--*/

{
    PLIST_ENTRY Entry;
    PCMHIVE Mounted;

    if (Hive != CmpMasterHive) {
        return NULL;
    }
    for (Entry = CmpHiveList.Flink; Entry != &CmpHiveList; Entry = Entry->Flink) {
        Mounted = CONTAINING_RECORD(Entry, CMHIVE, HiveList);
        if (Mounted != CmpMasterHive && Mounted->ExitCell == ExitCell) {
            return Mounted;
        }
    }
    return NULL;
}

VOID
CmpMarkKeysDeleted(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell
    )
{
    PLIST_ENTRY Entry;
    PCM_KEY_BODY Body;

    for (Entry = CmpOpenKeys.Flink; Entry != &CmpOpenKeys; Entry = Entry->Flink) {
        Body = CONTAINING_RECORD(Entry, CM_KEY_BODY, OpenKeys);
        if (Body->Hive == Hive && Body->KeyCell == KeyCell) {
            Body->Deleted = TRUE;
        }
    }
}

NTSTATUS
CmpCreateKeyObject(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    OUT PVOID *Object
    )

/*++

Routine Description:

    With the registry locked: a new unnamed Key object for a key (one reference, the caller's).

--*/

{
    PCM_KEY_BODY Body;
    NTSTATUS Status;

    Status = ObCreateObject(KernelMode, CmpKeyObjectType, NULL, KernelMode, NULL, sizeof(CM_KEY_BODY), 0, 0,
                            (PVOID *)&Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Body->Type = CM_KEY_BODY_TYPE;
    Body->Hive = Hive;
    Body->KeyCell = KeyCell;
    Body->Deleted = FALSE;
    InsertTailList(&CmpOpenKeys, &Body->OpenKeys);
    *Object = Body;
    return STATUS_SUCCESS;
}

static
VOID
NTAPI
CmpDeleteKeyObject(
    IN PVOID Object
    )
{
    PCM_KEY_BODY Body = Object;

    if (Body->Type == CM_KEY_BODY_TYPE) {
        CmpLockRegistry();
        RemoveEntryList(&Body->OpenKeys);
        CmpUnlockRegistry();
    }
}

NTSTATUS
CmpReferenceKey(
    IN HANDLE KeyHandle,
    OUT PCM_KEY_BODY *KeyBody
    )

/*++

Return Value:

    STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH (not a key); the key referenced otherwise. Whether
    it was deleted is for the caller to see with the registry locked.

--*/

{
    return ObReferenceObjectByHandle(KeyHandle, 0, CmpKeyObjectType, KernelMode, (PVOID *)KeyBody, NULL);
}

static
NTSTATUS
CmpFollowLink(
    IN PCMHIVE Hive,
    IN HCELL_INDEX LinkCell,
    IN PCUNICODE_STRING Rest,
    OUT PUNICODE_STRING CompleteName
    )

/*++

Routine Description:

    The new full path for a link key met in a walk: its SymbolicLinkValue (REG_LINK, an absolute path) and the
    rest of the path, in a nonpaged pool block the object manager frees.

--*/

{
    UNICODE_STRING ValueName;
    HCELL_INDEX ValueCell;
    PCM_KEY_VALUE Value;
    ULONG TargetLength;
    ULONG Length;
    PWCHAR Buffer;

    RtlInitUnicodeString(&ValueName, CmpLinkValueName);
    ValueCell = CmpFindValueByName(Hive, LinkCell, &ValueName, NULL);
    if (ValueCell == HCELL_NIL) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    Value = HvGetKeyValue(Hive, ValueCell);
    TargetLength = CmpValueDataLength(Value) & ~1;
    if (Value->Type != REG_LINK || TargetLength == 0) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    Length = TargetLength + Rest->Length;
    if (Length > MAXUSHORT - sizeof(WCHAR)) {
        return STATUS_NAME_TOO_LONG;
    }
    Buffer = ExAllocatePoolWithTag(NonPagedPool, Length + sizeof(WCHAR), CM_NAME_TAG);
    if (Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    CmpCopyValueData(Hive, ValueCell, (PUCHAR)Buffer, TargetLength);
    while (TargetLength != 0 && Buffer[TargetLength / sizeof(WCHAR) - 1] == 0) {
        TargetLength -= sizeof(WCHAR);
    }
    RtlCopyMemory((PUCHAR)Buffer + TargetLength, Rest->Buffer, Rest->Length);
    Length = TargetLength + Rest->Length;
    Buffer[Length / sizeof(WCHAR)] = 0;
    CompleteName->Buffer = Buffer;
    CompleteName->Length = (USHORT)Length;
    CompleteName->MaximumLength = (USHORT)(Length + sizeof(WCHAR));
    return STATUS_REPARSE;
}

static
NTSTATUS
CmpCreateChild(
    IN PCMHIVE Hive,
    IN HCELL_INDEX Parent,
    IN PCUNICODE_STRING Name,
    IN PCM_PARSE_CONTEXT Create,
    OUT PHCELL_INDEX Child
    )

/*++

Routine Description:

    ZwCreateKey's new key. A volatile key needs a volatile hive: volatile storage in a hive that is flushed
    does not exist here.

--*/

{
    USHORT Flags = 0;

    if ((Create->CreateOptions & REG_OPTION_VOLATILE) != 0) {
        if (!Hive->Volatile) {
            return STATUS_NOT_SUPPORTED;
        }
        Flags |= KEY_VOLATILE;
    }
    if ((Create->CreateOptions & REG_OPTION_CREATE_LINK) != 0) {
        Flags |= KEY_SYM_LINK;
    }
    Create->Disposition = REG_CREATED_NEW_KEY;
    return CmpCreateKeyCell(Hive, Parent, Name, Create->Class, Flags, Child);
}

static
NTSTATUS
NTAPI
CmpParseKey(
    IN PVOID ParseObject,
    IN POBJECT_TYPE ObjectType,
    IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode,
    IN ULONG Attributes,
    IN OUT PUNICODE_STRING CompleteName,
    IN OUT PUNICODE_STRING RemainingName,
    IN OUT PVOID Context OPTIONAL,
    OUT PVOID *Object
    )
{
    PCM_KEY_BODY Start = ParseObject;
    PCM_PARSE_CONTEXT Create = Context;
    PCMHIVE Hive;
    PCMHIVE Mounted;
    HCELL_INDEX Cell;
    HCELL_INDEX Child;
    UNICODE_STRING Remaining = *RemainingName;
    UNICODE_STRING Component;
    UNICODE_STRING Rest;
    ULONG Index;
    BOOLEAN Last;
    NTSTATUS Status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DesiredAccess);
    UNREFERENCED_PARAMETER(AccessMode);

    *Object = NULL;
    if (ARGUMENT_PRESENT(ObjectType) && ObjectType != CmpKeyObjectType) {
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    CmpLockRegistry();
    if (Start->Deleted) {
        CmpUnlockRegistry();
        return STATUS_KEY_DELETED;
    }
    Hive = Start->Hive;
    Cell = Start->KeyCell;
    if (Remaining.Length != 0 && Remaining.Buffer[0] == '\\') {
        Remaining.Buffer += 1;
        Remaining.Length -= sizeof(WCHAR);
    }
    if (Create != NULL) {
        Create->Disposition = REG_OPENED_EXISTING_KEY;
    }
    while (Remaining.Length != 0) {
        for (Index = 0; Index < Remaining.Length / sizeof(WCHAR) && Remaining.Buffer[Index] != '\\'; Index += 1) {
            NOTHING;
        }
        Component.Buffer = Remaining.Buffer;
        Component.Length = (USHORT)(Index * sizeof(WCHAR));
        Component.MaximumLength = Component.Length;
        Rest.Buffer = Remaining.Buffer + Index;
        Rest.Length = (USHORT)(Remaining.Length - Component.Length);
        Rest.MaximumLength = Rest.Length;

        //
        // A path may end with one backslash; an empty component anywhere else is a bad name.
        //

        Last = (BOOLEAN)(Rest.Length <= sizeof(WCHAR));
        if (Index == 0 || Index > CM_MAXIMUM_NAME_CHARS) {
            Status = STATUS_OBJECT_NAME_INVALID;
            break;
        }
        Child = CmpFindSubKeyByName(Hive, Cell, &Component);
        if (Child == HCELL_NIL) {
            if (!Last || Create == NULL) {
                Status = STATUS_OBJECT_NAME_NOT_FOUND;
                break;
            }
            Status = CmpCreateChild(Hive, Cell, &Component, Create, &Child);
            if (!NT_SUCCESS(Status)) {
                break;
            }
        } else if ((HvGetKeyNode(Hive, Child)->Flags & KEY_HIVE_EXIT) != 0) {
            Mounted = CmpMountedHive(Hive, Child);
            if (Mounted == NULL) {
                Status = STATUS_OBJECT_NAME_NOT_FOUND;
                break;
            }
            Hive = Mounted;
            Child = HvBaseBlock(Mounted)->RootCell;
        } else if ((HvGetKeyNode(Hive, Child)->Flags & KEY_SYM_LINK) != 0 &&
                   (!Last || ((Attributes & OBJ_OPENLINK) == 0 &&
                              (Create == NULL || (Create->CreateOptions & REG_OPTION_OPEN_LINK) == 0)))) {
            Status = CmpFollowLink(Hive, Child, &Rest, CompleteName);
            break;
        }
        Cell = Child;
        if (Last) {
            Remaining.Length = 0;
        } else {
            Remaining.Buffer = Rest.Buffer + 1;
            Remaining.Length = Rest.Length - sizeof(WCHAR);
        }
    }
    if (NT_SUCCESS(Status) && Status != STATUS_REPARSE) {
        Status = CmpCreateKeyObject(Hive, Cell, Object);
    }
    CmpUnlockRegistry();
    return Status;
}

NTSTATUS
CmpCreateRegistryType(
    VOID
    )

/*++

Routine Description:

    The Key object type: nonpaged bodies (their references may be dropped at DISPATCH_LEVEL), not waitable,
    the key access rights, the parse and delete procedures above.

--*/

{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;

    InitializeListHead(&CmpOpenKeys);
    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.UseDefaultObject = TRUE;
    Initializer.PoolType = NonPagedPool;
    Initializer.GenericMapping.GenericRead = KEY_READ;
    Initializer.GenericMapping.GenericWrite = KEY_WRITE;
    Initializer.GenericMapping.GenericExecute = KEY_EXECUTE;
    Initializer.GenericMapping.GenericAll = KEY_ALL_ACCESS;
    Initializer.ValidAccessMask = KEY_ALL_ACCESS;
    Initializer.DeleteProcedure = CmpDeleteKeyObject;
    Initializer.ParseProcedure = CmpParseKey;
    RtlInitUnicodeString(&Name, L"Key");
    return ObCreateObjectType(&Name, &Initializer, NULL, &CmpKeyObjectType);
}
