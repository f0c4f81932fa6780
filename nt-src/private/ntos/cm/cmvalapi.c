/*++

Module Name:

    cmvalapi.c

Abstract:

    The value services: ZwSetValueKey, ZwDeleteValueKey, ZwQueryValueKey and ZwEnumerateValueKey (basic,
    full and partial information, with the buffer rules of cmapi.c). A value's name may be empty (the key's
    default value) and is at most 16383 characters.

--*/

#include "cmp.h"

#define CM_MAXIMUM_VALUE_NAME_CHARS 16383

static
BOOLEAN
CmpValueNameOk(
    IN PCUNICODE_STRING ValueName
    )
{
    return (BOOLEAN)(ValueName != NULL && (ValueName->Length & 1) == 0 &&
                     ValueName->Length <= CM_MAXIMUM_VALUE_NAME_CHARS * sizeof(WCHAR) &&
                     (ValueName->Length == 0 || ValueName->Buffer != NULL));
}

static
NTSTATUS
CmpQueryValueData(
    IN PCMHIVE Hive,
    IN HCELL_INDEX ValueCell,
    IN KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
    OUT PVOID KeyValueInformation,
    IN ULONG Length,
    OUT PULONG ResultLength
    )
{
    PCM_KEY_VALUE Value = HvGetKeyValue(Hive, ValueCell);
    BOOLEAN Compressed = (BOOLEAN)((Value->Flags & VALUE_COMP_NAME) != 0);
    ULONG NameSize = CmpNameSize(Value->NameLength, Compressed);
    ULONG DataLength = CmpValueDataLength(Value);
    PUCHAR Buffer = KeyValueInformation;
    PKEY_VALUE_BASIC_INFORMATION Basic = KeyValueInformation;
    PKEY_VALUE_FULL_INFORMATION Full = KeyValueInformation;
    PKEY_VALUE_PARTIAL_INFORMATION Partial = KeyValueInformation;
    ULONG Fixed;
    ULONG NameOffset = 0;
    ULONG DataOffset = 0;
    BOOLEAN WithData = TRUE;
    NTSTATUS Status;

    switch (KeyValueInformationClass) {
    case KeyValueBasicInformation:
        Fixed = FIELD_OFFSET(KEY_VALUE_BASIC_INFORMATION, Name);
        NameOffset = Fixed;
        WithData = FALSE;
        Status = CmpQueryResult(Fixed, Fixed + NameSize, Length, ResultLength);
        if (Status == STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        Basic->TitleIndex = 0;
        Basic->Type = Value->Type;
        Basic->NameLength = NameSize;
        break;
    case KeyValueFullInformation:
        Fixed = FIELD_OFFSET(KEY_VALUE_FULL_INFORMATION, Name);
        NameOffset = Fixed;
        DataOffset = (Fixed + NameSize + sizeof(ULONG) - 1) & ~(sizeof(ULONG) - 1);
        Status = CmpQueryResult(Fixed, DataOffset + DataLength, Length, ResultLength);
        if (Status == STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        Full->TitleIndex = 0;
        Full->Type = Value->Type;
        Full->DataOffset = DataOffset;
        Full->DataLength = DataLength;
        Full->NameLength = NameSize;
        break;
    case KeyValuePartialInformation:
        Fixed = FIELD_OFFSET(KEY_VALUE_PARTIAL_INFORMATION, Data);
        DataOffset = Fixed;
        Status = CmpQueryResult(Fixed, Fixed + DataLength, Length, ResultLength);
        if (Status == STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        Partial->TitleIndex = 0;
        Partial->Type = Value->Type;
        Partial->DataLength = DataLength;
        break;
    default:
        return STATUS_INVALID_PARAMETER;
    }
    if (NameOffset != 0) {
        CmpCopyNameBounded(Buffer, Length, NameOffset, Value->Name, Value->NameLength, Compressed);
    }
    if (WithData && CmpRoom(Length, DataOffset, DataLength) != 0) {
        CmpCopyValueData(Hive, ValueCell, Buffer + DataOffset, CmpRoom(Length, DataOffset, DataLength));
    }
    return Status;
}

NTSTATUS
NTAPI
ZwQueryValueKey(
    IN HANDLE KeyHandle,
    IN PUNICODE_STRING ValueName,
    IN KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
    OUT PVOID KeyValueInformation OPTIONAL,
    IN ULONG Length,
    OUT PULONG ResultLength
    )

/*++

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND when the key has no such value; STATUS_BUFFER_TOO_SMALL,
    STATUS_BUFFER_OVERFLOW; STATUS_INVALID_PARAMETER for an unknown class, a bad name or no ResultLength.

--*/

{
    PCM_KEY_BODY Body;
    HCELL_INDEX ValueCell;
    NTSTATUS Status;

    PAGED_CODE();

    if (!CmpValueNameOk(ValueName) || ResultLength == NULL || (KeyValueInformation == NULL && Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    ValueCell = CmpFindValueByName(Body->Hive, Body->KeyCell, ValueName, NULL);
    if (ValueCell == HCELL_NIL) {
        Status = KeyValueInformationClass <= KeyValuePartialInformation ? STATUS_OBJECT_NAME_NOT_FOUND
                                                                        : STATUS_INVALID_PARAMETER;
    } else {
        Status = CmpQueryValueData(Body->Hive, ValueCell, KeyValueInformationClass, KeyValueInformation, Length,
                                   ResultLength);
    }
    CmpEndKeyOperation(Body);
    return Status;
}

NTSTATUS
NTAPI
ZwEnumerateValueKey(
    IN HANDLE KeyHandle,
    IN ULONG Index,
    IN KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
    OUT PVOID KeyValueInformation OPTIONAL,
    IN ULONG Length,
    OUT PULONG ResultLength
    )

/*++

Routine Description:

    The key's Index-th value, in the order the values were made.

Return Value:

    STATUS_NO_MORE_ENTRIES past the last value; as ZwQueryValueKey otherwise.

--*/

{
    PCM_KEY_BODY Body;
    HCELL_INDEX ValueCell;
    NTSTATUS Status;

    PAGED_CODE();

    if (ResultLength == NULL || (KeyValueInformation == NULL && Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    ValueCell = CmpValueAt(Body->Hive, Body->KeyCell, Index);
    if (ValueCell == HCELL_NIL) {
        Status = STATUS_NO_MORE_ENTRIES;
    } else {
        Status = CmpQueryValueData(Body->Hive, ValueCell, KeyValueInformationClass, KeyValueInformation, Length,
                                   ResultLength);
    }
    CmpEndKeyOperation(Body);
    return Status;
}

NTSTATUS
NTAPI
ZwSetValueKey(
    IN HANDLE KeyHandle,
    IN PUNICODE_STRING ValueName,
    IN ULONG TitleIndex OPTIONAL,
    IN ULONG Type,
    IN PVOID Data OPTIONAL,
    IN ULONG DataSize
    )

/*++

Routine Description:

    Sets (or makes) a value of the key: its type and a copy of its data, of any type and length.

Return Value:

    STATUS_INVALID_PARAMETER for a bad name, or no data with a nonzero size; STATUS_KEY_DELETED.

--*/

{
    PCM_KEY_BODY Body;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(TitleIndex);
    PAGED_CODE();

    if (!CmpValueNameOk(ValueName) || (Data == NULL && DataSize != 0) || DataSize > MAXLONG / 2) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = CmpSetValue(Body->Hive, Body->KeyCell, ValueName, Type, Data, DataSize);
    CmpEndKeyOperation(Body);
    return Status;
}

NTSTATUS
NTAPI
ZwDeleteValueKey(
    IN HANDLE KeyHandle,
    IN PUNICODE_STRING ValueName
    )

/*++

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND when the key has no such value.

--*/

{
    PCM_KEY_BODY Body;
    NTSTATUS Status;

    PAGED_CODE();

    if (!CmpValueNameOk(ValueName)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = CmpBeginKeyOperation(KeyHandle, &Body);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = CmpDeleteValue(Body->Hive, Body->KeyCell, ValueName);
    CmpEndKeyOperation(Body);
    return Status;
}
