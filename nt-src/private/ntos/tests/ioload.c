/*++

Module Name:

    ioload.c

Abstract:

    Self-tests of driver images: the loader handed over the boot-start drivers only; the system-start drivers
    (null, and kmtdrv under /SELFTEST) were read from the boot volume in group order, their modules listed and
    their devices working; kmtdrv is unloaded (its device, object, module and code gone) and loaded again with
    fresh data; DriverEntry failing or faulting, a changed image file and bad service names leave nothing
    behind; a service's image is found at its ImagePath (full or relative to \SystemRoot) or at the default
    \SystemRoot\System32\Drivers\<name>.sys, and a missing, empty, short or corrupt file fails the load.

--*/

#include "iotest.h"
#include <excpt.h>
#include "kmtdrv\kmtdrv.h"
#include "..\mm\mi.h"

#define KMT_TAG 'dLtK'
#define KMT_SERVICES L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\"

static
PBOOT_DRIVER_LIST_ENTRY
KmtBootDriver(
    IN PCWSTR FileName
    )

/*++

Routine Description:

    The loader's entry of the boot driver whose file path ends in FileName.

--*/

{
    PLIST_ENTRY Head = &KeLoaderBlock->BootDriverListHead;
    PBOOT_DRIVER_LIST_ENTRY Driver;
    UNICODE_STRING Wanted;
    UNICODE_STRING Tail;
    PLIST_ENTRY Link;

    RtlInitUnicodeString(&Wanted, FileName);
    for (Link = Head->Flink; Link != Head; Link = Link->Flink) {
        Driver = CONTAINING_RECORD(Link, BOOT_DRIVER_LIST_ENTRY, Link);
        if (Driver->FilePath.Length >= Wanted.Length) {
            Tail.Buffer = (PWSTR)((PUCHAR)Driver->FilePath.Buffer + Driver->FilePath.Length - Wanted.Length);
            Tail.Length = Wanted.Length;
            Tail.MaximumLength = Wanted.Length;
            if (RtlEqualUnicodeString(&Tail, &Wanted, TRUE)) {
                return Driver;
            }
        }
    }
    return NULL;
}

static
BOOLEAN
KmtBootDriverBefore(
    IN PCWSTR First,
    IN PCWSTR Second
    )

/*++

Routine Description:

    Whether the loader listed the boot driver First before Second.

--*/

{
    PBOOT_DRIVER_LIST_ENTRY Later = KmtBootDriver(Second);
    PLIST_ENTRY Link;

    for (Link = KeLoaderBlock->BootDriverListHead.Flink; Link != &KeLoaderBlock->BootDriverListHead; Link = Link->Flink) {
        if (Link == &Later->Link) {
            return FALSE;
        }
        if (CONTAINING_RECORD(Link, BOOT_DRIVER_LIST_ENTRY, Link) == KmtBootDriver(First)) {
            return TRUE;
        }
    }
    return FALSE;
}

static
PKLDR_DATA_TABLE_ENTRY
KmtFindModule(
    IN PCWSTR BaseName,
    OUT PULONG Position OPTIONAL
    )

/*++

Routine Description:

    The loaded module of that base name, and its place in PsLoadedModuleList (0 first).

--*/

{
    PKLDR_DATA_TABLE_ENTRY Module;
    UNICODE_STRING Name;
    PLIST_ENTRY Link;
    ULONG Index = 0;

    RtlInitUnicodeString(&Name, BaseName);
    for (Link = PsLoadedModuleList.Flink; Link != &PsLoadedModuleList; Link = Link->Flink, Index += 1) {
        Module = CONTAINING_RECORD(Link, KLDR_DATA_TABLE_ENTRY, InLoadOrderLinks);
        if (RtlEqualUnicodeString(&Module->BaseDllName, &Name, TRUE)) {
            if (ARGUMENT_PRESENT(Position)) {
                *Position = Index;
            }
            return Module;
        }
    }
    return NULL;
}

static
NTSTATUS
KmtReferenceNamed(
    IN PCWSTR Path,
    IN POBJECT_TYPE Type,
    OUT PVOID *Object
    )
{
    UNICODE_STRING Name;

    RtlInitUnicodeString(&Name, Path);
    return ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, Type, KernelMode, NULL, Object);
}

