/*++

Module Name:

    cmapi.c

Abstract:

    The key services a kernel component calls: ZwCreateKey and ZwOpenKey (name lookups that reach the Key
    type's parse procedure), ZwDeleteKey, ZwFlushKey, ZwQueryKey and ZwEnumerateKey. A key deleted through
    any handle is STATUS_KEY_DELETED through every other. Information is returned as the DDK documents: when
    the buffer cannot hold the structure's fixed part, STATUS_BUFFER_TOO_SMALL and nothing written; when it
    holds that but not the names and data after it, STATUS_BUFFER_OVERFLOW with as much as fits; either way
    *ResultLength is the size the whole answer needs.

--*/

#include "cmp.h"

#define CM_NO_CLASS 0xFFFFFFFF

NTSTATUS
CmpQueryResult(
    IN ULONG Fixed,
    IN ULONG Required,
    IN ULONG Length,
    OUT PULONG ResultLength
    )
{
    *ResultLength = Required;
    if (Length < Fixed) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    return Length < Required ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}

ULONG
CmpRoom(
    IN ULONG Length,
    IN ULONG Offset,
    IN ULONG Size
    )

/*++

Return Value:

    How many of Size bytes at Offset fit in a buffer of Length bytes.

--*/

{
    if (Offset >= Length) {
        return 0;
    }
    return Length - Offset < Size ? Length - Offset : Size;
}

NTSTATUS
CmpBeginKeyOperation(
    IN HANDLE KeyHandle,
    OUT PCM_KEY_BODY *KeyBody
    )

/*++

Routine Description:

    References the key a handle names and locks the registry (CmpEndKeyOperation undoes both).

Return Value:

    STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_KEY_DELETED (nothing held then).

--*/

{
    NTSTATUS Status;

    Status = CmpReferenceKey(KeyHandle, KeyBody);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    CmpLockRegistry();
    if ((*KeyBody)->Deleted) {
        CmpUnlockRegistry();
        ObDereferenceObject(*KeyBody);
        return STATUS_KEY_DELETED;
    }
    return STATUS_SUCCESS;
}

VOID
CmpEndKeyOperation(
    IN PCM_KEY_BODY KeyBody
    )
{
    CmpUnlockRegistry();
    ObDereferenceObject(KeyBody);
}

NTSTATUS
NTAPI
ZwCreateKey(
    OUT PHANDLE KeyHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes,
    IN ULONG TitleIndex,
    IN PUNICODE_STRING Class OPTIONAL,
    IN ULONG CreateOptions,
    OUT PULONG Disposition OPTIONAL
    )

/*++

Routine Description:

    Opens the key ObjectAttributes names, making it (with Class) when it does not exist; its parent must.
    REG_OPTION_CREATE_LINK makes a link key, whose SymbolicLinkValue (REG_LINK) is then set through the
    handle; REG_OPTION_VOLATILE needs a volatile hive.

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND when the parent is missing; STATUS_INVALID_PARAMETER for unknown options;
    STATUS_NOT_SUPPORTED for a volatile key in a hive that is flushed; the lookup's failures.

--*/

{
    CM_PARSE_CONTEXT Context;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(TitleIndex);
    PAGED_CODE();

    if (KeyHandle == NULL || (CreateOptions & ~REG_LEGAL_OPTION) != 0 ||
        (ARGUMENT_PRESENT(Class) && ((Class->Length & 1) != 0 || (Class->Length != 0 && Class->Buffer == NULL)))) {
        return STATUS_INVALID_PARAMETER;
    }
    Context.Class = Class;
    Context.CreateOptions = CreateOptions;
    Context.Disposition = 0;
    Status = ObOpenObjectByName(ObjectAttributes, CmpKeyObjectType, KernelMode, NULL, DesiredAccess, &Context, KeyHandle);
    if (NT_SUCCESS(Status) && ARGUMENT_PRESENT(Disposition)) {
        *Disposition = Context.Disposition;
    }
    return Status;
}

NTSTATUS
NTAPI
ZwOpenKey(
    OUT PHANDLE KeyHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes
    )

/*++

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND when the key (or a key on the way) does not exist; the lookup's failures.

--*/

