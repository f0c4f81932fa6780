/*++

Module Name:

    cmrtl.c

Abstract:

    RtlQueryRegistryValues, built on the key and value services only (it lives with the configuration
    manager because nothing else in Rtl needs the registry). A query table is walked in order: SUBKEY entries
    move to a subkey of the base key and TOPKEY entries back to it; an entry with a name queries that value,
    one without enumerates every value of the current key (or, with NOVALUE, calls its routine once with no
    value); DIRECT entries store the data in EntryContext instead of calling a routine; REQUIRED makes a
    missing value or subkey fail the call; a missing value's default (DefaultType, DefaultData,
    DefaultLength) is used otherwise. Without NOEXPAND, a REG_MULTI_SZ reaches a routine one REG_SZ string at a
    time and a REG_EXPAND_SZ as REG_SZ (the kernel has no environment variables yet, so its text is unchanged).

--*/

#include "cmp.h"

#define RTL_REGISTRY_TAG 'gRlR'
#define RTL_REGISTRY_BUFFER 512

static const PCWSTR RtlpRegistryPaths[RTL_REGISTRY_MAXIMUM] = {
    NULL,
    L"\\Registry\\Machine\\System\\CurrentControlSet\\Services",
    L"\\Registry\\Machine\\System\\CurrentControlSet\\Control",
    L"\\Registry\\Machine\\Software\\Microsoft\\Windows NT\\CurrentVersion",
    L"\\Registry\\Machine\\Hardware\\DeviceMap",
    L"\\Registry\\User\\.Default",
};

typedef struct _RTLP_QUERY_BUFFER {
    PUCHAR Data;
    ULONG Size;
} RTLP_QUERY_BUFFER, *PRTLP_QUERY_BUFFER;

static
NTSTATUS
RtlpOpenKey(
    IN HANDLE Root OPTIONAL,
    IN PCWSTR First,
    IN PCWSTR Second OPTIONAL,
    OUT PHANDLE Key
    )

/*++

Routine Description:

    Opens First (absolute, or relative to Root) followed by "\" and Second when given.

--*/

{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    UNICODE_STRING Part;
    ULONG Length;
    NTSTATUS Status;

    RtlInitUnicodeString(&Part, First);
    Length = Part.Length + sizeof(WCHAR);
    if (Second != NULL) {
        RtlInitUnicodeString(&Part, Second);
        Length += sizeof(WCHAR) + Part.Length;
    }
    if (Length > MAXUSHORT) {
        return STATUS_NAME_TOO_LONG;
    }
    Name.Buffer = ExAllocatePoolWithTag(PagedPool, Length, RTL_REGISTRY_TAG);
    if (Name.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Name.Length = 0;
    Name.MaximumLength = (USHORT)Length;
    RtlAppendUnicodeToString(&Name, First);
    if (Second != NULL && Second[0] != 0) {
        RtlAppendUnicodeToString(&Name, L"\\");
        RtlAppendUnicodeToString(&Name, Second);
    }
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Root, NULL);
    Status = ZwOpenKey(Key, KEY_READ | KEY_SET_VALUE, &Attributes);
    ExFreePoolWithTag(Name.Buffer, RTL_REGISTRY_TAG);
    return Status;
}

static
ULONG
RtlpDefaultLength(
    IN PRTL_QUERY_REGISTRY_TABLE Entry
    )

/*++

Return Value:

    The default data's length: DefaultLength, or for a string type given as 0, the string's (with its NUL;
    a REG_MULTI_SZ's up to and with its empty last string).

--*/

{
    PWCHAR Text = Entry->DefaultData;
    ULONG Chars = 0;

    if (Entry->DefaultLength != 0 || Text == NULL ||
        (Entry->DefaultType != REG_SZ && Entry->DefaultType != REG_EXPAND_SZ && Entry->DefaultType != REG_MULTI_SZ)) {
        return Entry->DefaultLength;
    }
    if (Entry->DefaultType != REG_MULTI_SZ) {
        while (Text[Chars] != 0) {
            Chars += 1;
        }
        return (Chars + 1) * sizeof(WCHAR);
    }
    while (Text[Chars] != 0 || Text[Chars + 1] != 0) {
        Chars += 1;
    }
    return (Chars + 2) * sizeof(WCHAR);
}

static
NTSTATUS
RtlpStoreDirect(
    IN PRTL_QUERY_REGISTRY_TABLE Entry,
    IN ULONG Type,
    IN PVOID Data,
    IN ULONG Length
    )