static
BOOLEAN
KmtExists(
    IN PCWSTR Path,
    IN POBJECT_TYPE Type
    )
{
    PVOID Object;

    if (!NT_SUCCESS(KmtReferenceNamed(Path, Type, &Object))) {
        return FALSE;
    }
    ObDereferenceObject(Object);
    return TRUE;
}

NTSTATUS
KmtSendRequest(
    IN PDEVICE_OBJECT DeviceObject,
    IN UCHAR MajorFunction,
    IN ULONG IoControlCode,
    IN OUT PVOID Buffer,
    IN ULONG Length,
    OUT PIO_STATUS_BLOCK IoStatus
    )

/*++

Routine Description:

    One synchronous request to a device: a read or a write at offset 0, or a buffered I/O control with Buffer
    as input and output.

--*/

{
    LARGE_INTEGER Offset;
    KEVENT Event;
    NTSTATUS Status;
    PIRP Irp;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Offset.QuadPart = 0;
    if (MajorFunction == IRP_MJ_DEVICE_CONTROL) {
        Irp = IoBuildDeviceIoControlRequest(IoControlCode, DeviceObject, Buffer, Length, Buffer, Length, FALSE, &Event, IoStatus);
    } else {
        Irp = IoBuildSynchronousFsdRequest(MajorFunction, DeviceObject, Buffer, Length, &Offset, &Event, IoStatus);
    }
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Status = IoCallDriver(DeviceObject, Irp);
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
        Status = IoStatus->Status;
    }
    return Status;
}

static
NTSTATUS
KmtSend(
    IN PCWSTR DeviceName,
    IN UCHAR MajorFunction,
    IN ULONG IoControlCode,
    IN OUT PVOID Buffer,
    IN ULONG Length,
    OUT PIO_STATUS_BLOCK IoStatus
    )

/*++

Routine Description:

    One request to a named device through a file object opened on it for the request.

--*/

{
    PDEVICE_OBJECT DeviceObject;
    PFILE_OBJECT FileObject;
    UNICODE_STRING Name;
    NTSTATUS Status;

    RtlInitUnicodeString(&Name, DeviceName);
    Status = IoGetDeviceObjectPointer(&Name, FILE_READ_DATA | FILE_WRITE_DATA, &FileObject, &DeviceObject);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = KmtSendRequest(DeviceObject, MajorFunction, IoControlCode, Buffer, Length, IoStatus);
    ObDereferenceObject(FileObject);
    return Status;
}

//
// An image file as read from the boot volume.
//

typedef struct _KMT_IMAGE_FILE {
    PVOID Buffer;
    ULONG Size;
    UNICODE_STRING Path;
} KMT_IMAGE_FILE, *PKMT_IMAGE_FILE;

#define KMT_KMTDRV_FILE L"\\SystemRoot\\system32\\drivers\\kmtdrv.sys"

static
BOOLEAN
KmtReadKmtdrv(
    OUT PKMT_IMAGE_FILE File
    )
{
    RtlInitUnicodeString(&File->Path, KMT_KMTDRV_FILE);
    return (BOOLEAN)NT_SUCCESS(IopReadImageFile(&File->Path, &File->Buffer, &File->Size));
}

#define KMT_SERVICE_PATH_CHARS 96

