/*++

Module Name:

    cmhive.c

Abstract:

    Self-tests of links and hives: CurrentControlSet followed to ControlSet001 (and opened as itself with
    OBJ_OPENLINK), a link key made with REG_OPTION_CREATE_LINK, a link to nowhere, the SYSTEM hive's service
    group order, and hive images mounted under \Registry\Machine: a sound copy of the SYSTEM hive, and copies
    damaged in the ways a corrupt hive is (signature, checksum, length, a cell offset, a key's signature),
    each refused with STATUS_REGISTRY_CORRUPT; ZwFlushKey writing the SYSTEM hive to its file on the boot volume
    (the same bytes as the loader's copy, a hive that mounts with what was written), and a file that cannot be
    written failing the flush with STATUS_REGISTRY_IO_FAILED until it can.

--*/

#include "cmtest.h"
#include <ntos.h>
#include <io.h>

#define KMT_CM_HIVE L"\\Registry\\Machine\\KmtHive"

static
NTSTATUS
KmtCmLoadDamaged(
    IN PUCHAR Original,
    IN ULONG Length,
    IN PUCHAR Copy,
    IN ULONG Offset,
    IN UCHAR Value,
    IN BOOLEAN FixCheckSum
    )

/*++

Routine Description:

    Mounts a copy of a hive image with one byte changed (and, when asked, its base block's checksum made
    right again, so that the damage is found deeper).

--*/

{
    UNICODE_STRING Path;
    PULONG Words = (PULONG)Copy;
    ULONG Sum = 0;
    ULONG Index;
    NTSTATUS Status;

    RtlCopyMemory(Copy, Original, Length);
    Copy[Offset] = Value;
    if (FixCheckSum) {
        for (Index = 0; Index < 127; Index += 1) {
            Sum ^= Words[Index];
        }
        Words[127] = Sum == 0 ? 1 : Sum == 0xFFFFFFFF ? 0xFFFFFFFE : Sum;
    }
    RtlInitUnicodeString(&Path, KMT_CM_HIVE);
    Status = CmLoadHiveImage(&Path, Copy, Length);
    if (NT_SUCCESS(Status)) {
        CmUnloadHive(&Path);
    }
    return Status;
}

START_TEST(CmLink)
{
    UCHAR Buffer[512];
    PKEY_BASIC_INFORMATION Basic = (PKEY_BASIC_INFORMATION)Buffer;
    PKEY_VALUE_PARTIAL_INFORMATION Partial = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
    static const WCHAR Target[] = L"\\Registry\\Machine\\System\\ControlSet001\\Control";
    static const WCHAR Nowhere[] = L"\\Registry\\Machine\\System\\Nowhere";
    HANDLE Key;
    HANDLE Link;
    ULONG Length;

    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\CurrentControlSet", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ok_eq_hex(ZwQueryKey(Key, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"ControlSet001"), "CurrentControlSet opens ControlSet001");
    ZwClose(Key);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\CurrentControlSet", OBJ_CASE_INSENSITIVE | OBJ_OPENLINK, &Key), STATUS_SUCCESS);
    ok_eq_hex(ZwQueryKey(Key, KeyBasicInformation, Basic, sizeof(Buffer), &Length), STATUS_SUCCESS);
    ok(KmtCmNameIs(Basic->Name, Basic->NameLength, L"CurrentControlSet"), "OBJ_OPENLINK opens the link itself");
    ok(NT_SUCCESS(KmtCmQuery(Key, L"SymbolicLinkValue", Partial, sizeof(Buffer), &Length)) && Partial->Type == REG_LINK,
       "the link's SymbolicLinkValue is a REG_LINK");
    ZwClose(Key);

    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\CurrentControlSet\\Control\\ServiceGroupOrder", OBJ_CASE_INSENSITIVE, &Key),
              STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"List", Partial, sizeof(Buffer), &Length)) && Partial->Type == REG_MULTI_SZ &&
       KmtCmNameIs((PWCHAR)Partial->Data, 38, L"System Bus Extender"), "ServiceGroupOrder's List starts with System Bus Extender");
    ZwClose(Key);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ZwClose(Key);

    //
    // A link key of our own, to ControlSet001\Control, then one to a key that does not exist.
    //

    ok_eq_hex(KmtCmCreate(L"\\Registry\\Machine\\System\\KmtLink", NULL, REG_OPTION_CREATE_LINK, &Link, NULL), STATUS_SUCCESS);
    ok_eq_hex(KmtCmSet(Link, L"SymbolicLinkValue", REG_LINK, (PVOID)Target, sizeof(Target) - sizeof(WCHAR)), STATUS_SUCCESS);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\KmtLink\\ServiceGroupOrder", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ZwClose(Key);
    ok_eq_hex(KmtCmSet(Link, L"SymbolicLinkValue", REG_LINK, (PVOID)Nowhere, sizeof(Nowhere) - sizeof(WCHAR)), STATUS_SUCCESS);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\KmtLink", OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(ZwDeleteKey(Link), STATUS_SUCCESS);
    ZwClose(Link);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System\\KmtLink", OBJ_CASE_INSENSITIVE | OBJ_OPENLINK, &Key), STATUS_OBJECT_NAME_NOT_FOUND);
}

