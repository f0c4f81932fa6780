/*++

Module Name:

    cmquery.c

Abstract:

    Self-tests of RtlQueryRegistryValues: DIRECT entries (a string into a new or a given buffer, a DWORD, longer
    data with a negative or a positive size header), query routines (a REG_MULTI_SZ string by string or whole
    with NOEXPAND, a REG_EXPAND_SZ as REG_SZ), every value of a key, NOVALUE, REQUIRED values and subkeys,
    defaults, SUBKEY and TOPKEY, DELETE, the predefined keys, RTL_REGISTRY_HANDLE and RTL_REGISTRY_OPTIONAL, a
    routine's failure and bad parameters.

--*/

#include "cmtest.h"

typedef struct _KMT_QUERY_LOG {
    ULONG Calls;
    ULONG Types[8];
    ULONG Lengths[8];
    WCHAR First[8];
} KMT_QUERY_LOG, *PKMT_QUERY_LOG;

static
NTSTATUS
NTAPI
KmtQueryRoutine(
    IN PWSTR ValueName,
    IN ULONG ValueType,
    IN PVOID ValueData,
    IN ULONG ValueLength,
    IN PVOID Context,
    IN PVOID EntryContext
    )
{
    PKMT_QUERY_LOG Log = Context;

    UNREFERENCED_PARAMETER(ValueName);
    if (EntryContext != NULL) {
        return (NTSTATUS)(ULONG_PTR)EntryContext;
    }
    if (Log->Calls < 8) {
        Log->Types[Log->Calls] = ValueType;
        Log->Lengths[Log->Calls] = ValueLength;
        Log->First[Log->Calls] = ValueLength >= sizeof(WCHAR) ? *(PWCHAR)ValueData : 0;
    }
    Log->Calls += 1;
    return STATUS_SUCCESS;
}

static
NTSTATUS
KmtQuery(
    IN ULONG RelativeTo,
    IN PCWSTR Path,
    IN PRTL_QUERY_REGISTRY_TABLE Table,
    OUT PKMT_QUERY_LOG Log
    )
{
    RtlZeroMemory(Log, sizeof(KMT_QUERY_LOG));
    return RtlQueryRegistryValues(RelativeTo, Path, Table, Log, NULL);
}

