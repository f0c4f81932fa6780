/*++

Module Name:

    cmkey.c

Abstract:

    Self-tests of registry keys: opening the registry's own keys with and without regard to case, making keys
    (dispositions, classes, relative names, a missing parent), key information and its buffer rules, subkeys
    enumerated in name order, many subkeys (several lh leaves under an ri root), deletion (a key with
    subkeys, a hive's root, handles to a deleted key), bad handles and parameters, and flushing.

--*/

#include "cmtest.h"

START_TEST(CmKey)
{
    UCHAR Buffer[512];
    PKEY_BASIC_INFORMATION Basic = (PKEY_BASIC_INFORMATION)Buffer;
    PKEY_NODE_INFORMATION Node = (PKEY_NODE_INFORMATION)Buffer;
    PKEY_FULL_INFORMATION Full = (PKEY_FULL_INFORMATION)Buffer;
    WCHAR Path[64];
    WCHAR LongName[257];
    UNICODE_STRING Name;
    UNICODE_STRING Class;
    OBJECT_ATTRIBUTES Attributes;
    HANDLE Key;
    HANDLE Test;
    HANDLE Child;
    HANDLE Other;
    HANDLE Event;
    ULONG Disposition;
    ULONG Length;
    ULONG Index;
    BOOLEAN Sorted;
    NTSTATUS Status;

    ok_eq_hex(KmtCmOpen(L"\\Registry", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ZwClose(Key);
    ok_eq_hex(KmtCmOpen(L"\\REGISTRY\\machine\\SYSTEM\\controlset001\\CONTROL", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ZwClose(Key);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\NoSuchKey", OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\NoSuchKey\\Below", OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\Select\\\\Below", OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_INVALID);

    //
    // Making keys: a new one, the same again, one whose parent is missing, one relative to a handle.
    //

    ok_eq_hex(KmtCmCreate(KMT_CM_ROOT, NULL, 0, &Test, &Disposition), STATUS_SUCCESS);
    ok_eq_ulong(Disposition, REG_CREATED_NEW_KEY);
    ok_eq_hex(KmtCmCreate(KMT_CM_ROOT, NULL, 0, &Key, &Disposition), STATUS_SUCCESS);
    ok_eq_ulong(Disposition, REG_OPENED_EXISTING_KEY);
    ZwClose(Key);
    ok_eq_hex(KmtCmCreate(KMT_CM_ROOT L"\\Missing\\Child", NULL, 0, &Key, NULL), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtCmCreate(L"Relative", Test, 0, &Child, &Disposition), STATUS_SUCCESS);
    ok_eq_ulong(Disposition, REG_CREATED_NEW_KEY);
    ok_eq_hex(KmtCmOpen(KMT_CM_ROOT L"\\RELATIVE", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ZwClose(Key);
    ok_eq_hex(KmtCmCreate(L"Bad", NULL, 0x100, &Key, NULL), STATUS_INVALID_PARAMETER);
    for (Index = 0; Index < 256; Index += 1) {
        LongName[Index] = 'x';
    }
    LongName[256] = 0;
    ok_eq_hex(KmtCmCreate(LongName, Test, 0, &Key, NULL), STATUS_OBJECT_NAME_INVALID);
    LongName[255] = 0;
    ok_eq_hex(KmtCmCreate(LongName, Test, 0, &Key, NULL), STATUS_SUCCESS);
    ok_eq_hex(ZwDeleteKey(Key), STATUS_SUCCESS);
    ZwClose(Key);

    //
    // Key information: the name, the fixed part that must fit, the overflow that returns what fits.
    //

    ok_eq_hex(ZwQueryKey(Child, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"Relative"), "the key's name is Relative");
    ok_eq_ulong(Length, FIELD_OFFSET(KEY_BASIC_INFORMATION, Name) + 16);
    ok_eq_hex(ZwQueryKey(Child, KeyBasicInformation, Basic, 8, &Length), STATUS_BUFFER_TOO_SMALL);
    ok_eq_ulong(Length, FIELD_OFFSET(KEY_BASIC_INFORMATION, Name) + 16);
    RtlFillMemory(Buffer, sizeof(Buffer), 0xCC);
    ok_eq_hex(ZwQueryKey(Child, KeyBasicInformation, Basic, FIELD_OFFSET(KEY_BASIC_INFORMATION, Name) + 4, &Length),
              STATUS_BUFFER_OVERFLOW);
    ok(Basic->NameLength == 16 && Basic->Name[0] == 'R' && Basic->Name[1] == 'e' && Buffer[FIELD_OFFSET(KEY_BASIC_INFORMATION, Name) + 4] == 0xCC,
       "an overflowing query writes the fixed part and the two characters that fit");
    ok_eq_hex(ZwQueryKey(Child, (KEY_INFORMATION_CLASS)7, Basic, sizeof(Buffer), &Length), STATUS_INVALID_PARAMETER);
    ok_eq_hex(ZwQueryKey(Child, KeyBasicInformation, Basic, sizeof(Buffer), NULL), STATUS_INVALID_PARAMETER);
    ZwClose(Child);

    //
    // A class, in the node and full information.
    //

    RtlInitUnicodeString(&Class, L"KmtClass");
    RtlInitUnicodeString(&Name, L"Classy");
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Test, NULL);
    ok_eq_hex(ZwCreateKey(&Child, KEY_ALL_ACCESS, &Attributes, 0, &Class, 0, NULL), STATUS_SUCCESS);
    ok_eq_hex(ZwQueryKey(Child, KeyNodeInformation, Node, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(Node->ClassLength == 16 && KmtCmNameIs((PWCHAR)(Buffer + Node->ClassOffset), Node->ClassLength, L"KmtClass"),
       "the node information holds the class");
    ok_eq_hex(ZwQueryKey(Child, KeyFullInformation, Full, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(Full->ClassLength == 16 && Full->SubKeys == 0 && Full->Values == 0, "the full information: the class, no subkeys or values");
    ZwClose(Child);
    ok_eq_hex(ZwQueryKey(Test, KeyFullInformation, Full, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok_eq_ulong(Full->SubKeys, 2);
    ok_eq_ulong(Full->MaxNameLen, 16);

    //
    // Enumeration is in name order, without regard to case.
    //

    KmtCmCreate(L"b", Test, 0, &Key, NULL);
    ZwClose(Key);
    KmtCmCreate(L"A", Test, 0, &Key, NULL);
    ZwClose(Key);
    ok_eq_hex(ZwEnumerateKey(Test, 0, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"A"), "subkey 0 is A");
    ok_eq_hex(ZwEnumerateKey(Test, 1, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"b"), "subkey 1 is b");
    ok_eq_hex(ZwEnumerateKey(Test, 3, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"Relative"), "subkey 3 is Relative");
    ok_eq_hex(ZwEnumerateKey(Test, 4, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_NO_MORE_ENTRIES);

    //
    // Deletion: not with subkeys, not a hive's root; a deleted key's handles all answer STATUS_KEY_DELETED.
    //

    ok_eq_hex(ZwDeleteKey(Test), STATUS_CANNOT_DELETE);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ok_eq_hex(ZwDeleteKey(Key), STATUS_CANNOT_DELETE);
    ok_eq_hex(ZwFlushKey(Key), STATUS_SUCCESS);
    ZwClose(Key);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ok_eq_hex(ZwDeleteKey(Key), STATUS_CANNOT_DELETE);
    ok_eq_hex(ZwFlushKey(Key), STATUS_SUCCESS);
    ZwClose(Key);
    KmtCmOpen(KMT_CM_ROOT L"\\b", OBJ_CASE_INSENSITIVE, &Key);
    KmtCmOpen(KMT_CM_ROOT L"\\B", OBJ_CASE_INSENSITIVE, &Other);
    ok_eq_hex(ZwDeleteKey(Key), STATUS_SUCCESS);
    ok_eq_hex(ZwDeleteKey(Key), STATUS_KEY_DELETED);
    ok_eq_hex(ZwQueryKey(Other, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_KEY_DELETED);
    ok_eq_hex(KmtCmCreate(L"Below", Other, 0, &Child, NULL), STATUS_KEY_DELETED);
    ok_eq_hex(KmtCmOpen(KMT_CM_ROOT L"\\b", OBJ_CASE_INSENSITIVE, &Child), STATUS_OBJECT_NAME_NOT_FOUND);
    ZwClose(Key);
    ZwClose(Other);

    //
    // Handles that are not keys.
    //

    ok_eq_hex(ZwQueryKey((HANDLE)(ULONG_PTR)0x80000FFC, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_INVALID_HANDLE);
    InitializeObjectAttributes(&Attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE);
    ok_eq_hex(ZwQueryKey(Event, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_OBJECT_TYPE_MISMATCH);
    ok_eq_hex(ZwDeleteKey(Event), STATUS_OBJECT_TYPE_MISMATCH);
    ZwClose(Event);

    //
    // Many subkeys, made in reverse order: the list outgrows one leaf (an ri root over lh leaves) and stays
    // sorted; each is found without regard to case; deleting them all empties it again.
    //

    ok_eq_hex(KmtCmCreate(L"Many", Test, 0, &Child, NULL), STATUS_SUCCESS);
    for (Index = 300; Index > 0; Index -= 1) {
        Path[0] = 'S';
        Path[1] = (WCHAR)('0' + (Index - 1) / 100);
        Path[2] = (WCHAR)('0' + (Index - 1) / 10 % 10);
        Path[3] = (WCHAR)('0' + (Index - 1) % 10);
        Path[4] = 0;
        Status = KmtCmCreate(Path, Child, 0, &Key, NULL);
        if (!NT_SUCCESS(Status)) {
            break;
        }
        ZwClose(Key);
    }
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_hex(ZwQueryKey(Child, KeyFullInformation, Full, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok_eq_ulong(Full->SubKeys, 300);
    Sorted = TRUE;
    for (Index = 0; Index < 300; Index += 1) {
        if (!NT_SUCCESS(ZwEnumerateKey(Child, Index, KeyBasicInformation, Basic, sizeof(Buffer), &Length)) ||
            Basic->NameLength != 8 || Basic->Name[1] != '0' + Index / 100 || Basic->Name[2] != '0' + Index / 10 % 10 ||
            Basic->Name[3] != '0' + Index % 10) {
            Sorted = FALSE;
        }
    }
    ok(Sorted, "300 subkeys enumerate in name order");
    ok_eq_hex(KmtCmOpen(KMT_CM_ROOT L"\\MANY\\s257", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ok_eq_hex(ZwQueryKey(Key, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"S257"), "S257 is found as s257");
    ZwClose(Key);
    KmtCmDeleteTree(Child);
    ok_eq_hex(ZwQueryKey(Child, KeyFullInformation, Full, sizeof(Buffer), &Length), STATUS_KEY_DELETED);
    ZwClose(Child);
    ok_eq_hex(KmtCmOpen(KMT_CM_ROOT L"\\Many\\S000", OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_NOT_FOUND);

    KmtCmDeleteTree(Test);
    ZwClose(Test);
    ok_eq_hex(KmtCmOpen(KMT_CM_ROOT, OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_NOT_FOUND);
}
