/*++

Module Name:

    cmvalue.c

Abstract:

    Self-tests of registry values: every type set and read back, the three information classes and their
    buffer rules, names without regard to case, the default value, replacing a value by one of another size,
    enumeration and deletion, data larger than one cell (big data segments), and bad parameters.

--*/

#include "cmtest.h"

typedef struct _KMT_CM_TYPE {
    PCWSTR Name;
    ULONG Type;
    ULONG Size;
    UCHAR Data[24];
} KMT_CM_TYPE;

static const KMT_CM_TYPE KmtCmTypes[] = {
    { L"Sz", REG_SZ, 6, { 'h', 0, 'i', 0, 0, 0 } },
    { L"ExpandSz", REG_EXPAND_SZ, 8, { '%', 0, 'x', 0, '%', 0, 0, 0 } },
    { L"SmallBinary", REG_BINARY, 3, { 1, 2, 3 } },
    { L"Binary", REG_BINARY, 20, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 } },
    { L"Dword", REG_DWORD, 4, { 0x78, 0x56, 0x34, 0x12 } },
    { L"DwordBigEndian", REG_DWORD_BIG_ENDIAN, 4, { 0x12, 0x34, 0x56, 0x78 } },
    { L"MultiSz", REG_MULTI_SZ, 10, { 'a', 0, 0, 0, 'b', 0, 0, 0, 0, 0 } },
    { L"Qword", REG_QWORD, 8, { 1, 0, 0, 0, 0, 0, 0, 0x80 } },
    { L"Link", REG_LINK, 4, { '\\', 0, 'x', 0 } },
    { L"None", REG_NONE, 0, { 0 } },
};

static
BOOLEAN
KmtCmBigDataIs(
    IN PUCHAR Data,
    IN ULONG Size,
    IN ULONG Seed
    )
{
    ULONG Index;

    for (Index = 0; Index < Size; Index += 1) {
        if (Data[Index] != (UCHAR)(Index * Seed % 251)) {
            return FALSE;
        }
    }
    return TRUE;
}