START_TEST(CmQuery)
{
    static const WCHAR Multi[] = L"one\0two\0three\0";
    static const WCHAR Expand[] = L"%SystemRoot%\\x";
    static const WCHAR Text[] = L"hello";
    static WCHAR DefaultText[] = L"fallback";
    RTL_QUERY_REGISTRY_TABLE Table[4];
    KMT_QUERY_LOG Log;
    UNICODE_STRING String;
    WCHAR Small[3];
    UCHAR Binary[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    LONG Long[4];
    ULONG Dword = 0x1234;
    ULONG Result;
    ULONG Default = 99;
    HANDLE Key;
    HANDLE Child;

    KmtCmCreate(KMT_CM_ROOT, NULL, 0, &Key, NULL);
    KmtCmSet(Key, L"Multi", REG_MULTI_SZ, (PVOID)Multi, sizeof(Multi));
    KmtCmSet(Key, L"Expand", REG_EXPAND_SZ, (PVOID)Expand, sizeof(Expand));
    KmtCmSet(Key, L"Text", REG_SZ, (PVOID)Text, sizeof(Text));
    KmtCmSet(Key, L"Binary", REG_BINARY, Binary, sizeof(Binary));
    KmtCmSet(Key, L"Dword", REG_DWORD, &Dword, sizeof(Dword));
    KmtCmCreate(L"Child", Key, 0, &Child, NULL);
    KmtCmSet(Child, L"Inner", REG_DWORD, &Default, sizeof(Default));
    ZwClose(Child);

    //
    // DIRECT: a string into a new buffer and into one too small; a DWORD; longer data with either header.
    //

    RtlZeroMemory(Table, sizeof(Table));
    RtlZeroMemory(&String, sizeof(String));
    Table[0].Flags = RTL_QUERY_REGISTRY_DIRECT;
    Table[0].Name = L"Text";
    Table[0].EntryContext = &String;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(String.Length == 10 && String.Buffer != NULL && KmtCmNameIs(String.Buffer, String.Length, L"hello"),
       "DIRECT reads a string into a new buffer");
    if (String.Buffer != NULL) {
        ExFreePool(String.Buffer);
    }
    String.Buffer = Small;
    String.Length = 0;
    String.MaximumLength = sizeof(Small);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_BUFFER_TOO_SMALL);
    Result = 0;
    Table[0].Name = L"Dword";
    Table[0].EntryContext = &Result;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok_eq_hex(Result, 0x1234);
    Long[0] = -(LONG)sizeof(Long);
    Table[0].Name = L"Binary";
    Table[0].EntryContext = Long;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(RtlEqualMemory(Long, Binary, sizeof(Binary)), "a negative size header: the data alone");
    Long[0] = sizeof(Long);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Long[0] == 8 && Long[1] == REG_BINARY && RtlEqualMemory(&Long[2], Binary, sizeof(Binary)),
       "a positive size header: length, type, data");
    Long[0] = 10;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_BUFFER_TOO_SMALL);

    //
    // Routines: a REG_MULTI_SZ string by string, or whole with NOEXPAND; a REG_EXPAND_SZ as REG_SZ.
    //

    RtlZeroMemory(Table, sizeof(Table));
    Table[0].QueryRoutine = KmtQueryRoutine;
    Table[0].Name = L"Multi";
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Log.Calls == 3 && Log.Types[0] == REG_SZ && Log.Lengths[0] == 8 && Log.First[1] == 't' && Log.Lengths[2] == 12,
       "a REG_MULTI_SZ reaches the routine one string at a time");
    Table[0].Flags = RTL_QUERY_REGISTRY_NOEXPAND;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Log.Calls == 1 && Log.Types[0] == REG_MULTI_SZ && Log.Lengths[0] == sizeof(Multi), "NOEXPAND: the REG_MULTI_SZ whole");
    Table[0].Flags = 0;
    Table[0].Name = L"Expand";
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Log.Calls == 1 && Log.Types[0] == REG_SZ && Log.First[0] == '%', "a REG_EXPAND_SZ as REG_SZ");
    Table[0].Flags = RTL_QUERY_REGISTRY_NOEXPAND;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok_eq_ulong(Log.Types[0], REG_EXPAND_SZ);

    //
    // Every value (no name); NOVALUE; REQUIRED; defaults.
    //

    Table[0].Flags = RTL_QUERY_REGISTRY_NOEXPAND;
    Table[0].Name = NULL;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok_eq_ulong(Log.Calls, 5);
    Table[0].Flags = RTL_QUERY_REGISTRY_NOVALUE;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Log.Calls == 1 && Log.Types[0] == REG_NONE, "NOVALUE: one call, no value");
    Table[0].Flags = RTL_QUERY_REGISTRY_REQUIRED;
    Table[0].Name = L"Missing";
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_OBJECT_NAME_NOT_FOUND);
    Table[0].Flags = 0;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok_eq_ulong(Log.Calls, 0);
    Table[0].DefaultType = REG_SZ;
    Table[0].DefaultData = DefaultText;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Log.Calls == 1 && Log.Types[0] == REG_SZ && Log.Lengths[0] == sizeof(DefaultText) && Log.First[0] == 'f',
       "a missing value's default string, its length counted");
    Result = 0;
    Table[0].QueryRoutine = NULL;
    Table[0].Flags = RTL_QUERY_REGISTRY_DIRECT;
    Table[0].EntryContext = &Result;
    Table[0].DefaultType = REG_DWORD;
    Table[0].DefaultData = &Default;
    Table[0].DefaultLength = sizeof(Default);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok_eq_ulong(Result, 99);

    //
    // SUBKEY then TOPKEY; a missing REQUIRED subkey.
    //

    RtlZeroMemory(Table, sizeof(Table));
    Result = 0;
    Dword = 0;
    Table[0].Flags = RTL_QUERY_REGISTRY_SUBKEY;
    Table[0].Name = L"Child";
    Table[1].Flags = RTL_QUERY_REGISTRY_DIRECT;
    Table[1].Name = L"Inner";
    Table[1].EntryContext = &Result;
    Table[2].Flags = RTL_QUERY_REGISTRY_TOPKEY | RTL_QUERY_REGISTRY_DIRECT;
    Table[2].Name = L"Dword";
    Table[2].EntryContext = &Dword;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok(Result == 99, "SUBKEY: the subkey's value");
    RtlZeroMemory(Table, sizeof(Table));
    Table[0].Flags = RTL_QUERY_REGISTRY_SUBKEY | RTL_QUERY_REGISTRY_REQUIRED;
    Table[0].Name = L"NoChild";
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_OBJECT_NAME_NOT_FOUND);

    //
    // DELETE; a routine's failure; the predefined keys; a handle; OPTIONAL; bad parameters.
    //

    RtlZeroMemory(Table, sizeof(Table));
    Table[0].QueryRoutine = KmtQueryRoutine;
    Table[0].Flags = RTL_QUERY_REGISTRY_DELETE | RTL_QUERY_REGISTRY_REQUIRED;
    Table[0].Name = L"Binary";
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_SUCCESS);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_OBJECT_NAME_NOT_FOUND);
    Table[0].Flags = 0;
    Table[0].Name = L"Text";
    Table[0].EntryContext = (PVOID)(ULONG_PTR)STATUS_INSUFFICIENT_RESOURCES;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT, Table, &Log), STATUS_INSUFFICIENT_RESOURCES);
    Table[0].EntryContext = NULL;
    Table[0].Name = L"List";
    ok_eq_hex(KmtQuery(RTL_REGISTRY_CONTROL, L"ServiceGroupOrder", Table, &Log), STATUS_SUCCESS);
    ok(Log.Calls == 12 && Log.First[0] == 'S', "RTL_REGISTRY_CONTROL: ServiceGroupOrder's twelve groups");
    Table[0].Flags = RTL_QUERY_REGISTRY_NOVALUE;
    Table[0].Name = NULL;
    ok_eq_hex(KmtQuery(RTL_REGISTRY_SERVICES, L"", Table, &Log), STATUS_SUCCESS);
    ok_eq_ulong(Log.Calls, 1);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_HANDLE, (PCWSTR)Key, Table, &Log), STATUS_SUCCESS);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, KMT_CM_ROOT L"\\Nothing", Table, &Log), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE | RTL_REGISTRY_OPTIONAL, KMT_CM_ROOT L"\\Nothing", Table, &Log), STATUS_SUCCESS);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_MAXIMUM, L"", Table, &Log), STATUS_INVALID_PARAMETER);
    ok_eq_hex(KmtQuery(RTL_REGISTRY_ABSOLUTE, NULL, Table, &Log), STATUS_INVALID_PARAMETER);

    KmtCmDeleteTree(Key);
    ZwClose(Key);
}
