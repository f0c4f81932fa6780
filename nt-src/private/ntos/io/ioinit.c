/*++

Module Name:

    ioinit.c

Abstract:

    The I/O manager's initialisation (Phase 1, after the executive's worker threads): the Driver, Device and
    File object types (devices and files parse the names that go into them), the \Driver and \FileSystem
    directories and the \?? link, the locks, the device timers' clock and the file system list, then the boot-start drivers,
    the boot volume and the system-start drivers read from it.

--*/

#include <io.h>

POBJECT_TYPE IopDeviceObjectType;
POBJECT_TYPE IopDriverObjectType;
POBJECT_TYPE IopFileObjectType;
POBJECT_TYPE *IoDeviceObjectType = &IopDeviceObjectType;
POBJECT_TYPE *IoDriverObjectType = &IopDriverObjectType;
POBJECT_TYPE *IoFileObjectType = &IopFileObjectType;

KSPIN_LOCK IopCancelSpinLock;
KSPIN_LOCK IopDatabaseLock;

static
BOOLEAN
IopCreateType(
    IN PCWSTR TypeName,
    IN OB_CLOSE_METHOD CloseProcedure OPTIONAL,
    IN OB_DELETE_METHOD DeleteProcedure,
    IN OB_PARSE_METHOD ParseProcedure OPTIONAL,
    OUT POBJECT_TYPE *ObjectType
    )

/*++

Routine Description:

    Creates one of the I/O manager's object types: nonpaged (their objects are used at DISPATCH_LEVEL), not
    waitable through the object manager, with the file access rights.

--*/

{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;

    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.UseDefaultObject = TRUE;
    Initializer.PoolType = NonPagedPool;
    Initializer.GenericMapping.GenericRead = FILE_GENERIC_READ;
    Initializer.GenericMapping.GenericWrite = FILE_GENERIC_WRITE;
    Initializer.GenericMapping.GenericExecute = FILE_GENERIC_EXECUTE;
    Initializer.GenericMapping.GenericAll = FILE_ALL_ACCESS;
    Initializer.ValidAccessMask = FILE_ALL_ACCESS;
    Initializer.CloseProcedure = CloseProcedure;
    Initializer.DeleteProcedure = DeleteProcedure;
    Initializer.ParseProcedure = ParseProcedure;
    RtlInitUnicodeString(&Name, TypeName);
    return (BOOLEAN)NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, ObjectType));
}

static
BOOLEAN
IopCreateDirectory(
    IN PCWSTR Path
    )

/*++

Routine Description:

    Creates a permanent directory of the namespace (\Driver, \FileSystem), through a kernel handle closed at
    once.

--*/

{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    HANDLE Handle;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    if (!NT_SUCCESS(ZwCreateDirectoryObject(&Handle, DIRECTORY_ALL_ACCESS, &Attributes))) {
        return FALSE;
    }
    ZwClose(Handle);
    return TRUE;
}

BOOLEAN
IoInitSystem(
    IN ULONG Phase,
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Initialises the I/O manager, loads the boot-start drivers, mounts the boot volume and loads the
    system-start drivers from it. Only Phase 1 does anything: the object manager, the executive's worker
    threads (deferred deletions), the clock and the loaded-module list are there by then.

Return Value:

    FALSE when a type or directory cannot be created: the caller bug-checks.

--*/

{
    UNICODE_STRING LinkName;
    UNICODE_STRING LinkTarget;

    if (Phase != 1) {
        return TRUE;
    }
    KeInitializeSpinLock(&IopCancelSpinLock);
    KeInitializeSpinLock(&IopDatabaseLock);
    if (!IopCreateType(L"Driver", NULL, IopDeleteDriver, NULL, &IopDriverObjectType) ||
        !IopCreateType(L"Device", NULL, IopDeleteDevice, IopParseDevice, &IopDeviceObjectType) ||
        !IopCreateType(L"File", IopCloseFile, IopDeleteFile, IopParseFile, &IopFileObjectType)) {
        return FALSE;
    }
    if (!IopCreateDirectory(L"\\Driver") || !IopCreateDirectory(L"\\FileSystem")) {
        return FALSE;
    }

    //
    // \?? is where DOS device names are looked up (\??\C:\x.txt); they live in \DosDevices.
    //

    RtlInitUnicodeString(&LinkName, L"\\??");
    RtlInitUnicodeString(&LinkTarget, L"\\DosDevices");
    if (!NT_SUCCESS(IoCreateSymbolicLink(&LinkName, &LinkTarget))) {
        return FALSE;
    }
    IopInitializeTimers();
    IopInitializeFileSystems();
    IopInitializeShutdown();
    IopInitializeBootDrivers(LoaderBlock);
    IopMountBootVolume();
    IopInitializeSystemDrivers();
    return TRUE;
}