static
NTSTATUS
KmtCmOpenHiveFile(
    IN ULONG ShareAccess,
    OUT PHANDLE Handle
    )
{
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    UNICODE_STRING Name;

    RtlInitUnicodeString(&Name, CM_SYSTEM_HIVE_FILE);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwCreateFile(Handle, FILE_GENERIC_READ, &Attributes, &IoStatus, NULL, FILE_ATTRIBUTE_NORMAL, ShareAccess, FILE_OPEN,
                        FILE_NON_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}

static
PUCHAR
KmtCmReadHiveFile(
    OUT PULONG Length
    )

/*++

Routine Description:

    The SYSTEM hive's file as the file system has it (in pool IopFreeImageFile frees); NULL if unreadable.

--*/

{
    UNICODE_STRING Name;
    PVOID Buffer;

    RtlInitUnicodeString(&Name, CM_SYSTEM_HIVE_FILE);
    return NT_SUCCESS(IopReadImageFile(&Name, &Buffer, Length)) ? Buffer : NULL;
}

static
NTSTATUS
KmtCmQueryFlushedDword(
    IN PUCHAR Image,
    IN ULONG Length,
    OUT PULONG Data
    )

/*++

Routine Description:

    Mounts a hive file's image and reads KmtFlush\Written from it.

--*/

{
    UCHAR Buffer[sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG)];
    PKEY_VALUE_PARTIAL_INFORMATION Partial = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
    UNICODE_STRING Path;
    NTSTATUS Status;
    HANDLE Key;
    ULONG Result;

    RtlInitUnicodeString(&Path, KMT_CM_HIVE);
    Status = CmLoadHiveImage(&Path, Image, Length);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = KmtCmOpen(KMT_CM_HIVE L"\\KmtFlush", OBJ_CASE_INSENSITIVE, &Key);
    if (NT_SUCCESS(Status)) {
        Status = KmtCmQuery(Key, L"Written", Partial, sizeof(Buffer), &Result);
        if (NT_SUCCESS(Status)) {
            *Data = *(PULONG)Partial->Data;
        }
        ZwClose(Key);
    }
    CmUnloadHive(&Path);
    return Status;
}

static
VOID
KmtCmCheckHiveFile(
    VOID
    )
{
    ULONG Value = 0x5EED0001;
    ULONG Read = 0;
    ULONG Length;
    PUCHAR File;
    HANDLE Key;
    HANDLE Held;

    ok_eq_hex(KmtCmCreate(L"\\Registry\\Machine\\System\\KmtFlush", NULL, 0, &Key, NULL), STATUS_SUCCESS);
    ok_eq_hex(KmtCmSet(Key, L"Written", REG_DWORD, &Value, sizeof(Value)), STATUS_SUCCESS);
    ok_eq_hex(ZwFlushKey(Key), STATUS_SUCCESS);
    File = KmtCmReadHiveFile(&Length);
    ok(File != NULL, "the SYSTEM hive's file reads back");
    if (File != NULL) {
        ok_eq_ulong(Length, 0x1000 + *(PULONG)(File + 0x28));
        ok(RtlCompareMemory(File, KeLoaderBlock->RegistryBase, Length) == Length, "the file holds what the loader's copy holds");
        ok_eq_hex(KmtCmQueryFlushedDword(File, Length, &Read), STATUS_SUCCESS);
        ok_eq_hex(Read, Value);
        IopFreeImageFile(File);
    }

    //
    // The file held open without sharing: the flush fails, with a status, and the hive stays changed, so the
    // next flush writes it.
    //

    Value += 1;
    ok_eq_hex(KmtCmSet(Key, L"Written", REG_DWORD, &Value, sizeof(Value)), STATUS_SUCCESS);
    ok_eq_hex(KmtCmOpenHiveFile(0, &Held), STATUS_SUCCESS);
    ok_eq_hex(ZwFlushKey(Key), STATUS_REGISTRY_IO_FAILED);
    ZwClose(Held);
    ok_eq_hex(ZwFlushKey(Key), STATUS_SUCCESS);
    File = KmtCmReadHiveFile(&Length);
    if (File != NULL) {
        ok_eq_hex(KmtCmQueryFlushedDword(File, Length, &Read), STATUS_SUCCESS);
        ok_eq_hex(Read, Value);
        IopFreeImageFile(File);
    }

    ok_eq_hex(ZwDeleteKey(Key), STATUS_SUCCESS);
    ZwClose(Key);
    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine\\System", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ok_eq_hex(ZwFlushKey(Key), STATUS_SUCCESS);
    ZwClose(Key);
    File = KmtCmReadHiveFile(&Length);
    if (File != NULL) {
        ok_eq_hex(KmtCmQueryFlushedDword(File, Length, &Read), STATUS_OBJECT_NAME_NOT_FOUND);
        IopFreeImageFile(File);
    }
}

