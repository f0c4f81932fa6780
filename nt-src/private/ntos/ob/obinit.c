/*++

Module Name:

    obinit.c

Abstract:

    The object manager's Phase 0: the Type, Directory and SymbolicLink types, the kernel handle table, and the
    namespace's permanent directories: \ (the root), \ObjectTypes (every type, by name), \Device, \DosDevices
    and \BaseNamedObjects.

--*/

#include <ob.h>

POBJECT_TYPE ObpTypeObjectType;
POBJECT_TYPE ObpDirectoryObjectType;
POBJECT_DIRECTORY ObpRootDirectoryObject;
POBJECT_DIRECTORY ObpTypeDirectoryObject;
PHANDLE_TABLE ObpKernelHandleTable;

static FAST_MUTEX ObpNamespaceLock;

VOID
ObpAcquireNamespaceLock(
    VOID
    )

/*++

Routine Description:

    Serialises lookups and changes of the namespace (directories and names); held at APC_LEVEL.

--*/

{
    ExAcquireFastMutex(&ObpNamespaceLock);
}

VOID
ObpReleaseNamespaceLock(
    VOID
    )
{
    ExReleaseFastMutex(&ObpNamespaceLock);
}

static
BOOLEAN
ObpCreatePermanentDirectory(
    IN PCWSTR Path,
    OUT POBJECT_DIRECTORY *Directory OPTIONAL
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    PVOID Object;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE, NULL, NULL);
    if (!NT_SUCCESS(ObCreateObject(KernelMode, ObpDirectoryObjectType, &Attributes, KernelMode, NULL,
                                   sizeof(OBJECT_DIRECTORY), 0, 0, &Object))) {
        return FALSE;
    }
    RtlZeroMemory(Object, sizeof(OBJECT_DIRECTORY));
    if (!NT_SUCCESS(ObInsertObject(Object, NULL, 0, 0, NULL, NULL))) {
        return FALSE;
    }
    if (ARGUMENT_PRESENT(Directory)) {
        *Directory = (POBJECT_DIRECTORY)Object;
    }
    return TRUE;
}

static
BOOLEAN
ObpCreateRootDirectory(
    VOID
    )

/*++

Routine Description:

    The root directory has no name and no parent: it is the one object named by "\" alone, created unnamed and
    kept by its creation reference for good.

--*/

{
    PVOID Object;

    if (!NT_SUCCESS(ObCreateObject(KernelMode, ObpDirectoryObjectType, NULL, KernelMode, NULL,
                                   sizeof(OBJECT_DIRECTORY), 0, 0, &Object))) {
        return FALSE;
    }
    RtlZeroMemory(Object, sizeof(OBJECT_DIRECTORY));
    OBJECT_TO_OBJECT_HEADER(Object)->Flags |= OB_FLAG_PERMANENT | OB_FLAG_INSERTED;
    ObpRootDirectoryObject = (POBJECT_DIRECTORY)Object;
    return TRUE;
}

BOOLEAN
ObInitSystem(
    IN ULONG Phase
    )

/*++

Routine Description:

    Phase 0 (after Mm, before Ex and Ps): the object manager's types, the kernel handle table and the
    namespace. The types are entered in \ObjectTypes once it exists, as every later type is.

--*/

{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;

    if (Phase != 0) {
        return TRUE;
    }
    ExInitializeFastMutex(&ObpNamespaceLock);
    ObpInitializeDeferredDeletion();
    ObpKernelHandleTable = ExCreateHandleTable();
    if (ObpKernelHandleTable == NULL) {
        return FALSE;
    }

    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.UseDefaultObject = TRUE;
    Initializer.PoolType = NonPagedPool;
    Initializer.GenericMapping.GenericRead = STANDARD_RIGHTS_READ | 0x1;
    Initializer.GenericMapping.GenericWrite = STANDARD_RIGHTS_WRITE;
    Initializer.GenericMapping.GenericExecute = STANDARD_RIGHTS_EXECUTE;
    Initializer.GenericMapping.GenericAll = STANDARD_RIGHTS_REQUIRED | 0x1;
    Initializer.ValidAccessMask = STANDARD_RIGHTS_REQUIRED | 0x1;
    RtlInitUnicodeString(&Name, L"Type");
    if (!NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, &ObpTypeObjectType))) {
        return FALSE;
    }

    Initializer.GenericMapping.GenericRead = STANDARD_RIGHTS_READ | DIRECTORY_QUERY | DIRECTORY_TRAVERSE;
    Initializer.GenericMapping.GenericWrite = STANDARD_RIGHTS_WRITE | DIRECTORY_CREATE_OBJECT | DIRECTORY_CREATE_SUBDIRECTORY;
    Initializer.GenericMapping.GenericExecute = STANDARD_RIGHTS_EXECUTE | DIRECTORY_QUERY | DIRECTORY_TRAVERSE;
    Initializer.GenericMapping.GenericAll = DIRECTORY_ALL_ACCESS;
    Initializer.ValidAccessMask = DIRECTORY_ALL_ACCESS;
    RtlInitUnicodeString(&Name, L"Directory");
    if (!NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, &ObpDirectoryObjectType))) {
        return FALSE;
    }

    if (!ObpCreateRootDirectory() || !ObpCreatePermanentDirectory(L"\\ObjectTypes", &ObpTypeDirectoryObject)) {
        return FALSE;
    }
    ObpAcquireNamespaceLock();
    ObpInsertDirectoryEntry(ObpTypeDirectoryObject, ObpTypeObjectType);
    ObpInsertDirectoryEntry(ObpTypeDirectoryObject, ObpDirectoryObjectType);
    ObpReleaseNamespaceLock();
    ObpCreateSymbolicLinkType();
    if (ObpSymbolicLinkObjectType == NULL) {
        return FALSE;
    }
    return ObpCreatePermanentDirectory(L"\\Device", NULL) &&
           ObpCreatePermanentDirectory(L"\\DosDevices", NULL) &&
           ObpCreatePermanentDirectory(L"\\BaseNamedObjects", NULL);
}