/*++

Routine Description:

    A DIRECT entry's store. A string goes to the UNICODE_STRING EntryContext points to (a buffer of its
    MaximumLength, or, when its Buffer is NULL, a new paged pool block the caller frees); data of at most four
    bytes to the ULONG it points to; longer data to the buffer it points to, whose first LONG is its size:
    negative, the data alone is stored; positive, the data's length and type, then the data.

Return Value:

    STATUS_BUFFER_TOO_SMALL when the caller's buffer cannot hold it.

--*/

{
    PUNICODE_STRING String = Entry->EntryContext;
    PULONG Buffer = Entry->EntryContext;
    LONG Size;
    ULONG StringLength = Length;

    if (Type == REG_SZ || Type == REG_EXPAND_SZ || Type == REG_MULTI_SZ) {
        if (StringLength >= sizeof(WCHAR) && ((PWCHAR)Data)[StringLength / sizeof(WCHAR) - 1] == 0) {
            StringLength -= sizeof(WCHAR);
        }
        if (StringLength + sizeof(WCHAR) > MAXUSHORT) {
            return STATUS_BUFFER_TOO_SMALL;
        }
        if (String->Buffer == NULL) {
            String->Buffer = ExAllocatePoolWithTag(PagedPool, StringLength + sizeof(WCHAR), RTL_REGISTRY_TAG);
            if (String->Buffer == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            String->MaximumLength = (USHORT)(StringLength + sizeof(WCHAR));
        } else if (StringLength > String->MaximumLength) {
            return STATUS_BUFFER_TOO_SMALL;
        }
        RtlCopyMemory(String->Buffer, Data, StringLength);
        if (StringLength + sizeof(WCHAR) <= String->MaximumLength) {
            String->Buffer[StringLength / sizeof(WCHAR)] = 0;
        }
        String->Length = (USHORT)StringLength;
        return STATUS_SUCCESS;
    }
    if (Length <= sizeof(ULONG)) {
        RtlCopyMemory(Buffer, Data, Length);
        return STATUS_SUCCESS;
    }
    Size = *(PLONG)Buffer;
    if (Size < 0) {
        if ((ULONG)-Size < Length) {
            return STATUS_BUFFER_TOO_SMALL;
        }
        RtlCopyMemory(Buffer, Data, Length);
        return STATUS_SUCCESS;
    }
    if ((ULONG)Size < Length + 2 * sizeof(ULONG)) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    Buffer[0] = Length;
    Buffer[1] = Type;
    RtlCopyMemory(&Buffer[2], Data, Length);
    return STATUS_SUCCESS;
}

static
NTSTATUS
RtlpCallEntry(
    IN PRTL_QUERY_REGISTRY_TABLE Entry,
    IN PWSTR ValueName,
    IN ULONG Type,
    IN PVOID Data,
    IN ULONG Length,
    IN PVOID Context
    )

/*++

Routine Description:

    Hands one value to a table entry: stored (DIRECT) or given to its routine, a REG_MULTI_SZ string by
    string and a REG_EXPAND_SZ as REG_SZ unless NOEXPAND.

--*/

{
    PWCHAR Text = Data;
    ULONG Chars = Length / sizeof(WCHAR);
    ULONG Start;
    ULONG End;
    NTSTATUS Status;

    if ((Entry->Flags & RTL_QUERY_REGISTRY_DIRECT) != 0) {
        return RtlpStoreDirect(Entry, Type, Data, Length);
    }
    if ((Entry->Flags & RTL_QUERY_REGISTRY_NOEXPAND) == 0) {
        if (Type == REG_EXPAND_SZ) {
            Type = REG_SZ;
        } else if (Type == REG_MULTI_SZ) {
            for (Start = 0; Start < Chars && Text[Start] != 0; Start = End + 1) {
                for (End = Start; End < Chars && Text[End] != 0; End += 1) {
                    NOTHING;
                }
                Status = Entry->QueryRoutine(ValueName, REG_SZ, &Text[Start], (End - Start + (End < Chars ? 1 : 0)) * sizeof(WCHAR),
                                             Context, Entry->EntryContext);
                if (!NT_SUCCESS(Status)) {
                    return Status;
                }
            }
            return STATUS_SUCCESS;
        }
    }
    return Entry->QueryRoutine(ValueName, Type, Data, Length, Context, Entry->EntryContext);
}

static
NTSTATUS
RtlpQueryInto(
    IN HANDLE Key,
    IN PUNICODE_STRING ValueName OPTIONAL,
    IN ULONG Index,
    IN KEY_VALUE_INFORMATION_CLASS Class,
    IN OUT PRTLP_QUERY_BUFFER Buffer
    )

/*++

Routine Description:

    A value's information (by name, or the Index-th when ValueName is NULL) in Buffer, grown until it fits;
    room for a NUL after the name is kept.

--*/

{
    ULONG Needed;
    NTSTATUS Status;

    for (;;) {
        Status = ValueName != NULL ? ZwQueryValueKey(Key, ValueName, Class, Buffer->Data, Buffer->Size - sizeof(WCHAR), &Needed)
                                   : ZwEnumerateValueKey(Key, Index, Class, Buffer->Data, Buffer->Size - sizeof(WCHAR), &Needed);
        if (Status != STATUS_BUFFER_OVERFLOW && Status != STATUS_BUFFER_TOO_SMALL) {
            return Status;
        }
        ExFreePoolWithTag(Buffer->Data, RTL_REGISTRY_TAG);
        Buffer->Size = Needed + 2 * sizeof(WCHAR);
        Buffer->Data = ExAllocatePoolWithTag(PagedPool, Buffer->Size, RTL_REGISTRY_TAG);
        if (Buffer->Data == NULL) {
            Buffer->Size = 0;
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
}

static
NTSTATUS
RtlpQueryEntry(
    IN HANDLE Key,
    IN PRTL_QUERY_REGISTRY_TABLE Entry,
    IN PVOID Context,
    IN OUT PRTLP_QUERY_BUFFER Buffer
    )

/*++

Routine Description:

    One table entry against the current key: every value (no name), one callback (NOVALUE), or the named
    value (its default when missing and not REQUIRED), deleted afterwards with DELETE.

--*/

{
    PKEY_VALUE_PARTIAL_INFORMATION Partial;
    PKEY_VALUE_FULL_INFORMATION Full;
    UNICODE_STRING ValueName;
    PWCHAR Name;
    ULONG Index;
    NTSTATUS Status;

    if (Entry->Name == NULL || (Entry->Flags & (RTL_QUERY_REGISTRY_SUBKEY | RTL_QUERY_REGISTRY_TOPKEY)) != 0) {
        if ((Entry->Flags & RTL_QUERY_REGISTRY_NOVALUE) != 0) {
            return Entry->QueryRoutine(NULL, REG_NONE, NULL, 0, Context, Entry->EntryContext);
        }
        for (Index = 0; ; Index += 1) {
            Status = RtlpQueryInto(Key, NULL, Index, KeyValueFullInformation, Buffer);
            if (Status == STATUS_NO_MORE_ENTRIES) {
                return STATUS_SUCCESS;
            }
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            Full = (PKEY_VALUE_FULL_INFORMATION)Buffer->Data;
            Name = Full->Name;
            RtlMoveMemory((PUCHAR)Full + Full->DataOffset + sizeof(WCHAR), (PUCHAR)Full + Full->DataOffset, Full->DataLength);
            Name[Full->NameLength / sizeof(WCHAR)] = 0;
            Status = RtlpCallEntry(Entry, Name, Full->Type, (PUCHAR)Full + Full->DataOffset + sizeof(WCHAR), Full->DataLength,
                                   Context);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
        }
    }

    RtlInitUnicodeString(&ValueName, Entry->Name);
    Status = RtlpQueryInto(Key, &ValueName, 0, KeyValuePartialInformation, Buffer);
    if (Status == STATUS_OBJECT_NAME_NOT_FOUND) {
        if ((Entry->Flags & RTL_QUERY_REGISTRY_REQUIRED) != 0) {
            return Status;
        }
        if (Entry->DefaultType == REG_NONE) {
            return STATUS_SUCCESS;
        }
        return RtlpCallEntry(Entry, Entry->Name, Entry->DefaultType, Entry->DefaultData, RtlpDefaultLength(Entry), Context);
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Partial = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer->Data;
    Status = RtlpCallEntry(Entry, Entry->Name, Partial->Type, Partial->Data, Partial->DataLength, Context);
    if (NT_SUCCESS(Status) && (Entry->Flags & RTL_QUERY_REGISTRY_DELETE) != 0) {
        Status = ZwDeleteValueKey(Key, &ValueName);
    }
    return Status;
}

NTSTATUS
NTAPI
RtlQueryRegistryValues(
    IN ULONG RelativeTo,
    IN PCWSTR Path,
    IN PRTL_QUERY_REGISTRY_TABLE QueryTable,
    IN PVOID Context,
    IN PVOID Environment OPTIONAL
    )

/*++

Routine Description:

    Queries the values QueryTable lists under the key RelativeTo and Path name: RTL_REGISTRY_ABSOLUTE (Path is
    a full registry path), one of the predefined keys (Path relative to it, or empty), or RTL_REGISTRY_HANDLE
    (Path is an open key handle). With RTL_REGISTRY_OPTIONAL a missing key is no error.

Return Value:

    STATUS_INVALID_PARAMETER for a bad RelativeTo or table; STATUS_OBJECT_NAME_NOT_FOUND for a missing key,
    or a missing REQUIRED value or subkey; STATUS_BUFFER_TOO_SMALL from a DIRECT entry's buffer; the first
    failure a query routine returns.

--*/

{
    ULONG Relative = RelativeTo & ~(RTL_REGISTRY_OPTIONAL | RTL_REGISTRY_HANDLE);
    RTLP_QUERY_BUFFER Buffer;
    HANDLE Base = NULL;
    HANDLE Subkey = NULL;
    HANDLE Current;
    BOOLEAN Skip = FALSE;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(Environment);
    PAGED_CODE();

    if (QueryTable == NULL || Relative >= RTL_REGISTRY_MAXIMUM ||
        ((RelativeTo & RTL_REGISTRY_HANDLE) == 0 && Relative == RTL_REGISTRY_ABSOLUTE && Path == NULL)) {
        return STATUS_INVALID_PARAMETER;
    }
    if ((RelativeTo & RTL_REGISTRY_HANDLE) != 0) {
        Base = (HANDLE)Path;
        Status = STATUS_SUCCESS;
    } else if (Relative == RTL_REGISTRY_ABSOLUTE) {
        Status = RtlpOpenKey(NULL, Path, NULL, &Base);
    } else {
        Status = RtlpOpenKey(NULL, RtlpRegistryPaths[Relative], Path, &Base);
    }
    if (!NT_SUCCESS(Status)) {
        return (RelativeTo & RTL_REGISTRY_OPTIONAL) != 0 && Status == STATUS_OBJECT_NAME_NOT_FOUND ? STATUS_SUCCESS : Status;
    }
    Buffer.Size = RTL_REGISTRY_BUFFER;
    Buffer.Data = ExAllocatePoolWithTag(PagedPool, Buffer.Size, RTL_REGISTRY_TAG);
    if (Buffer.Data == NULL) {
        Status = STATUS_INSUFFICIENT_RESOURCES;
    }
    for (Current = Base; NT_SUCCESS(Status) && (QueryTable->QueryRoutine != NULL || QueryTable->Name != NULL); QueryTable += 1) {
        if ((QueryTable->Flags & (RTL_QUERY_REGISTRY_SUBKEY | RTL_QUERY_REGISTRY_TOPKEY)) != 0) {
            if (Subkey != NULL) {
                ZwClose(Subkey);
                Subkey = NULL;
            }
            Current = Base;
            Skip = FALSE;
            if ((QueryTable->Flags & RTL_QUERY_REGISTRY_SUBKEY) != 0) {
                if (QueryTable->Name == NULL) {
                    Status = STATUS_INVALID_PARAMETER;
                    break;
                }
                Status = RtlpOpenKey(Base, QueryTable->Name, NULL, &Subkey);
                if (!NT_SUCCESS(Status)) {
                    Subkey = NULL;
                    if ((QueryTable->Flags & RTL_QUERY_REGISTRY_REQUIRED) != 0 || Status != STATUS_OBJECT_NAME_NOT_FOUND) {
                        break;
                    }
                    Status = STATUS_SUCCESS;
                    Skip = TRUE;
                    continue;
                }
                Current = Subkey;
            }
            if (QueryTable->QueryRoutine == NULL) {
                continue;
            }
        }
        if (Skip) {
            continue;
        }
        if (QueryTable->QueryRoutine == NULL && (QueryTable->Flags & RTL_QUERY_REGISTRY_DIRECT) == 0) {
            Status = STATUS_INVALID_PARAMETER;
            break;
        }
        if ((QueryTable->Flags & RTL_QUERY_REGISTRY_DIRECT) != 0 && (QueryTable->Name == NULL || QueryTable->EntryContext == NULL)) {
            Status = STATUS_INVALID_PARAMETER;
            break;
        }
        Status = RtlpQueryEntry(Current, QueryTable, Context, &Buffer);
    }
    if (Buffer.Data != NULL) {
        ExFreePoolWithTag(Buffer.Data, RTL_REGISTRY_TAG);
    }
    if (Subkey != NULL) {
        ZwClose(Subkey);
    }
    if ((RelativeTo & RTL_REGISTRY_HANDLE) == 0) {
        ZwClose(Base);
    }
    return Status;
}