START_TEST(CmHive)
{
    UCHAR Buffer[512];
    PKEY_BASIC_INFORMATION Basic = (PKEY_BASIC_INFORMATION)Buffer;
    PKEY_VALUE_PARTIAL_INFORMATION Partial = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
    PUCHAR Original = KeLoaderBlock->RegistryBase;
    ULONG Length = 0x1000 + *(PULONG)(Original + 0x28);   // as last flushed: the bins may have grown
    ULONG RootCell = *(PULONG)(Original + 0x24);
    UNICODE_STRING Path;
    PUCHAR Copy;
    HANDLE Key;
    ULONG Result;
    ULONG Index;
    BOOLEAN Listed = FALSE;

    //
    // \Registry\Machine lists SYSTEM, the hive mounted there.
    //

    ok_eq_hex(KmtCmOpen(L"\\Registry\\Machine", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    for (Index = 0; NT_SUCCESS(ZwEnumerateKey(Key, Index, KeyBasicInformation, Basic, sizeof(Buffer), &Result)); Index += 1) {
        Listed = (BOOLEAN)(Listed || KmtCmNameIs(Basic->Name, Basic->NameLength, L"SYSTEM"));
    }
    ok(Listed, "\\Registry\\Machine lists SYSTEM");
    ZwClose(Key);

    Copy = ExAllocatePoolWithTag(PagedPool, Length, KMT_CM_TAG);
    RtlCopyMemory(Copy, Original, Length);
    RtlInitUnicodeString(&Path, KMT_CM_HIVE);
    ok_eq_hex(CmLoadHiveImage(&Path, Copy, Length), STATUS_SUCCESS);
    ok_eq_hex(CmLoadHiveImage(&Path, Copy, Length), STATUS_OBJECT_NAME_COLLISION);
    ok_eq_hex(KmtCmOpen(KMT_CM_HIVE L"\\Select", OBJ_CASE_INSENSITIVE, &Key), STATUS_SUCCESS);
    ok(NT_SUCCESS(KmtCmQuery(Key, L"Current", Partial, sizeof(Buffer), &Result)) && Partial->Type == REG_DWORD &&
       *(PULONG)Partial->Data == 1, "the mounted copy's Select\\Current is 1");
    ok_eq_hex(CmUnloadHive(&Path), STATUS_CANNOT_DELETE);
    ZwClose(Key);
    ok_eq_hex(CmUnloadHive(&Path), STATUS_SUCCESS);
    ok_eq_hex(KmtCmOpen(KMT_CM_HIVE, OBJ_CASE_INSENSITIVE, &Key), STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Path, L"\\Registry\\Machine\\System");
    ok_eq_hex(CmUnloadHive(&Path), STATUS_INVALID_PARAMETER);

    //
    // Damaged copies.
    //

    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0, 'R', FALSE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x30, 'X', FALSE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x29, 0x7F, TRUE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x1000, 'H', TRUE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x24, 0x0C, TRUE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x1000 + RootCell + 4, 'x', TRUE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x1000 + RootCell + 4 + 0x1C, 0x11, TRUE), STATUS_REGISTRY_CORRUPT);
    ok_eq_hex(KmtCmLoadDamaged(Original, Length, Copy, 0x30, 'X', TRUE), STATUS_SUCCESS);
    RtlInitUnicodeString(&Path, KMT_CM_HIVE);
    ok_eq_hex(CmLoadHiveImage(&Path, Copy, 0x1000), STATUS_REGISTRY_CORRUPT);
    ExFreePoolWithTag(Copy, KMT_CM_TAG);

    KmtCmCheckHiveFile();
}
