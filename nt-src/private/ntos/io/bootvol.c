/*++

Module Name:

    bootvol.c

Abstract:

    The boot volume: once the boot drivers are loaded, \SystemRoot and the DOS device C: name the RAM disk
    that holds it, and the volume is mounted by opening its root (whichever file system recognises it). A
    volume no file system mounts leaves the system without one, as the console says; it is no reason to
    stop.

--*/

#include <io.h>

#define IOP_BOOT_DEVICE L"\\Device\\Ramdisk0"

static
BOOLEAN
IopCreateBootLink(
    IN PCWSTR LinkName
    )
{
    UNICODE_STRING Link;
    UNICODE_STRING Target;

    RtlInitUnicodeString(&Link, LinkName);
    RtlInitUnicodeString(&Target, IOP_BOOT_DEVICE);
    return (BOOLEAN)NT_SUCCESS(IoCreateSymbolicLink(&Link, &Target));
}

VOID
IopMountBootVolume(
    VOID
    )

/*++

Routine Description:

    Names and mounts the boot volume, and says on the console which file system has it.

--*/

{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    UCHAR Buffer[sizeof(FILE_FS_ATTRIBUTE_INFORMATION) + 32 * sizeof(WCHAR)];
    PFILE_FS_ATTRIBUTE_INFORMATION Attribute = (PFILE_FS_ATTRIBUTE_INFORMATION)Buffer;
    UNICODE_STRING FileSystem;
    HANDLE Handle;
    NTSTATUS Status;

    PAGED_CODE();

    RtlInitUnicodeString(&Name, IOP_BOOT_DEVICE);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwOpenFile(&Handle, FILE_READ_ATTRIBUTES, &Attributes, &IoStatus, FILE_SHARE_READ | FILE_SHARE_WRITE, 0);
    if (!NT_SUCCESS(Status)) {
        DbgPrint("Boot volume: none (%wZ: 0x%08lx)\n", &Name, Status);
        return;
    }
    ZwClose(Handle);
    if (!IopCreateBootLink(L"\\SystemRoot") || !IopCreateBootLink(L"\\DosDevices\\C:")) {
        DbgPrint("Boot volume: its names could not be made\n");
        return;
    }
    RtlInitUnicodeString(&Name, L"\\SystemRoot\\");
    Status = ZwOpenFile(&Handle, FILE_LIST_DIRECTORY | SYNCHRONIZE, &Attributes, &IoStatus,
                        FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT);
    if (!NT_SUCCESS(Status)) {
        DbgPrint("Boot volume: not mounted (0x%08lx)\n", Status);
        return;
    }
    Status = ZwQueryVolumeInformationFile(Handle, &IoStatus, Attribute, sizeof(Buffer), FileFsAttributeInformation);
    ZwClose(Handle);
    if (!NT_SUCCESS(Status)) {
        DbgPrint("Boot volume: mounted, its file system unnamed (0x%08lx)\n", Status);
        return;
    }
    FileSystem.Buffer = Attribute->FileSystemName;
    FileSystem.Length = (USHORT)Attribute->FileSystemNameLength;
    FileSystem.MaximumLength = FileSystem.Length;
    DbgPrint("Boot volume: \\SystemRoot (C:) is %s, %wZ\n", "\\Device\\Ramdisk0", &FileSystem);
}
