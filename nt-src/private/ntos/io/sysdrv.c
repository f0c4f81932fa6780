/*++

Module Name:

    sysdrv.c

Abstract:

    Drivers loaded from the file system: a service's image file (its ImagePath, or
    \SystemRoot\System32\Drivers\<name>.sys) read from the boot volume, and the system-start drivers (Start 1)
    loaded after the boot volume is mounted, in the order NT 3.5 used: by their Group's place in
    Control\ServiceGroupOrder\List (groups not listed after those listed), then by Tag, then as the Services
    key lists them.

--*/

#include <io.h>

#define IOP_IMAGE_TAG 'gmIo'
#define IOP_SERVICES L"\\Registry\\Machine\\System\\CurrentControlSet\\Services"
#define IOP_GROUP_ORDER L"\\Registry\\Machine\\System\\CurrentControlSet\\Control\\ServiceGroupOrder"
#define IOP_DEFAULT_DRIVER_DIRECTORY L"\\SystemRoot\\System32\\Drivers\\"
#define IOP_SYSTEM_ROOT L"\\SystemRoot\\"

//
// The largest driver image file read (anything bigger is not one of this system's drivers).
//

#define IOP_MAX_IMAGE_FILE_BYTES (64 * 1024 * 1024)

//
// A service's Start and Type (as the DDK's service keys document them).
//

#define SERVICE_SYSTEM_START 1
#define SERVICE_KERNEL_DRIVER 1
#define SERVICE_FILE_SYSTEM_DRIVER 2

//
// Longest value data read from a service key (ImagePath, Group) and from ServiceGroupOrder's List.
//

#define IOP_MAX_SERVICE_STRING_BYTES 1024
#define IOP_MAX_GROUP_LIST_BYTES 8192

static
NTSTATUS
IopQueryValue(
    IN HANDLE Key,
    IN PCWSTR ValueName,
    IN ULONG MaximumDataLength,
    OUT PKEY_VALUE_PARTIAL_INFORMATION *Value
    )

/*++

Routine Description:

    A value of a key, in a paged pool block the caller frees (IOP_IMAGE_TAG).

Return Value:

    ZwQueryValueKey's failures (STATUS_OBJECT_NAME_NOT_FOUND for a missing value, STATUS_BUFFER_OVERFLOW for
    data longer than MaximumDataLength); STATUS_INSUFFICIENT_RESOURCES.

--*/