{
    PAGED_CODE();

    if (KeyHandle == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return ObOpenObjectByName(ObjectAttributes, CmpKeyObjectType, KernelMode, NULL, DesiredAccess, NULL, KeyHandle);
}

NTSTATUS
NTAPI
ZwDeleteKey(
    IN HANDLE KeyHandle
    )

/*++

Routine Description:

    Deletes the key a handle names; its handles stay open, and every one then answers STATUS_KEY_DELETED.

Return Value:

    STATUS_CANNOT_DELETE for a key with subkeys, a hive's root or a key of the registry's own structure.

--*/

{
    PCM_KEY_BODY Body;
    PCM_KEY_NODE Node;
    NTSTATUS Status;

    PAGED_CODE();

    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Node = HvGetKeyNode(Body->Hive, Body->KeyCell);
    if ((Node->Flags & (KEY_NO_DELETE | KEY_HIVE_ENTRY)) != 0 || Node->SubKeyCounts[0] != 0) {
        Status = STATUS_CANNOT_DELETE;
    } else {
        Status = CmpDeleteKeyCell(Body->Hive, Body->KeyCell);
        if (NT_SUCCESS(Status)) {
            CmpMarkKeysDeleted(Body->Hive, Body->KeyCell);
        }
    }
    CmpEndKeyOperation(Body);
    return Status;
}

NTSTATUS
NTAPI
ZwFlushKey(
    IN HANDLE KeyHandle
    )

/*++

Routine Description:

    Writes the hive holding the key to where it came from: the SYSTEM hive to the loader's image of it (which
    the host may save at power-off) and to its file on the boot volume (CmpWriteHiveFile). A volatile hive has
    nowhere to go: success. Flushes are made one at a time, so the file gets the images in their order.

Return Value:

    STATUS_REGISTRY_IO_FAILED when the hive has outgrown the room the loader gave it, or its file could not
    be written (the hive stays changed, for the next flush to try again).

--*/

{
    PCM_KEY_BODY Body;
    PCMHIVE Hive;
    PVOID FileImage;
    NTSTATUS Status;

    PAGED_CODE();

    KeWaitForSingleObject(&CmpHiveFileMutex, Executive, KernelMode, FALSE, NULL);
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (NT_SUCCESS(Status)) {
        Hive = Body->Hive;
        Status = CmpFlushHive(Hive, &FileImage);
        CmpEndKeyOperation(Body);

        //
        // A hive with a file is never unmounted (only CmLoadHiveImage's are), so it outlives the key's reference.
        //

        if (FileImage != NULL) {
            Status = CmpWriteHiveFile(Hive, FileImage);
        }
    }
    KeReleaseMutex(&CmpHiveFileMutex, FALSE);
    return Status;
}

static
NTSTATUS
CmpQueryKeyData(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN KEY_INFORMATION_CLASS KeyInformationClass,
    OUT PVOID KeyInformation,
    IN ULONG Length,
    OUT PULONG ResultLength
    )
{
    PCM_KEY_NODE Node = HvGetKeyNode(Hive, KeyCell);
    ULONG NameSize = CmpNameSize(Node->NameLength, (BOOLEAN)((Node->Flags & KEY_COMP_NAME) != 0));
    PUCHAR Buffer = KeyInformation;
    PKEY_BASIC_INFORMATION Basic = KeyInformation;
    PKEY_NODE_INFORMATION NodeInfo = KeyInformation;
    PKEY_FULL_INFORMATION Full = KeyInformation;
    ULONG Fixed;
    ULONG NameOffset;
    ULONG ClassOffset;
    NTSTATUS Status;

    switch (KeyInformationClass) {
    case KeyBasicInformation:
        Fixed = FIELD_OFFSET(KEY_BASIC_INFORMATION, Name);
        NameOffset = Fixed;
        ClassOffset = 0;
        Status = CmpQueryResult(Fixed, Fixed + NameSize, Length, ResultLength);
        if (Status == STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        Basic->LastWriteTime = Node->LastWriteTime;
        Basic->TitleIndex = 0;
        Basic->NameLength = NameSize;
        break;
    case KeyNodeInformation:
        Fixed = FIELD_OFFSET(KEY_NODE_INFORMATION, Name);
        NameOffset = Fixed;
        ClassOffset = Fixed + NameSize;
        Status = CmpQueryResult(Fixed, ClassOffset + Node->ClassLength, Length, ResultLength);
        if (Status == STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        NodeInfo->LastWriteTime = Node->LastWriteTime;
        NodeInfo->TitleIndex = 0;
        NodeInfo->ClassOffset = Node->ClassLength != 0 ? ClassOffset : CM_NO_CLASS;
        NodeInfo->ClassLength = Node->ClassLength;
        NodeInfo->NameLength = NameSize;
        break;
    case KeyFullInformation:
        Fixed = FIELD_OFFSET(KEY_FULL_INFORMATION, Class);
        NameOffset = 0;
        ClassOffset = Fixed;
        Status = CmpQueryResult(Fixed, ClassOffset + Node->ClassLength, Length, ResultLength);
        if (Status == STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        Full->LastWriteTime = Node->LastWriteTime;
        Full->TitleIndex = 0;
        Full->ClassOffset = Node->ClassLength != 0 ? ClassOffset : CM_NO_CLASS;
        Full->ClassLength = Node->ClassLength;
        Full->SubKeys = Node->SubKeyCounts[0];
        Full->MaxNameLen = Node->MaxNameLen;
        Full->MaxClassLen = Node->MaxClassLen;
        Full->Values = Node->ValueCount;
        Full->MaxValueNameLen = Node->MaxValueNameLen;
        Full->MaxValueDataLen = Node->MaxValueDataLen;
        break;
    default:
        return STATUS_INVALID_PARAMETER;
    }

    //
    // The name (not in the full information) and the class, as far as they fit.
    //

    if (NameOffset != 0) {
        CmpCopyNameBounded(Buffer, Length, NameOffset, Node->Name, Node->NameLength, (BOOLEAN)((Node->Flags & KEY_COMP_NAME) != 0));
    }
    if (KeyInformationClass != KeyBasicInformation && Node->ClassLength != 0) {
        RtlCopyMemory(Buffer + ClassOffset, HvGetCell(Hive, Node->Class), CmpRoom(Length, ClassOffset, Node->ClassLength));
    }
    return Status;
}

NTSTATUS
NTAPI
ZwQueryKey(
    IN HANDLE KeyHandle,
    IN KEY_INFORMATION_CLASS KeyInformationClass,
    OUT PVOID KeyInformation OPTIONAL,
    IN ULONG Length,
    OUT PULONG ResultLength
    )

/*++

Return Value:

    STATUS_BUFFER_TOO_SMALL, STATUS_BUFFER_OVERFLOW (see the abstract); STATUS_INVALID_PARAMETER for an
    unknown information class or no ResultLength.

--*/

{
    PCM_KEY_BODY Body;
    NTSTATUS Status;

    PAGED_CODE();

    if (ResultLength == NULL || (KeyInformation == NULL && Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = CmpQueryKeyData(Body->Hive, Body->KeyCell, KeyInformationClass, KeyInformation, Length, ResultLength);
    CmpEndKeyOperation(Body);
    return Status;
}

NTSTATUS
NTAPI
ZwEnumerateKey(
    IN HANDLE KeyHandle,
    IN ULONG Index,
    IN KEY_INFORMATION_CLASS KeyInformationClass,
    OUT PVOID KeyInformation OPTIONAL,
    IN ULONG Length,
    OUT PULONG ResultLength
    )

/*++

Routine Description:

    The Index-th subkey in name order (without regard to case), as ZwQueryKey would describe it.

Return Value:

    STATUS_NO_MORE_ENTRIES past the last subkey; as ZwQueryKey otherwise.

--*/

{
    PCM_KEY_BODY Body;
    HCELL_INDEX Child;
    NTSTATUS Status;

    PAGED_CODE();

    if (ResultLength == NULL || (KeyInformation == NULL && Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Child = CmpFindSubKeyByNumber(Body->Hive, Body->KeyCell, Index);
    if (Child == HCELL_NIL) {
        Status = STATUS_NO_MORE_ENTRIES;
    } else {
        Status = CmpQueryKeyData(Body->Hive, Child, KeyInformationClass, KeyInformation, Length, ResultLength);
    }
    CmpEndKeyOperation(Body);
    return Status;
}
