/*++

Module Name:

    loader.c

Abstract:

    Driver images: loading one (its image mapped by Mm, a driver object named after its service, DriverEntry
    called), the boot-start drivers the loader read into memory, what a failed load does to the boot (the
    service's ErrorControl), and ZwLoadDriver/ZwUnloadDriver by service key name. Images read from the file
    system (system-start drivers, ZwLoadDriver) are sysdrv.c's.

--*/

#include <io.h>

#define IOP_DRIVER_PREFIX L"\\Driver\\"

//
// A service name's longest form (as NT's registry limits a key name).
//

#define IOP_MAX_SERVICE_NAME_BYTES (255 * sizeof(WCHAR))

static
NTSTATUS
IopServiceName(
    IN PUNICODE_STRING RegistryPath,
    OUT PUNICODE_STRING ServiceName
    )

/*++

Routine Description:

    The service's name: the last component of its key's path (...\Services\Name), within RegistryPath's buffer.

Return Value:

    STATUS_OBJECT_NAME_INVALID for an empty or over-long last component or one ending the path in a separator.

--*/

{
    USHORT Count = RegistryPath->Length / sizeof(WCHAR);
    USHORT Start = Count;

    while (Start > 0 && RegistryPath->Buffer[Start - 1] != L'\\') {
        Start -= 1;
    }
    ServiceName->Buffer = RegistryPath->Buffer + Start;
    ServiceName->Length = (USHORT)((Count - Start) * sizeof(WCHAR));
    ServiceName->MaximumLength = ServiceName->Length;
    if (ServiceName->Length == 0 || ServiceName->Length > IOP_MAX_SERVICE_NAME_BYTES) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
IopDriverObjectName(
    IN PUNICODE_STRING RegistryPath,
    OUT PUNICODE_STRING DriverName
    )

/*++

Routine Description:

    The name of a service's driver object, \Driver\Name, in a pool buffer the caller frees
    (IOP_NAME_TAG).

--*/

{
    UNICODE_STRING Prefix;
    UNICODE_STRING Service;
    NTSTATUS Status;

    Status = IopServiceName(RegistryPath, &Service);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&Prefix, IOP_DRIVER_PREFIX);
    DriverName->Length = 0;
    DriverName->MaximumLength = Prefix.Length + Service.Length;
    DriverName->Buffer = ExAllocatePoolWithTag(PagedPool, DriverName->MaximumLength, IOP_NAME_TAG);
    if (DriverName->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyUnicodeString(DriverName, &Prefix);
    RtlAppendUnicodeStringToString(DriverName, &Service);
    return STATUS_SUCCESS;
}

static
NTSTATUS
IopReferenceDriver(
    IN PUNICODE_STRING RegistryPath,
    OUT PDRIVER_OBJECT *DriverObject
    )

/*++

Routine Description:

    The driver object of a service, referenced.

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND when the service has no driver loaded; STATUS_OBJECT_NAME_INVALID.

--*/

{
    UNICODE_STRING DriverName;
    NTSTATUS Status;

    Status = IopDriverObjectName(RegistryPath, &DriverName);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = ObReferenceObjectByName(&DriverName, OBJ_CASE_INSENSITIVE, NULL, 0, IopDriverObjectType, KernelMode,
                                     NULL, (PVOID *)DriverObject);
    ExFreePoolWithTag(DriverName.Buffer, IOP_NAME_TAG);
    return Status;
}

NTSTATUS
IopLoadDriver(
    IN PVOID FileBuffer,
    IN ULONG FileSize,
    IN PUNICODE_STRING FilePath,
    IN PUNICODE_STRING RegistryPath,
    OUT PDRIVER_OBJECT *DriverObject OPTIONAL
    )

/*++

Routine Description:

    Loads a driver from its image file's bytes: maps the image (MmLoadSystemImage), creates the driver object
    \Driver\Name for the service key RegistryPath names and calls the image's entry point (DriverEntry) with
    it. A driver that fails to initialise leaves nothing behind: its object and image go.

Arguments:

    FileBuffer, FileSize - The image file as read.

    FilePath - Where it was read from: the module's name.

    RegistryPath - The driver's service key, ...\CurrentControlSet\Services\Name.

    DriverObject - Receives the driver object, referenced, when the driver is loaded.

Return Value:

    STATUS_SUCCESS or what DriverEntry returned; the exception code of an exception DriverEntry did not handle;
    STATUS_IMAGE_ALREADY_LOADED when the service's driver is loaded; MmLoadSystemImage's failures;
    STATUS_INVALID_IMAGE_FORMAT for an image with no entry point.

--*/

{
    UNICODE_STRING DriverName;
    PKLDR_DATA_TABLE_ENTRY Module;
    PDRIVER_OBJECT Existing;
    NTSTATUS Status;

    PAGED_CODE();

    if (ARGUMENT_PRESENT(DriverObject)) {
        *DriverObject = NULL;
    }
    if (NT_SUCCESS(IopReferenceDriver(RegistryPath, &Existing))) {
        ObDereferenceObject(Existing);
        return STATUS_IMAGE_ALREADY_LOADED;
    }
    Status = IopDriverObjectName(RegistryPath, &DriverName);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = MmLoadSystemImage(FileBuffer, FileSize, FilePath, &Module);
    if (NT_SUCCESS(Status)) {
        if (Module->EntryPoint == NULL) {
            MmUnloadSystemImage(Module);
            Status = STATUS_INVALID_IMAGE_FORMAT;
        } else {
            Status = IopCreateDriver(&DriverName, (PDRIVER_INITIALIZE)Module->EntryPoint, RegistryPath, Module, DriverObject);
        }
    }
    ExFreePoolWithTag(DriverName.Buffer, IOP_NAME_TAG);
    return Status;
}

//
// A service's ErrorControl: what a failure to load its driver does to the boot.
//

#define SERVICE_ERROR_IGNORE 0
#define SERVICE_ERROR_NORMAL 1
#define SERVICE_ERROR_SEVERE 2
#define SERVICE_ERROR_CRITICAL 3

static
ULONG
IopServiceErrorControl(
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    The ErrorControl value of a service's key; SERVICE_ERROR_NORMAL when the key or value is missing or not a
    REG_DWORD.

--*/

{
    UCHAR Buffer[sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG)];
    PKEY_VALUE_PARTIAL_INFORMATION Value = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
    OBJECT_ATTRIBUTES Attributes;
    UNICODE_STRING Name;
    ULONG ErrorControl = SERVICE_ERROR_NORMAL;
    ULONG Length;
    HANDLE Key;

    InitializeObjectAttributes(&Attributes, RegistryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    if (!NT_SUCCESS(ZwOpenKey(&Key, KEY_QUERY_VALUE, &Attributes))) {
        return ErrorControl;
    }
    RtlInitUnicodeString(&Name, L"ErrorControl");
    if (NT_SUCCESS(ZwQueryValueKey(Key, &Name, KeyValuePartialInformation, Value, sizeof(Buffer), &Length)) &&
        Value->Type == REG_DWORD && Value->DataLength == sizeof(ULONG)) {
        RtlCopyMemory(&ErrorControl, Value->Data, sizeof(ULONG));
    }
    ZwClose(Key);
    return ErrorControl;
}

VOID
IopReportDriverLoad(
    IN PUNICODE_STRING RegistryPath,
    IN PUNICODE_STRING FilePath,
    IN NTSTATUS Status
    )

/*++

Routine Description:

    Says on the console what became of a driver loaded at boot. A driver that failed to load is handled as its
    service's ErrorControl says: ignored silently (0), reported and left out (1, 2: there is no last known good
    control set to switch to), or, for a critical one (3), the boot stops with CRITICAL_SERVICE_FAILED.

--*/

{
    UNICODE_STRING Service;
    ULONG ErrorControl;

    PAGED_CODE();

    if (!NT_SUCCESS(IopServiceName(RegistryPath, &Service))) {
        Service = *RegistryPath;
    }
    if (NT_SUCCESS(Status)) {
        DbgPrint("Driver %wZ loaded (%wZ)\n", &Service, FilePath);
        return;
    }
    ErrorControl = IopServiceErrorControl(RegistryPath);
    if (ErrorControl != SERVICE_ERROR_IGNORE) {
        DbgPrint("Driver %wZ failed to load (%wZ): status 0x%08lX\n", &Service, FilePath, Status);
    }
    if (ErrorControl == SERVICE_ERROR_CRITICAL) {

        //
        // There is no last known good control set to fall back on: the boot cannot go on.
        //

        KeBugCheckEx(CRITICAL_SERVICE_FAILED, (ULONG_PTR)Status, (ULONG_PTR)RegistryPath, 0, 0);
    }
}

VOID
IopInitializeBootDrivers(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Loads the boot-start drivers the loader read, in the loader's order (IopReportDriverLoad says what became
    of each).

--*/

{
    PBOOT_DRIVER_LIST_ENTRY Driver;
    UNICODE_STRING Service;
    PLIST_ENTRY Link;
    NTSTATUS Status;

    PAGED_CODE();

    for (Link = LoaderBlock->BootDriverListHead.Flink; Link != &LoaderBlock->BootDriverListHead; Link = Link->Flink) {
        Driver = CONTAINING_RECORD(Link, BOOT_DRIVER_LIST_ENTRY, Link);
        Status = IopServiceName(&Driver->RegistryPath, &Service);
        if (NT_SUCCESS(Status)) {
            Status = IopLoadDriver(Driver->FileBuffer, Driver->FileSize, &Driver->FilePath, &Driver->RegistryPath, NULL);
        }
        IopReportDriverLoad(&Driver->RegistryPath, &Driver->FilePath, Status);
    }
}

NTSTATUS
NTAPI
ZwLoadDriver(
    IN PUNICODE_STRING DriverServiceName
    )

/*++

Routine Description:

    Loads the driver of a service, named by its registry key (\Registry\Machine\System\CurrentControlSet\
    Services\Name), from its image file on the file system (IopLoadServiceDriver).

Return Value:

    STATUS_SUCCESS or IopLoadServiceDriver's failures: STATUS_OBJECT_NAME_NOT_FOUND when the service has no
    key or its image file is missing; STATUS_INVALID_PARAMETER without a name.

--*/

{
    UNICODE_STRING ImagePath;
    NTSTATUS Status;

    PAGED_CODE();

    if (!ARGUMENT_PRESENT(DriverServiceName) || DriverServiceName->Buffer == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopLoadServiceDriver(DriverServiceName, &ImagePath);
    if (ImagePath.Buffer != NULL) {
        IopFreeImageFile(ImagePath.Buffer);
    }
    return Status;
}

NTSTATUS
NTAPI
ZwUnloadDriver(
    IN PUNICODE_STRING DriverServiceName
    )

/*++

Routine Description:

    Unloads the driver of a service: its DriverUnload routine runs, its object's name goes, and its image is
    unloaded once its last device and reference are gone.

Return Value:

    STATUS_SUCCESS; STATUS_OBJECT_NAME_NOT_FOUND when the service has no driver loaded;
    STATUS_INVALID_DEVICE_REQUEST for a driver without a DriverUnload routine, one built into the kernel, or
    one being unloaded; STATUS_INVALID_PARAMETER without a name.

--*/

{
    PDRIVER_OBJECT DriverObject;
    NTSTATUS Status;

    PAGED_CODE();

    if (!ARGUMENT_PRESENT(DriverServiceName) || DriverServiceName->Buffer == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopReferenceDriver(DriverServiceName, &DriverObject);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (DriverObject->DriverSection == NULL || (DriverObject->Flags & DRVO_UNLOAD_INVOKED)) {
        Status = STATUS_INVALID_DEVICE_REQUEST;
    } else {
        Status = IopUnloadDriver(DriverObject);
    }
    ObDereferenceObject(DriverObject);
    return Status;
}

BOOLEAN
NTAPI
IoGetBootRamDisk(
    OUT PPHYSICAL_ADDRESS PhysicalAddress,
    OUT PULONG Length
    )

/*++

Routine Description:

    The boot volume's image the loader placed in memory for the RAM disk driver (BOOT.md: RamDiskBase,
    RamDiskLength).

Return Value:

    FALSE when the loader handed none over.

--*/

{
    PhysicalAddress->QuadPart = KeLoaderBlock->RamDiskBase;
    *Length = KeLoaderBlock->RamDiskLength;
    return (BOOLEAN)(KeLoaderBlock->RamDiskLength != 0);
}