{
    ULONG Length = FIELD_OFFSET(KEY_VALUE_PARTIAL_INFORMATION, Data) + MaximumDataLength;
    UNICODE_STRING Name;
    NTSTATUS Status;

    *Value = ExAllocatePoolWithTag(PagedPool, Length, IOP_IMAGE_TAG);
    if (*Value == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitUnicodeString(&Name, ValueName);
    Status = ZwQueryValueKey(Key, &Name, KeyValuePartialInformation, *Value, Length, &Length);
    if (!NT_SUCCESS(Status)) {
        ExFreePoolWithTag(*Value, IOP_IMAGE_TAG);
        *Value = NULL;
    }
    return Status;
}

static
ULONG
IopQueryDword(
    IN HANDLE Key,
    IN PCWSTR ValueName,
    IN ULONG Default
    )

/*++

Routine Description:

    A REG_DWORD value of a key; Default when it is missing or of another type.

--*/

{
    PKEY_VALUE_PARTIAL_INFORMATION Value;
    ULONG Result = Default;

    if (NT_SUCCESS(IopQueryValue(Key, ValueName, sizeof(ULONG), &Value))) {
        if (Value->Type == REG_DWORD && Value->DataLength == sizeof(ULONG)) {
            RtlCopyMemory(&Result, Value->Data, sizeof(ULONG));
        }
        ExFreePoolWithTag(Value, IOP_IMAGE_TAG);
    }
    return Result;
}

static
VOID
IopValueString(
    IN PKEY_VALUE_PARTIAL_INFORMATION Value,
    OUT PUNICODE_STRING String
    )

/*++

Routine Description:

    A REG_SZ or REG_EXPAND_SZ value's text, without its terminating NULs, within the value's buffer.

--*/

{
    USHORT Count = (USHORT)(Value->DataLength / sizeof(WCHAR));

    String->Buffer = (PWSTR)Value->Data;
    while (Count > 0 && String->Buffer[Count - 1] == L'\0') {
        Count -= 1;
    }
    String->Length = (USHORT)(Count * sizeof(WCHAR));
    String->MaximumLength = String->Length;
}

static
NTSTATUS
IopBuildImagePath(
    IN HANDLE ServiceKey,
    IN PUNICODE_STRING ServiceName,
    OUT PUNICODE_STRING ImagePath
    )

/*++

Routine Description:

    Where a service's image file is, in a pool buffer the caller frees (IOP_IMAGE_TAG): its ImagePath when it
    has one (a full path as it is, a relative one under \SystemRoot), else
    \SystemRoot\System32\Drivers\<service>.sys.

--*/

{
    PKEY_VALUE_PARTIAL_INFORMATION Value;
    UNICODE_STRING Given;
    UNICODE_STRING Prefix;
    UNICODE_STRING Suffix;
    ULONG Length;

    RtlInitUnicodeString(&Suffix, L"");
    if (NT_SUCCESS(IopQueryValue(ServiceKey, L"ImagePath", IOP_MAX_SERVICE_STRING_BYTES, &Value)) &&
        (Value->Type == REG_SZ || Value->Type == REG_EXPAND_SZ)) {
        IopValueString(Value, &Given);
        RtlInitUnicodeString(&Prefix, (Given.Length > 0 && Given.Buffer[0] == L'\\') ? L"" : IOP_SYSTEM_ROOT);
    } else {
        if (Value != NULL) {
            ExFreePoolWithTag(Value, IOP_IMAGE_TAG);
            Value = NULL;
        }
        Given = *ServiceName;
        RtlInitUnicodeString(&Prefix, IOP_DEFAULT_DRIVER_DIRECTORY);
        RtlInitUnicodeString(&Suffix, L".sys");
    }
    Length = (ULONG)Prefix.Length + Given.Length + Suffix.Length;
    ImagePath->Buffer = Length <= MAXUSHORT ? ExAllocatePoolWithTag(PagedPool, Length, IOP_IMAGE_TAG) : NULL;
    if (ImagePath->Buffer != NULL) {
        ImagePath->Length = 0;
        ImagePath->MaximumLength = (USHORT)Length;
        RtlCopyUnicodeString(ImagePath, &Prefix);
        RtlAppendUnicodeStringToString(ImagePath, &Given);
        RtlAppendUnicodeStringToString(ImagePath, &Suffix);
    }
    if (Value != NULL) {
        ExFreePoolWithTag(Value, IOP_IMAGE_TAG);
    }
    return ImagePath->Buffer != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS
IopReadImageFile(
    IN PUNICODE_STRING FilePath,
    OUT PVOID *FileBuffer,
    OUT PULONG FileSize
    )

/*++

Routine Description:

    Reads a whole file (a driver's image) through the file system into a paged pool block the caller frees
    with IopFreeImageFile.

Return Value:

    ZwCreateFile's and ZwReadFile's failures (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND for a
    missing file); STATUS_INVALID_IMAGE_FORMAT for an empty file or one beyond
    IOP_MAX_IMAGE_FILE_BYTES; STATUS_INSUFFICIENT_RESOURCES.

--*/

{
    FILE_STANDARD_INFORMATION Standard;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    HANDLE Handle;
    NTSTATUS Status;
    ULONG Size;
    PVOID Buffer;

    PAGED_CODE();

    *FileBuffer = NULL;
    *FileSize = 0;
    InitializeObjectAttributes(&Attributes, FilePath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwCreateFile(&Handle, FILE_GENERIC_READ, &Attributes, &IoStatus, NULL, FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ,
                          FILE_OPEN, FILE_NON_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Standard, sizeof(Standard), FileStandardInformation);
    if (NT_SUCCESS(Status)) {
        if (Standard.EndOfFile.QuadPart == 0) {
            Status = STATUS_INVALID_IMAGE_FORMAT;
        } else if (Standard.EndOfFile.QuadPart > IOP_MAX_IMAGE_FILE_BYTES) {
            Status = STATUS_INVALID_IMAGE_FORMAT;
        }
    }
    if (!NT_SUCCESS(Status)) {
        ZwClose(Handle);
        return Status;
    }
    Size = Standard.EndOfFile.LowPart;
    Buffer = ExAllocatePoolWithTag(PagedPool, Size, IOP_IMAGE_TAG);
    if (Buffer == NULL) {
        ZwClose(Handle);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Offset.QuadPart = 0;
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, Size, &Offset, NULL);
    ZwClose(Handle);
    if (NT_SUCCESS(Status) && IoStatus.Information != Size) {

        //
        // The file changed size under us: what was read is not the image its size promised.
        //

        Status = STATUS_INVALID_IMAGE_FORMAT;
    }
    if (!NT_SUCCESS(Status)) {
        ExFreePoolWithTag(Buffer, IOP_IMAGE_TAG);
        return Status;
    }
    *FileBuffer = Buffer;
    *FileSize = Size;
    return STATUS_SUCCESS;
}

VOID
IopFreeImageFile(
    IN PVOID FileBuffer
    )
{
    ExFreePoolWithTag(FileBuffer, IOP_IMAGE_TAG);
}

NTSTATUS
IopLoadServiceDriver(
    IN PUNICODE_STRING RegistryPath,
    OUT PUNICODE_STRING ImagePath
    )

/*++

Routine Description:

    Loads a service's driver from its image file on the file system (IopBuildImagePath says where).

Arguments:

    RegistryPath - The service's key, ...\CurrentControlSet\Services\Name.

    ImagePath - Receives where the image was looked for (a pool buffer the caller frees with
        IopFreeImageFile; Buffer NULL when the service's key could not be read).

Return Value:

    The service key's open status; IopReadImageFile's and IopLoadDriver's failures.

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    UNICODE_STRING Service;
    NTSTATUS Status;
    HANDLE Key;
    PVOID File;
    ULONG Size;
    USHORT Start;

    PAGED_CODE();

    RtlZeroMemory(ImagePath, sizeof(UNICODE_STRING));
    InitializeObjectAttributes(&Attributes, RegistryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwOpenKey(&Key, KEY_QUERY_VALUE, &Attributes);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    for (Start = RegistryPath->Length / sizeof(WCHAR); Start > 0 && RegistryPath->Buffer[Start - 1] != L'\\'; Start -= 1) {
    }
    Service.Buffer = RegistryPath->Buffer + Start;
    Service.Length = (USHORT)(RegistryPath->Length - Start * sizeof(WCHAR));
    Service.MaximumLength = Service.Length;
    Status = IopBuildImagePath(Key, &Service, ImagePath);
    ZwClose(Key);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = IopReadImageFile(ImagePath, &File, &Size);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = IopLoadDriver(File, Size, ImagePath, RegistryPath, NULL);
    IopFreeImageFile(File);
    return Status;
}

//
// A system-start service found under Services, and its place in the load order.
//

typedef struct _IOP_SYSTEM_DRIVER {
    UNICODE_STRING RegistryPath;
    ULONG GroupRank;
    ULONG Tag;
    ULONG Index;
} IOP_SYSTEM_DRIVER, *PIOP_SYSTEM_DRIVER;

static
ULONG
IopGroupRank(
    IN PKEY_VALUE_PARTIAL_INFORMATION GroupList OPTIONAL,
    IN HANDLE ServiceKey
    )

/*++

Routine Description:

    The place of a service's Group in ServiceGroupOrder's List (compared without regard to case); the number of
    groups listed for a service in no group or in one not listed, so that those load after the rest.

--*/

{
    PKEY_VALUE_PARTIAL_INFORMATION Value;
    UNICODE_STRING Group;
    UNICODE_STRING Entry;
    PWSTR Next;
    PWSTR End;
    ULONG Rank = 0;
    ULONG Found = MAXULONG;

    if (!ARGUMENT_PRESENT(GroupList) || GroupList->Type != REG_MULTI_SZ) {
        return 0;
    }
    if (NT_SUCCESS(IopQueryValue(ServiceKey, L"Group", IOP_MAX_SERVICE_STRING_BYTES, &Value))) {
        if (Value->Type != REG_SZ) {
            ExFreePoolWithTag(Value, IOP_IMAGE_TAG);
            Value = NULL;
        }
    } else {
        Value = NULL;
    }
    if (Value != NULL) {
        IopValueString(Value, &Group);
    }
    Next = (PWSTR)GroupList->Data;
    End = Next + GroupList->DataLength / sizeof(WCHAR);
    while (Next < End && *Next != L'\0') {
        Entry.Buffer = Next;
        while (Next < End && *Next != L'\0') {
            Next += 1;
        }
        Entry.Length = (USHORT)((Next - Entry.Buffer) * sizeof(WCHAR));
        Entry.MaximumLength = Entry.Length;
        if (Value != NULL && Found == MAXULONG && RtlEqualUnicodeString(&Entry, &Group, TRUE)) {
            Found = Rank;
        }
        Rank += 1;
        Next += 1;
    }
    if (Value != NULL) {
        ExFreePoolWithTag(Value, IOP_IMAGE_TAG);
    }
    return Found != MAXULONG ? Found : Rank;
}

static
BOOLEAN
IopLoadsBefore(
    IN PIOP_SYSTEM_DRIVER First,
    IN PIOP_SYSTEM_DRIVER Second
    )
{
    if (First->GroupRank != Second->GroupRank) {
        return (BOOLEAN)(First->GroupRank < Second->GroupRank);
    }
    if (First->Tag != Second->Tag) {
        return (BOOLEAN)(First->Tag < Second->Tag);
    }
    return (BOOLEAN)(First->Index < Second->Index);
}

static
NTSTATUS
IopAddSystemDriver(
    IN HANDLE Services,
    IN PKEY_BASIC_INFORMATION Basic,
    IN ULONG Index,
    IN PKEY_VALUE_PARTIAL_INFORMATION GroupList OPTIONAL,
    IN OUT PIOP_SYSTEM_DRIVER Drivers,
    IN OUT PULONG Count
    )

/*++

Routine Description:

    Adds the service Basic names to the ordered list of system-start drivers when it is one (Start 1, a kernel
    or file system driver), in its place.

--*/

{
    UNICODE_STRING Name;
    UNICODE_STRING Prefix;
    OBJECT_ATTRIBUTES Attributes;
    IOP_SYSTEM_DRIVER Driver;
    NTSTATUS Status;
    HANDLE Key;
    ULONG Type;
    ULONG Place;

    Name.Buffer = Basic->Name;
    Name.Length = (USHORT)Basic->NameLength;
    Name.MaximumLength = Name.Length;
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Services, NULL);
    Status = ZwOpenKey(&Key, KEY_QUERY_VALUE, &Attributes);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Type = IopQueryDword(Key, L"Type", 0);
    if (IopQueryDword(Key, L"Start", MAXULONG) != SERVICE_SYSTEM_START ||
        (Type != SERVICE_KERNEL_DRIVER && Type != SERVICE_FILE_SYSTEM_DRIVER)) {
        ZwClose(Key);
        return STATUS_SUCCESS;
    }
    Driver.GroupRank = IopGroupRank(GroupList, Key);
    Driver.Tag = IopQueryDword(Key, L"Tag", MAXULONG);
    Driver.Index = Index;
    ZwClose(Key);

    RtlInitUnicodeString(&Prefix, IOP_SERVICES L"\\");
    Driver.RegistryPath.Length = 0;
    Driver.RegistryPath.MaximumLength = Prefix.Length + Name.Length;
    Driver.RegistryPath.Buffer = ExAllocatePoolWithTag(PagedPool, Driver.RegistryPath.MaximumLength, IOP_IMAGE_TAG);
    if (Driver.RegistryPath.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyUnicodeString(&Driver.RegistryPath, &Prefix);
    RtlAppendUnicodeStringToString(&Driver.RegistryPath, &Name);

    //
    // Insertion keeps the list in load order; there are only ever a few drivers.
    //

    for (Place = *Count; Place > 0 && IopLoadsBefore(&Driver, &Drivers[Place - 1]); Place -= 1) {
        Drivers[Place] = Drivers[Place - 1];
    }
    Drivers[Place] = Driver;
    *Count += 1;
    return STATUS_SUCCESS;
}

VOID
IopInitializeSystemDrivers(
    VOID
    )

/*++

Routine Description:

    Loads the system-start drivers from the boot volume in group order, once it is mounted, and says on the
    console what became of each (IopReportDriverLoad: ErrorControl applies).

--*/

{
    UCHAR Buffer[sizeof(KEY_FULL_INFORMATION) + 256 * sizeof(WCHAR)];
    PKEY_FULL_INFORMATION Full = (PKEY_FULL_INFORMATION)Buffer;
    PKEY_BASIC_INFORMATION Basic = (PKEY_BASIC_INFORMATION)Buffer;
    PKEY_VALUE_PARTIAL_INFORMATION GroupList = NULL;
    PIOP_SYSTEM_DRIVER Drivers;
    OBJECT_ATTRIBUTES Attributes;
    UNICODE_STRING ImagePath;
    UNICODE_STRING Name;
    HANDLE Services;
    HANDLE Key;
    ULONG SubKeys;
    ULONG Count = 0;
    ULONG Index;
    ULONG Length;
    NTSTATUS Status;

    PAGED_CODE();

    RtlInitUnicodeString(&Name, IOP_GROUP_ORDER);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    if (NT_SUCCESS(ZwOpenKey(&Key, KEY_QUERY_VALUE, &Attributes))) {
        IopQueryValue(Key, L"List", IOP_MAX_GROUP_LIST_BYTES, &GroupList);
        ZwClose(Key);
    }
    RtlInitUnicodeString(&Name, IOP_SERVICES);
    Status = ZwOpenKey(&Services, KEY_READ, &Attributes);
    if (NT_SUCCESS(Status)) {
        Status = ZwQueryKey(Services, KeyFullInformation, Full, sizeof(Buffer), &Length);
        if (!NT_SUCCESS(Status)) {
            ZwClose(Services);
        }
    }
    if (!NT_SUCCESS(Status)) {
        DbgPrint("System drivers: no Services key (0x%08lx)\n", Status);
        if (GroupList != NULL) {
            ExFreePoolWithTag(GroupList, IOP_IMAGE_TAG);
        }
        return;
    }
    SubKeys = Full->SubKeys;
    Drivers = ExAllocatePoolWithTag(PagedPool, (SubKeys + 1) * sizeof(IOP_SYSTEM_DRIVER), IOP_IMAGE_TAG);
    for (Index = 0; Drivers != NULL && Index < SubKeys; Index += 1) {
        if (NT_SUCCESS(ZwEnumerateKey(Services, Index, KeyBasicInformation, Basic, sizeof(Buffer), &Length))) {
            IopAddSystemDriver(Services, Basic, Index, GroupList, Drivers, &Count);
        }
    }
    ZwClose(Services);
    if (GroupList != NULL) {
        ExFreePoolWithTag(GroupList, IOP_IMAGE_TAG);
    }
    if (Drivers == NULL) {
        DbgPrint("System drivers: no memory to list them\n");
        return;
    }
    for (Index = 0; Index < Count; Index += 1) {
        Status = IopLoadServiceDriver(&Drivers[Index].RegistryPath, &ImagePath);
        IopReportDriverLoad(&Drivers[Index].RegistryPath, &ImagePath, Status);
        if (ImagePath.Buffer != NULL) {
            IopFreeImageFile(ImagePath.Buffer);
        }
        ExFreePoolWithTag(Drivers[Index].RegistryPath.Buffer, IOP_IMAGE_TAG);
    }
    ExFreePoolWithTag(Drivers, IOP_IMAGE_TAG);
}