static
VOID
KmtServicePath(
    IN PCWSTR Service,
    OUT PWCHAR Buffer,
    OUT PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    A service's key path, ...\Services\Service, in Buffer (KMT_SERVICE_PATH_CHARS characters).

--*/

{
    RegistryPath->Buffer = Buffer;
    RegistryPath->Length = 0;
    RegistryPath->MaximumLength = KMT_SERVICE_PATH_CHARS * sizeof(WCHAR);
    RtlAppendUnicodeToString(RegistryPath, KMT_SERVICES);
    RtlAppendUnicodeToString(RegistryPath, Service);
}

static
NTSTATUS
KmtLoadAs(
    IN PKMT_IMAGE_FILE File,
    IN PCWSTR Service
    )

/*++

Routine Description:

    Loads an image file as the driver of a service.

--*/

{
    WCHAR Path[KMT_SERVICE_PATH_CHARS];
    UNICODE_STRING RegistryPath;

    KmtServicePath(Service, Path, &RegistryPath);
    return IopLoadDriver(File->Buffer, File->Size, &File->Path, &RegistryPath, NULL);
}

static
ULONG
KmtModuleCount(
    VOID
    )
{
    PLIST_ENTRY Link;
    ULONG Count = 0;

    for (Link = PsLoadedModuleList.Flink; Link != &PsLoadedModuleList; Link = Link->Flink) {
        Count += 1;
    }
    return Count;
}

static
VOID
KmtCheckBootDrivers(
    VOID
    )

/*++

Routine Description:

    The loader handed over the boot-start drivers only; the system-start ones were read from the boot volume
    and loaded after the loader's images in group order (null's Base before kmtdrv's Extended base), each
    driver object owning its module; the null device takes writes whole and reads nothing.

--*/

{
    PKLDR_DATA_TABLE_ENTRY Null;
    PKLDR_DATA_TABLE_ENTRY Test;
    PDRIVER_OBJECT Driver = NULL;
    UNICODE_STRING Name;
    IO_STATUS_BLOCK IoStatus;
    UCHAR Data[24];
    ULONG NullAt = 0;
    ULONG TestAt = 0;

    ok(KmtFindModule(L"ntoskrnl.exe", NULL) == CONTAINING_RECORD(PsLoadedModuleList.Flink, KLDR_DATA_TABLE_ENTRY, InLoadOrderLinks),
       "the kernel is the first module");
    Null = KmtFindModule(L"null.sys", &NullAt);
    Test = KmtFindModule(L"kmtdrv.sys", &TestAt);
    ok(Null != NULL && Test != NULL, "null.sys and kmtdrv.sys are loaded modules");
    if (Null == NULL || Test == NULL) {
        return;
    }
    ok(NullAt >= 2 && TestAt >= 2, "after the loader's images (%lu, %lu)", NullAt, TestAt);
    ok(KmtBootDriver(L"\\ramdisk.sys") != NULL && KmtBootDriverBefore(L"\\ramdisk.sys", L"\\fastfat.sys"),
       "the loader handed over ramdisk.sys, then fastfat.sys");
    ok(KmtBootDriver(L"\\null.sys") == NULL && KmtBootDriver(L"\\kmtdrv.sys") == NULL,
       "but not the system-start drivers");
    ok(NullAt < TestAt, "in group order (%lu, %lu)", NullAt, TestAt);
    RtlInitUnicodeString(&Name, KMT_KMTDRV_FILE);
    ok(RtlEqualUnicodeString(&Test->FullDllName, &Name, TRUE), "kmtdrv's module is named after its file (%wZ)",
       &Test->FullDllName);
    ok(MI_IS_KSEG0_ADDRESS(Null->DllBase) && BYTE_OFFSET(Null->DllBase) == 0 && Null->SizeOfImage >= PAGE_SIZE,
       "a driver's image takes whole nonpaged pages (0x%p, %lu bytes)", Null->DllBase, Null->SizeOfImage);
    ok((Null->Flags & LDRP_BOOT_IMAGE) == 0, "a loaded driver's module is not the loader's");
    ok(Null->EntryPoint != NULL, "a driver's module has its entry point");
    ok_eq_hex(KmtReferenceNamed(L"\\Driver\\null", IopDriverObjectType, (PVOID *)&Driver), STATUS_SUCCESS);
    if (Driver != NULL) {
        ok_eq_pointer(Driver->DriverSection, Null);
        ok_eq_pointer(Driver->DriverStart, Null->DllBase);
        ok_eq_ulong(Driver->DriverSize, Null->SizeOfImage);
        ok_eq_pointer(Driver->DriverInit, Null->EntryPoint);
        ok((Driver->Flags & DRVO_BUILTIN_DRIVER) == 0, "a loaded driver is not built in");
        ObDereferenceObject(Driver);
    }
    ok(KmtExists(L"\\Device\\Null", IopDeviceObjectType), "\\Device\\Null exists");

    RtlFillMemory(Data, sizeof(Data), 0x5A);
    ok_eq_hex(KmtSend(L"\\Device\\Null", IRP_MJ_WRITE, 0, Data, sizeof(Data), &IoStatus), STATUS_SUCCESS);
    ok_eq_ulong((ULONG)IoStatus.Information, sizeof(Data));
    ok_eq_hex(KmtSend(L"\\Device\\Null", IRP_MJ_READ, 0, Data, sizeof(Data), &IoStatus), STATUS_END_OF_FILE);
    ok_eq_ulong((ULONG)IoStatus.Information, 0);
    ok(Data[0] == 0x5A && Data[sizeof(Data) - 1] == 0x5A, "the null device leaves a read's buffer alone");
}

static
ULONG
KmtDriverRequests(
    VOID
    )
{
    IO_STATUS_BLOCK IoStatus;
    ULONG Count = 0;

    if (!NT_SUCCESS(KmtSend(KMTDRV_DEVICE_NAME, IRP_MJ_DEVICE_CONTROL, IOCTL_KMTDRV_COUNT, &Count, sizeof(Count), &IoStatus))) {
        return 0;
    }
    return Count;
}

static
VOID
KmtCheckUnloadAndReload(
    VOID
    )

/*++

Routine Description:

    kmtdrv answers; unloaded, its device, driver object and module are gone and a pointer to its code no longer
    reaches it; loaded again from the same file, it starts with fresh data.

--*/

{
    UNICODE_STRING Service;
    IO_STATUS_BLOCK IoStatus;
    PDRIVER_OBJECT Driver;
    PDRIVER_UNLOAD StaleUnload = NULL;
    UCHAR Data[5] = { 1, 2, 3, 4, 5 };
    KMT_IMAGE_FILE File;
    ULONG Modules;
    ULONG Available;
    NTSTATUS Status;

    ok_eq_hex(KmtSend(KMTDRV_DEVICE_NAME, IRP_MJ_DEVICE_CONTROL, IOCTL_KMTDRV_REVERSE, Data, sizeof(Data), &IoStatus), STATUS_SUCCESS);
    ok(Data[0] == 5 && Data[2] == 3 && Data[4] == 1 && IoStatus.Information == sizeof(Data), "the driver image reversed the bytes");
    ok_eq_ulong(KmtDriverRequests(), 7);    // create, cleanup, control, close; create, cleanup, this control

    RtlInitUnicodeString(&Service, KMT_SERVICES L"kmtdrv");
    ok_eq_hex(ZwLoadDriver(&Service), STATUS_IMAGE_ALREADY_LOADED);
    ok(KmtReadKmtdrv(&File), "kmtdrv.sys reads from the boot volume");
    if (File.Buffer != NULL) {
        ok_eq_hex(KmtLoadAs(&File, L"Other"), STATUS_IMAGE_ALREADY_LOADED);
        IopFreeImageFile(File.Buffer);
    }
    ok(!KmtExists(L"\\Driver\\Other", IopDriverObjectType), "a load refused by the image service leaves no driver object");

    if (NT_SUCCESS(KmtReferenceNamed(L"\\Driver\\kmtdrv", IopDriverObjectType, (PVOID *)&Driver))) {
        StaleUnload = Driver->DriverUnload;
        ObDereferenceObject(Driver);
    }
    ok(StaleUnload != NULL, "kmtdrv has an unload routine");
    Modules = KmtModuleCount();
    Available = MmAvailablePages;
    ok_eq_hex(ZwUnloadDriver(&Service), STATUS_SUCCESS);
    ok(!KmtExists(KMTDRV_DEVICE_NAME, IopDeviceObjectType), "its device is gone");
    ok(!KmtExists(L"\\Driver\\kmtdrv", IopDriverObjectType), "its driver object is gone");
    ok(KmtFindModule(L"kmtdrv.sys", NULL) == NULL && KmtModuleCount() == Modules - 1, "its module is gone");
    ok(MmAvailablePages > Available, "its pages are free again (%lu, then %lu)", Available, MmAvailablePages);
    ok_eq_hex(ZwUnloadDriver(&Service), STATUS_OBJECT_NAME_NOT_FOUND);
    Status = STATUS_SUCCESS;
    __try {
        if (StaleUnload != NULL) {
            StaleUnload(NULL);
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        Status = GetExceptionCode();
    }
    ok_eq_hex(Status, STATUS_ACCESS_VIOLATION);

    ok_eq_hex(ZwLoadDriver(&Service), STATUS_SUCCESS);
    ok(KmtFindModule(L"kmtdrv.sys", NULL) != NULL && KmtModuleCount() == Modules, "loaded again, its module is back");
    ok_eq_ulong(KmtDriverRequests(), 3);    // create, cleanup, this control: the image's data starts afresh
}

static
NTSTATUS
NTAPI
KmtBuiltInEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    return STATUS_SUCCESS;
}

static
VOID
KmtCheckFailedLoads(
    VOID
    )

/*++

Routine Description:

    A DriverEntry that fails, or raises an exception, fails the load with its status and leaves no object or
    module behind; a file changed by one byte is refused; bad service names are rejected.

--*/

{
    KMT_IMAGE_FILE Image;
    PKMT_IMAGE_FILE File = &Image;
    PDRIVER_OBJECT Driver;
    UNICODE_STRING Service;
    UNICODE_STRING Name;
    KMT_IMAGE_FILE Changed;
    ULONG Modules;
    PUCHAR Copy;

    if (!KmtReadKmtdrv(File)) {
        ok(FALSE, "kmtdrv.sys reads from the boot volume");
        return;
    }
    RtlInitUnicodeString(&Service, KMT_SERVICES L"kmtdrv");
    ok_eq_hex(ZwUnloadDriver(&Service), STATUS_SUCCESS);
    Modules = KmtModuleCount();

    ok_eq_hex(KmtLoadAs(File, KMTDRV_FAIL_SERVICE), KMTDRV_FAIL_STATUS);
    ok(!KmtExists(L"\\Driver\\" KMTDRV_FAIL_SERVICE, IopDriverObjectType), "a failed DriverEntry leaves no driver object");
    ok_eq_ulong(KmtModuleCount(), Modules);
    ok_eq_hex(KmtLoadAs(File, KMTDRV_FAULT_SERVICE), STATUS_ACCESS_VIOLATION);
    ok(!KmtExists(L"\\Driver\\" KMTDRV_FAULT_SERVICE, IopDriverObjectType), "a faulting DriverEntry leaves no driver object");
    ok_eq_ulong(KmtModuleCount(), Modules);

    Copy = ExAllocatePoolWithTag(NonPagedPool, File->Size, KMT_TAG);
    ok(Copy != NULL, "a copy of the image file");
    if (Copy != NULL) {
        RtlCopyMemory(Copy, File->Buffer, File->Size);
        Copy[File->Size / 2] ^= 0x01;
        Changed = *File;
        Changed.Buffer = Copy;
        ok_eq_hex(KmtLoadAs(&Changed, L"kmtdrv"), STATUS_INVALID_IMAGE_FORMAT);
        ok_eq_ulong(KmtModuleCount(), Modules);
        ExFreePoolWithTag(Copy, KMT_TAG);
    }

    ok_eq_hex(ZwLoadDriver(NULL), STATUS_INVALID_PARAMETER);
    ok_eq_hex(ZwUnloadDriver(NULL), STATUS_INVALID_PARAMETER);
    RtlInitUnicodeString(&Service, KMT_SERVICES L"NoSuchService");
    ok_eq_hex(ZwLoadDriver(&Service), STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Service, KMT_SERVICES);
    ok_eq_hex(ZwUnloadDriver(&Service), STATUS_OBJECT_NAME_INVALID);
    RtlInitUnicodeString(&Name, L"\\Driver\\KmtBuiltIn");
    ok_eq_hex(IoCreateDriver(&Name, KmtBuiltInEntry), STATUS_SUCCESS);
    RtlInitUnicodeString(&Service, KMT_SERVICES L"KmtBuiltIn");
    ok_eq_hex(ZwUnloadDriver(&Service), STATUS_INVALID_DEVICE_REQUEST);    // built into the kernel: no image
    if (NT_SUCCESS(KmtReferenceNamed(L"\\Driver\\KmtBuiltIn", IopDriverObjectType, (PVOID *)&Driver))) {
        IoDeleteDriver(Driver);
        ObDereferenceObject(Driver);
    }

    RtlInitUnicodeString(&Service, KMT_SERVICES L"kmtdrv");
    ok_eq_hex(ZwLoadDriver(&Service), STATUS_SUCCESS);
    ok_eq_ulong(KmtModuleCount(), Modules + 1);
    IopFreeImageFile(File->Buffer);
}

static
NTSTATUS
KmtOpenVolumeFile(
    IN PCWSTR Path,
    IN ACCESS_MASK Access,
    IN ULONG Disposition,
    IN ULONG Options,
    OUT PHANDLE Handle
    )
{
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    UNICODE_STRING Name;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwCreateFile(Handle, Access | SYNCHRONIZE, &Attributes, &IoStatus, NULL, FILE_ATTRIBUTE_NORMAL, 0, Disposition,
                        Options | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}

static
NTSTATUS
KmtWriteVolumeFile(
    IN PCWSTR Path,
    IN PVOID Data,
    IN ULONG Length
    )

/*++

Routine Description:

    Makes (or replaces) a file on the boot volume holding Data.

--*/

{
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    HANDLE Handle;
    NTSTATUS Status;

    Status = KmtOpenVolumeFile(Path, FILE_GENERIC_WRITE, FILE_OVERWRITE_IF, FILE_NON_DIRECTORY_FILE, &Handle);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Offset.QuadPart = 0;
    if (Length != 0) {
        Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Data, Length, &Offset, NULL);
    }
    ZwClose(Handle);
    return Status;
}

static
VOID
KmtDeleteVolumeFile(
    IN PCWSTR Path,
    IN ULONG Options
    )
{
    HANDLE Handle;

    if (NT_SUCCESS(KmtOpenVolumeFile(Path, DELETE, FILE_OPEN, Options | FILE_DELETE_ON_CLOSE, &Handle))) {
        ZwClose(Handle);
    }
}

static
NTSTATUS
KmtLoadFromFile(
    IN PCWSTR Service,
    IN PCWSTR ImagePath OPTIONAL
    )

/*++

Routine Description:

    Makes a demand-start service key (with ImagePath when given), has ZwLoadDriver load it, and deletes the key
    again (a loaded driver keeps its name; its object says which key it came from).

--*/

{
    WCHAR Path[KMT_SERVICE_PATH_CHARS];
    UNICODE_STRING RegistryPath;
    UNICODE_STRING Name;
    UNICODE_STRING Image;
    OBJECT_ATTRIBUTES Attributes;
    ULONG Type = 1;
    ULONG Start = 3;
    NTSTATUS Status;
    HANDLE Key;

    KmtServicePath(Service, Path, &RegistryPath);
    InitializeObjectAttributes(&Attributes, &RegistryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwCreateKey(&Key, KEY_ALL_ACCESS, &Attributes, 0, NULL, 0, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&Name, L"Type");
    ZwSetValueKey(Key, &Name, 0, REG_DWORD, &Type, sizeof(Type));
    RtlInitUnicodeString(&Name, L"Start");
    ZwSetValueKey(Key, &Name, 0, REG_DWORD, &Start, sizeof(Start));
    if (ARGUMENT_PRESENT(ImagePath)) {
        RtlInitUnicodeString(&Name, L"ImagePath");
        RtlInitUnicodeString(&Image, ImagePath);
        ZwSetValueKey(Key, &Name, 0, REG_EXPAND_SZ, Image.Buffer, Image.MaximumLength);
    }
    Status = ZwLoadDriver(&RegistryPath);
    ZwDeleteKey(Key);
    ZwClose(Key);
    return Status;
}

static
NTSTATUS
KmtUnload(
    IN PCWSTR Service
    )
{
    WCHAR Path[KMT_SERVICE_PATH_CHARS];
    UNICODE_STRING RegistryPath;

    KmtServicePath(Service, Path, &RegistryPath);
    return ZwUnloadDriver(&RegistryPath);
}

#define KMT_LOAD_DIRECTORY L"\\SystemRoot\\kmtload"
#define KMT_DEFAULT_FILE L"\\SystemRoot\\System32\\Drivers\\KmtDefault.sys"

static
VOID
KmtCheckFileSystemLoads(
    VOID
    )

/*++

Routine Description:

    ZwLoadDriver reads a service's image from the boot volume: at its ImagePath, full or relative to
    \SystemRoot, or at \SystemRoot\System32\Drivers\<service>.sys without one; a missing file (or directory)
    fails with the file system's status, an empty, short or changed one with STATUS_INVALID_IMAGE_FORMAT, and
    none leaves a driver object behind.

--*/

{
    KMT_IMAGE_FILE File;
    PKLDR_DATA_TABLE_ENTRY Module;
    UNICODE_STRING Name;
    HANDLE Directory;
    PUCHAR Copy;
    ULONG Modules;

    if (!KmtReadKmtdrv(&File)) {
        ok(FALSE, "kmtdrv.sys reads from the boot volume");
        return;
    }
    ok_eq_hex(KmtOpenVolumeFile(KMT_LOAD_DIRECTORY, FILE_LIST_DIRECTORY, FILE_OPEN_IF, FILE_DIRECTORY_FILE, &Directory), STATUS_SUCCESS);
    ZwClose(Directory);
    Modules = KmtModuleCount();

    ok_eq_hex(KmtLoadFromFile(L"KmtMissing", KMT_LOAD_DIRECTORY L"\\missing.sys"), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtLoadFromFile(L"KmtMissing", L"\\SystemRoot\\KmtNoDirectory\\missing.sys"), STATUS_OBJECT_PATH_NOT_FOUND);
    ok_eq_hex(KmtLoadFromFile(L"KmtMissing", NULL), STATUS_OBJECT_NAME_NOT_FOUND);   // no KmtMissing.sys in Drivers
    ok(!KmtExists(L"\\Driver\\KmtMissing", IopDriverObjectType), "a missing file leaves no driver object");

    ok_eq_hex(KmtWriteVolumeFile(KMT_LOAD_DIRECTORY L"\\empty.sys", NULL, 0), STATUS_SUCCESS);
    ok_eq_hex(KmtLoadFromFile(L"KmtEmpty", KMT_LOAD_DIRECTORY L"\\empty.sys"), STATUS_INVALID_IMAGE_FORMAT);
    ok_eq_hex(KmtWriteVolumeFile(KMT_LOAD_DIRECTORY L"\\short.sys", File.Buffer, File.Size / 2), STATUS_SUCCESS);
    ok_eq_hex(KmtLoadFromFile(L"KmtShort", KMT_LOAD_DIRECTORY L"\\short.sys"), STATUS_INVALID_IMAGE_FORMAT);
    Copy = ExAllocatePoolWithTag(PagedPool, File.Size, KMT_TAG);
    if (Copy != NULL) {
        RtlCopyMemory(Copy, File.Buffer, File.Size);
        Copy[File.Size / 3] ^= 0x80;
        ok_eq_hex(KmtWriteVolumeFile(KMT_LOAD_DIRECTORY L"\\corrupt.sys", Copy, File.Size), STATUS_SUCCESS);
        ok_eq_hex(KmtLoadFromFile(L"KmtCorrupt", KMT_LOAD_DIRECTORY L"\\corrupt.sys"), STATUS_INVALID_IMAGE_FORMAT);
        ExFreePoolWithTag(Copy, KMT_TAG);
    }
    ok(!KmtExists(L"\\Driver\\KmtShort", IopDriverObjectType) && !KmtExists(L"\\Driver\\KmtCorrupt", IopDriverObjectType),
       "a bad image file leaves no driver object");
    ok_eq_ulong(KmtModuleCount(), Modules);

    //
    // kmtdrv's image under other names and services: kmtdrv itself must be unloaded first (one image, one
    // mapping).
    //

    ok_eq_hex(KmtWriteVolumeFile(KMT_LOAD_DIRECTORY L"\\copy.sys", File.Buffer, File.Size), STATUS_SUCCESS);
    ok_eq_hex(KmtWriteVolumeFile(KMT_DEFAULT_FILE, File.Buffer, File.Size), STATUS_SUCCESS);
    ok_eq_hex(KmtUnload(L"kmtdrv"), STATUS_SUCCESS);
    ok_eq_hex(KmtLoadFromFile(L"KmtRelative", L"kmtload\\copy.sys"), STATUS_SUCCESS);
    Module = KmtFindModule(L"copy.sys", NULL);
    RtlInitUnicodeString(&Name, KMT_LOAD_DIRECTORY L"\\copy.sys");
    ok(Module != NULL && RtlEqualUnicodeString(&Module->FullDllName, &Name, TRUE), "a relative ImagePath is under \\SystemRoot");
    ok(KmtExists(L"\\Driver\\KmtRelative", IopDriverObjectType) && KmtDriverRequests() == 3, "the driver loaded from copy.sys answers");
    ok_eq_hex(KmtUnload(L"KmtRelative"), STATUS_SUCCESS);
    ok_eq_hex(KmtLoadFromFile(L"KmtDefault", NULL), STATUS_SUCCESS);
    Module = KmtFindModule(L"KmtDefault.sys", NULL);
    RtlInitUnicodeString(&Name, KMT_DEFAULT_FILE);
    ok(Module != NULL && RtlEqualUnicodeString(&Module->FullDllName, &Name, TRUE),
       "without an ImagePath the image is \\SystemRoot\\System32\\Drivers\\<service>.sys");
    ok_eq_hex(KmtUnload(L"KmtDefault"), STATUS_SUCCESS);
    ok_eq_hex(KmtLoadFromFile(L"KmtFull", KMT_LOAD_DIRECTORY L"\\copy.sys"), STATUS_SUCCESS);
    ok_eq_hex(KmtUnload(L"KmtFull"), STATUS_SUCCESS);
    ok_eq_hex(KmtUnload(L"kmtdrv"), STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Name, KMT_SERVICES L"kmtdrv");
    ok_eq_hex(ZwLoadDriver(&Name), STATUS_SUCCESS);
    ok_eq_ulong(KmtModuleCount(), Modules);

    KmtDeleteVolumeFile(KMT_DEFAULT_FILE, FILE_NON_DIRECTORY_FILE);
    KmtDeleteVolumeFile(KMT_LOAD_DIRECTORY L"\\copy.sys", FILE_NON_DIRECTORY_FILE);
    KmtDeleteVolumeFile(KMT_LOAD_DIRECTORY L"\\corrupt.sys", FILE_NON_DIRECTORY_FILE);
    KmtDeleteVolumeFile(KMT_LOAD_DIRECTORY L"\\short.sys", FILE_NON_DIRECTORY_FILE);
    KmtDeleteVolumeFile(KMT_LOAD_DIRECTORY L"\\empty.sys", FILE_NON_DIRECTORY_FILE);
    KmtDeleteVolumeFile(KMT_LOAD_DIRECTORY, FILE_DIRECTORY_FILE);
    ok_eq_hex(KmtOpenVolumeFile(KMT_LOAD_DIRECTORY, FILE_LIST_DIRECTORY, FILE_OPEN, FILE_DIRECTORY_FILE, &Directory),
              STATUS_OBJECT_NAME_NOT_FOUND);
    IopFreeImageFile(File.Buffer);
}

START_TEST(IoLoader)
{
    KmtCheckBootDrivers();
    KmtCheckUnloadAndReload();
    KmtCheckFailedLoads();
    KmtCheckFileSystemLoads();
}

#define KMT_IRP_ROUND_TRIPS 100000

VOID
KmtIrpBenchmark(
    VOID
    )

/*++

Routine Description:

    /IRPBENCH (bench/kernel-irp): IRP round trips to a driver that completes at once, the way a kernel caller
    makes them: a synchronous write to \Device\Null built with IoBuildSynchronousFsdRequest, sent with
    IoCallDriver, completed by the driver and finished in the requesting thread (its special kernel APC).

--*/

{
    PDEVICE_OBJECT DeviceObject;
    PFILE_OBJECT FileObject;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    UNICODE_STRING Name;
    UCHAR Data[16];
    KEVENT Event;
    ULONG Completed = 0;
    ULONG Index;
    PIRP Irp;

    RtlInitUnicodeString(&Name, L"\\Device\\Null");
    if (!NT_SUCCESS(IoGetDeviceObjectPointer(&Name, FILE_WRITE_DATA, &FileObject, &DeviceObject))) {
        DbgPrint("IRP round trips: no \\Device\\Null\n");
        return;
    }
    RtlZeroMemory(Data, sizeof(Data));
    Offset.QuadPart = 0;
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    for (Index = 0; Index < KMT_IRP_ROUND_TRIPS; Index += 1) {
        Irp = IoBuildSynchronousFsdRequest(IRP_MJ_WRITE, DeviceObject, Data, sizeof(Data), &Offset, &Event, &IoStatus);
        if (Irp == NULL) {
            break;
        }
        if (IoCallDriver(DeviceObject, Irp) == STATUS_PENDING) {
            KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
            KeClearEvent(&Event);
        }
        if (NT_SUCCESS(IoStatus.Status) && IoStatus.Information == sizeof(Data)) {
            Completed += 1;
        }
    }
    ObDereferenceObject(FileObject);
    DbgPrint("IRP round trips: %lu\n", Completed);
}
