/*++

Module Name:

    cmsupport.c

Abstract:

    Helpers of the registry's self-tests (cmtest.h), and the /CMWRITE boot option's routine: it writes a key
    of every value type into the SYSTEM hive and flushes it, for a host test to read with hivex.

--*/

#include "cmtest.h"

NTSTATUS
KmtCmOpen(
    IN PCWSTR Path,
    IN ULONG Attributes,
    OUT PHANDLE Key
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES ObjectAttributes;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&ObjectAttributes, &Name, Attributes | OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwOpenKey(Key, KEY_ALL_ACCESS, &ObjectAttributes);
}

NTSTATUS
KmtCmCreate(
    IN PCWSTR Path,
    IN HANDLE Root OPTIONAL,
    IN ULONG Options,
    OUT PHANDLE Key,
    OUT PULONG Disposition OPTIONAL
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES ObjectAttributes;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&ObjectAttributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Root, NULL);
    return ZwCreateKey(Key, KEY_ALL_ACCESS, &ObjectAttributes, 0, NULL, Options, Disposition);
}

NTSTATUS
KmtCmSet(
    IN HANDLE Key,
    IN PCWSTR Name,
    IN ULONG Type,
    IN PVOID Data,
    IN ULONG Size
    )
{
    UNICODE_STRING ValueName;

    RtlInitUnicodeString(&ValueName, Name);
    return ZwSetValueKey(Key, &ValueName, 0, Type, Data, Size);
}

NTSTATUS
KmtCmQuery(
    IN HANDLE Key,
    IN PCWSTR Name,
    OUT PKEY_VALUE_PARTIAL_INFORMATION Buffer,
    IN ULONG Length,
    OUT PULONG ResultLength
    )
{
    UNICODE_STRING ValueName;

    RtlInitUnicodeString(&ValueName, Name);
    return ZwQueryValueKey(Key, &ValueName, KeyValuePartialInformation, Buffer, Length, ResultLength);
}

BOOLEAN
KmtCmNameIs(
    IN PWCHAR Name,
    IN ULONG NameLength,
    IN PCWSTR Expected
    )

/*++

Return Value:

    TRUE when a counted name (not NUL-terminated) is exactly Expected.

--*/

{
    UNICODE_STRING Left;
    UNICODE_STRING Right;

    Left.Buffer = Name;
    Left.Length = (USHORT)NameLength;
    Left.MaximumLength = (USHORT)NameLength;
    RtlInitUnicodeString(&Right, Expected);
    return RtlEqualUnicodeString(&Left, &Right, FALSE);
}

VOID
KmtCmDeleteTree(
    IN HANDLE Key
    )

/*++

Routine Description:

    Deletes a key and everything under it (the suites' clean-up), subkeys first.

--*/

{
    UCHAR Buffer[sizeof(KEY_BASIC_INFORMATION) + 512];
    PKEY_BASIC_INFORMATION Basic = (PKEY_BASIC_INFORMATION)Buffer;
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    HANDLE Child;
    ULONG Length;

    while (NT_SUCCESS(ZwEnumerateKey(Key, 0, KeyBasicInformation, Basic, sizeof(Buffer), &Length))) {
        Name.Buffer = Basic->Name;
        Name.Length = (USHORT)Basic->NameLength;
        Name.MaximumLength = Name.Length;
        InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE | OBJ_OPENLINK, Key, NULL);
        if (!NT_SUCCESS(ZwOpenKey(&Child, KEY_ALL_ACCESS, &Attributes))) {
            break;
        }
        KmtCmDeleteTree(Child);
        ZwClose(Child);
    }
    ZwDeleteKey(Key);
}

VOID
KmtWriteRegistry(
    VOID
    )

/*++

Routine Description:

    /CMWRITE: \Registry\Machine\System\KmtWritten with a value of each type (their data as
    Kernel/RegistryHiveTests expects it) and a subkey, then ZwFlushKey: the hive reaches its file on the boot
    volume and the loader's copy, which the host saves at power-off. The Boots value counts the boots that wrote
    it: the console says what an earlier one left (a volume kept with --persist keeps it).

--*/

{
    static const WCHAR Text[] = L"written by the kernel";
    static const WCHAR Expand[] = L"%SystemRoot%\\kmt";
    static const WCHAR Multi[] = L"one\0two\0three\0";
    static const WCHAR Link[] = L"\\Registry\\Machine\\System\\ControlSet001";
    ULONG Dword = 0x12345678;
    UCHAR BigEndian[4] = { 0x12, 0x34, 0x56, 0x78 };
    ULONGLONG Qword = 0x0123456789ABCDEFull;
    UCHAR Buffer[sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG)];
    PKEY_VALUE_PARTIAL_INFORMATION Partial = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
    ULONG Boots = 0;
    ULONG Length;
    PUCHAR Big;
    HANDLE Key;
    HANDLE Child;
    ULONG Index;

    if (!NT_SUCCESS(KmtCmCreate(L"\\Registry\\Machine\\System\\KmtWritten", NULL, 0, &Key, NULL))) {
        DbgPrint("KmtWriteRegistry: ZwCreateKey failed\n");
        return;
    }
    if (NT_SUCCESS(KmtCmQuery(Key, L"Boots", Partial, sizeof(Buffer), &Length)) && Partial->Type == REG_DWORD) {
        RtlCopyMemory(&Boots, Partial->Data, sizeof(ULONG));
    }
    DbgPrint("KmtWriteRegistry: Boots was %lu\n", Boots);
    Boots += 1;
    KmtCmSet(Key, L"Boots", REG_DWORD, &Boots, sizeof(Boots));
    Big = ExAllocatePoolWithTag(PagedPool, 40000, KMT_CM_TAG);
    for (Index = 0; Index < 40000; Index += 1) {
        Big[Index] = (UCHAR)(Index * 7 % 251);
    }
    KmtCmSet(Key, L"Sz", REG_SZ, (PVOID)Text, sizeof(Text));
    KmtCmSet(Key, L"ExpandSz", REG_EXPAND_SZ, (PVOID)Expand, sizeof(Expand));
    KmtCmSet(Key, L"Binary", REG_BINARY, Big, 300);
    KmtCmSet(Key, L"Dword", REG_DWORD, &Dword, sizeof(Dword));
    KmtCmSet(Key, L"DwordBigEndian", REG_DWORD_BIG_ENDIAN, BigEndian, sizeof(BigEndian));
    KmtCmSet(Key, L"MultiSz", REG_MULTI_SZ, (PVOID)Multi, sizeof(Multi));
    KmtCmSet(Key, L"Qword", REG_QWORD, &Qword, sizeof(Qword));
    KmtCmSet(Key, L"Link", REG_LINK, (PVOID)Link, sizeof(Link) - sizeof(WCHAR));
    KmtCmSet(Key, L"None", REG_NONE, NULL, 0);
    KmtCmSet(Key, L"Big", REG_BINARY, Big, 40000);
    ExFreePoolWithTag(Big, KMT_CM_TAG);
    if (NT_SUCCESS(KmtCmCreate(L"Child", Key, 0, &Child, NULL))) {
        KmtCmSet(Child, L"", REG_SZ, (PVOID)Text, sizeof(Text));
        ZwClose(Child);
    }
    DbgPrint("KmtWriteRegistry: ZwFlushKey 0x%08lx\n", ZwFlushKey(Key));
    ZwClose(Key);
}