START_TEST(CmValue)
{
    UCHAR Buffer[256];
    PKEY_VALUE_PARTIAL_INFORMATION Partial = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
    PKEY_VALUE_FULL_INFORMATION Full = (PKEY_VALUE_FULL_INFORMATION)Buffer;
    PKEY_VALUE_BASIC_INFORMATION Basic = (PKEY_VALUE_BASIC_INFORMATION)Buffer;
    PKEY_FULL_INFORMATION KeyFull = (PKEY_FULL_INFORMATION)Buffer;
    PKEY_VALUE_PARTIAL_INFORMATION BigInfo;
    UNICODE_STRING Name;
    HANDLE Key;
    HANDLE Other;
    PUCHAR Big;
    ULONG Dword = 7;
    ULONG Length;
    ULONG Index;

    ok_eq_hex(KmtCmCreate(KMT_CM_ROOT, NULL, 0, &Key, NULL), STATUS_SUCCESS);

    //
    // Every type, read back as set.
    //

    for (Index = 0; Index < RTL_NUMBER_OF(KmtCmTypes); Index += 1) {
        ok_eq_hex(KmtCmSet(Key, KmtCmTypes[Index].Name, KmtCmTypes[Index].Type, (PVOID)KmtCmTypes[Index].Data, KmtCmTypes[Index].Size),
                  STATUS_SUCCESS);
    }
    for (Index = 0; Index < RTL_NUMBER_OF(KmtCmTypes); Index += 1) {
        RtlFillMemory(Buffer, sizeof(Buffer), 0xCC);
        ok(NT_SUCCESS(KmtCmQuery(Key, KmtCmTypes[Index].Name, Partial, sizeof(Buffer), &Length)) &&
           Partial->Type == KmtCmTypes[Index].Type && Partial->DataLength == KmtCmTypes[Index].Size &&
           Length == FIELD_OFFSET(KEY_VALUE_PARTIAL_INFORMATION, Data) + KmtCmTypes[Index].Size &&
           RtlEqualMemory(Partial->Data, KmtCmTypes[Index].Data, KmtCmTypes[Index].Size),
           "value %lu (type %lu) reads back as set", Index, KmtCmTypes[Index].Type);
    }

    //
    // The full and basic information; names without regard to case.
    //

    RtlInitUnicodeString(&Name, L"qWORD");
    ok_eq_hex(ZwQueryValueKey(Key, &Name, KeyValueFullInformation, Full, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(Full->Type == REG_QWORD && KmtCmNameIs(Full->Name, Full->NameLength, L"Qword") && (Full->DataOffset & 3) == 0 &&
       Full->DataLength == 8 && Buffer[Full->DataOffset] == 1 && Buffer[Full->DataOffset + 7] == 0x80 &&
       Length == Full->DataOffset + 8, "the full information: name, aligned data");
    ok_eq_hex(ZwQueryValueKey(Key, &Name, KeyValueBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(Basic->Type == REG_QWORD && KmtCmNameIs(Basic->Name, Basic->NameLength, L"Qword"), "the basic information");
    ok_eq_hex(ZwQueryValueKey(Key, &Name, (KEY_VALUE_INFORMATION_CLASS)9, Basic, sizeof(Buffer), &Length), STATUS_INVALID_PARAMETER);

    //
    // Buffer rules: too small for the fixed part; room for it and part of the data.
    //

    ok_eq_hex(KmtCmQuery(Key, L"Qword", Partial, 8, &Length), STATUS_BUFFER_TOO_SMALL);
    ok_eq_ulong(Length, FIELD_OFFSET(KEY_VALUE_PARTIAL_INFORMATION, Data) + 8);
    RtlFillMemory(Buffer, sizeof(Buffer), 0xCC);
    ok_eq_hex(KmtCmQuery(Key, L"Qword", Partial, FIELD_OFFSET(KEY_VALUE_PARTIAL_INFORMATION, Data) + 2, &Length),
              STATUS_BUFFER_OVERFLOW);
    ok(Partial->DataLength == 8 && Partial->Data[0] == 1 && Partial->Data[1] == 0 && Partial->Data[2] == 0xCC,
       "an overflowing query writes the data that fits");
    ok_eq_hex(KmtCmQuery(Key, L"Qword", NULL, 0, &Length), STATUS_BUFFER_TOO_SMALL);
    ok_eq_hex(KmtCmQuery(Key, L"Missing", Partial, sizeof(Buffer), &Length), STATUS_OBJECT_NAME_NOT_FOUND);

    //
    // The default value; replacing values by others of other sizes (inline, a cell, inline again).
    //

    ok_eq_hex(KmtCmSet(Key, L"", REG_DWORD, &Dword, sizeof(Dword)), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"", Partial, sizeof(Buffer), &Length)) && *(PULONG)Partial->Data == 7, "the default value");
    ok_eq_hex(KmtCmSet(Key, L"dword", REG_SZ, (PVOID)L"now a string", 26), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"Dword", Partial, sizeof(Buffer), &Length)) && Partial->Type == REG_SZ &&
       Partial->DataLength == 26 && Partial->Data[0] == 'n', "a DWORD replaced by a string");
    ok_eq_hex(KmtCmSet(Key, L"Dword", REG_DWORD, &Dword, sizeof(Dword)), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"Dword", Partial, sizeof(Buffer), &Length)) && Partial->DataLength == 4 &&
       *(PULONG)Partial->Data == 7, "and a DWORD again");

    //
    // Enumeration in the order the values were made; the key's counts.
    //

    ok_eq_hex(ZwEnumerateValueKey(Key, 0, KeyValueBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"Sz"), "value 0 is Sz");
    ok_eq_hex(ZwEnumerateValueKey(Key, 9, KeyValueBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"None") && Basic->Type == REG_NONE, "value 9 is None");
    ok_eq_hex(ZwEnumerateValueKey(Key, 10, KeyValueBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok_eq_ulong(Basic->NameLength, 0);
    ok_eq_hex(ZwEnumerateValueKey(Key, 11, KeyValuePartialInformation, Partial, sizeof(Buffer), &Length), STATUS_NO_MORE_ENTRIES);
    ok_eq_hex(ZwQueryKey(Key, KeyFullInformation, KeyFull, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KeyFull->Values == 11 && KeyFull->MaxValueNameLen == 28 && KeyFull->MaxValueDataLen == 20, "the key's value counts and maxima (Binary's 20 bytes: the string Dword held is gone)");

    //
    // Deletion.
    //

    RtlInitUnicodeString(&Name, L"SMALLBINARY");
    ok_eq_hex(ZwDeleteValueKey(Key, &Name), STATUS_SUCCESS);
    ok_eq_hex(ZwDeleteValueKey(Key, &Name), STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Name, L"DwordBigEndian");
    ok_eq_hex(ZwDeleteValueKey(Key, &Name), STATUS_SUCCESS);
    ok_eq_hex(ZwQueryKey(Key, KeyFullInformation, KeyFull, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KeyFull->Values == 9 && KeyFull->MaxValueNameLen == 16, "the maxima follow deletions: ExpandSz is the longest name left");
    ok_eq_hex(ZwEnumerateValueKey(Key, 2, KeyValueBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"Binary"), "the values after a deleted one move up");

    //
    // Large values: 20,000 and 70,000 bytes (big data segments), replaced by a smaller one.
    //

    Big = ExAllocatePoolWithTag(PagedPool, 70000, KMT_CM_TAG);
    BigInfo = ExAllocatePoolWithTag(PagedPool, 70100, KMT_CM_TAG);
    for (Index = 0; Index < 70000; Index += 1) {
        Big[Index] = (UCHAR)(Index * 3 % 251);
    }
    ok_eq_hex(KmtCmSet(Key, L"Big", REG_BINARY, Big, 20000), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"Big", BigInfo, 70100, &Length)) && BigInfo->DataLength == 20000 &&
       KmtCmBigDataIs(BigInfo->Data, 20000, 3), "a 20,000-byte value reads back");
    ok_eq_hex(KmtCmSet(Key, L"Big", REG_BINARY, Big, 70000), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"Big", BigInfo, 70100, &Length)) && BigInfo->DataLength == 70000 &&
       KmtCmBigDataIs(BigInfo->Data, 70000, 3), "a 70,000-byte value reads back");
    ok_eq_hex(KmtCmSet(Key, L"Big", REG_BINARY, Big, 100), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"Big", BigInfo, 70100, &Length)) && BigInfo->DataLength == 100 &&
       KmtCmBigDataIs(BigInfo->Data, 100, 3), "and replaced by 100 bytes");
    ExFreePoolWithTag(BigInfo, KMT_CM_TAG);
    ExFreePoolWithTag(Big, KMT_CM_TAG);

    //
    // Bad parameters, and a deleted key.
    //

    ok_eq_hex(KmtCmSet(Key, L"NoData", REG_BINARY, NULL, 4), STATUS_INVALID_PARAMETER);
    Name.Buffer = L"Odd";
    Name.Length = 3;
    Name.MaximumLength = 4;
    ok_eq_hex(ZwSetValueKey(Key, &Name, 0, REG_DWORD, &Dword, sizeof(Dword)), STATUS_INVALID_PARAMETER);
    ok_eq_hex(ZwQueryValueKey(Key, NULL, KeyValuePartialInformation, Partial, sizeof(Buffer), &Length), STATUS_INVALID_PARAMETER);
    ok_eq_hex(KmtCmOpen(KMT_CM_ROOT, OBJ_CASE_INSENSITIVE, &Other), STATUS_SUCCESS);
    ok_eq_hex(ZwDeleteKey(Key), STATUS_SUCCESS);
    ok_eq_hex(KmtCmSet(Other, L"After", REG_DWORD, &Dword, sizeof(Dword)), STATUS_KEY_DELETED);
    ok_eq_hex(KmtCmQuery(Other, L"Dword", Partial, sizeof(Buffer), &Length), STATUS_KEY_DELETED);
    ZwClose(Other);
    ZwClose(Key);
}
