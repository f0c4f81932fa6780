/*++

Module Name:

    obhandle.c

Abstract:

    Handles: each names an object in a handle table with the access it grants and its attributes (OBJ_INHERIT).
    A handle holds a reference and counts in the object's handle count; when the handle count of a temporary
    named object reaches zero its name leaves the namespace. Kernel handles (OBJ_KERNEL_HANDLE, the high bit
    set) index the kernel handle table and are refused to UserMode callers; other handles index the current
    process's table (for the system process, the same table).

--*/

#include <ps.h>

PHANDLE_TABLE
ObpHandleTableOf(
    IN HANDLE Handle,
    IN KPROCESSOR_MODE AccessMode,
    OUT PHANDLE LocalHandle
    )

/*++

Routine Description:

    The table a handle value belongs to and its value there, or NULL for a kernel handle used from UserMode.

--*/

{
    PEPROCESS Process;

    if (((ULONG_PTR)Handle & KERNEL_HANDLE_MASK) != 0) {
        *LocalHandle = (HANDLE)((ULONG_PTR)Handle & ~KERNEL_HANDLE_MASK);
        return AccessMode == KernelMode ? ObpKernelHandleTable : NULL;
    }
    *LocalHandle = Handle;
    Process = PsGetCurrentProcess();
    return Process != NULL && Process->ObjectTable != NULL ? Process->ObjectTable : ObpKernelHandleTable;
}

ACCESS_MASK
ObpGrantedAccess(
    IN POBJECT_TYPE ObjectType,
    IN ACCESS_MASK DesiredAccess
    )

/*++

Routine Description:

    The access a handle opened for DesiredAccess grants: generic rights mapped to the type's specific rights,
    MAXIMUM_ALLOWED as every right the type has, and nothing outside the type's valid rights. (There are no
    security descriptors yet, so every valid right asked for is granted.)

--*/

{
    PGENERIC_MAPPING Mapping = &ObjectType->TypeInfo.GenericMapping;
    ACCESS_MASK Access = DesiredAccess;

    if ((Access & GENERIC_READ) != 0) {
        Access |= Mapping->GenericRead;
    }
    if ((Access & GENERIC_WRITE) != 0) {
        Access |= Mapping->GenericWrite;
    }
    if ((Access & GENERIC_EXECUTE) != 0) {
        Access |= Mapping->GenericExecute;
    }
    if ((Access & (GENERIC_ALL | MAXIMUM_ALLOWED)) != 0) {
        Access |= Mapping->GenericAll | ObjectType->TypeInfo.ValidAccessMask;
    }
    return Access & ObjectType->TypeInfo.ValidAccessMask;
}

NTSTATUS
ObpCreateHandle(
    IN OB_OPEN_REASON OpenReason,
    IN PVOID Object,
    IN ACCESS_MASK DesiredAccess,
    IN ULONG HandleAttributes,
    IN KPROCESSOR_MODE AccessMode,
    OUT PHANDLE Handle
    )

/*++

Routine Description:

    Opens a new handle to Object: a reference and a handle count of its own, the type's open procedure told.
    OBJ_KERNEL_HANDLE puts it in the kernel handle table.

--*/

{
    POBJECT_HEADER Header = OBJECT_TO_OBJECT_HEADER(Object);
    POBJECT_TYPE Type = Header->Type;
    PHANDLE_TABLE Table;
    PEPROCESS Process = PsGetCurrentProcess();
    ACCESS_MASK Granted = ObpGrantedAccess(Type, DesiredAccess);
    HANDLE NewHandle;
    NTSTATUS Status;
    LONG Count;

    if ((HandleAttributes & OBJ_KERNEL_HANDLE) != 0 && AccessMode == KernelMode) {
        Table = ObpKernelHandleTable;
    } else {
        Table = Process != NULL && Process->ObjectTable != NULL ? Process->ObjectTable : ObpKernelHandleTable;
    }
    ObReferenceObject(Object);
    Count = InterlockedIncrement(&Header->HandleCount);
    if (Type->TypeInfo.OpenProcedure != NULL) {
        Status = Type->TypeInfo.OpenProcedure(OpenReason, Process, Object, Granted, (ULONG)Count);
        if (!NT_SUCCESS(Status)) {
            InterlockedDecrement(&Header->HandleCount);
            ObDereferenceObject(Object);
            return Status;
        }
    }
    NewHandle = ExCreateHandle(Table, Object, Granted, HandleAttributes & OBJ_INHERIT);
    if (NewHandle == NULL) {
        ObpDecrementHandleCount(Process, Object, Granted);
        ObDereferenceObject(Object);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    InterlockedIncrement((PLONG)&Type->TotalNumberOfHandles);
    if (Table == ObpKernelHandleTable && (HandleAttributes & OBJ_KERNEL_HANDLE) != 0) {
        NewHandle = (HANDLE)((ULONG_PTR)NewHandle | KERNEL_HANDLE_MASK);
    }
    *Handle = NewHandle;
    return STATUS_SUCCESS;
}

VOID
ObpDecrementHandleCount(
    IN PEPROCESS Process OPTIONAL,
    IN PVOID Object,
    IN ACCESS_MASK GrantedAccess
    )

/*++

Routine Description:

    A handle to Object went: the type's close procedure is told, and when no handle is left a temporary
    object's name leaves the namespace. The handle's reference is the caller's to drop.

--*/

{
    POBJECT_HEADER Header = OBJECT_TO_OBJECT_HEADER(Object);
    POBJECT_TYPE Type = Header->Type;
    LONG Count;

    ObpAcquireNamespaceLock();
    Count = InterlockedDecrement(&Header->HandleCount);
    if (Count == 0 && (Header->Flags & OB_FLAG_PERMANENT) == 0) {
        ObpRemoveObjectName(Object);
    }
    ObpReleaseNamespaceLock();
    if (Type->TypeInfo.CloseProcedure != NULL) {
        Type->TypeInfo.CloseProcedure(Process, Object, GrantedAccess, (ULONG)Count, (ULONG)Count);
    }
}

NTSTATUS
NTAPI
ObCloseHandle(
    IN HANDLE Handle,
    IN KPROCESSOR_MODE PreviousMode
    )

/*++

Routine Description:

    Closes a handle: its entry goes, then its handle count and its reference (which may delete the object).

Return Value:

    STATUS_INVALID_HANDLE when Handle is not a handle in use (or a kernel handle closed from UserMode).

--*/

{
    PHANDLE_TABLE Table;
    HANDLE LocalHandle;
    HANDLE_TABLE_ENTRY Removed;
    POBJECT_TYPE Type;

    Table = ObpHandleTableOf(Handle, PreviousMode, &LocalHandle);
    if (Table == NULL || !ExDestroyHandle(Table, LocalHandle, &Removed)) {
        return STATUS_INVALID_HANDLE;
    }
    Type = OBJECT_TO_OBJECT_HEADER(Removed.Object)->Type;
    InterlockedDecrement((PLONG)&Type->TotalNumberOfHandles);
    ObpDecrementHandleCount(PsGetCurrentProcess(), Removed.Object, Removed.GrantedAccess);
    ObDereferenceObject(Removed.Object);
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ObOpenObjectByName(
    IN POBJECT_ATTRIBUTES ObjectAttributes,
    IN POBJECT_TYPE ObjectType OPTIONAL,
    IN KPROCESSOR_MODE AccessMode,
    IN PACCESS_STATE AccessState OPTIONAL,
    IN ACCESS_MASK DesiredAccess,
    IN OUT PVOID ParseContext OPTIONAL,
    OUT PHANDLE Handle
    )

/*++

Routine Description:

    Opens a handle to the object ObjectAttributes names (relative to its RootDirectory when given).

Return Value:

    STATUS_OBJECT_NAME_INVALID when no name is given; the lookup's failures; STATUS_OBJECT_TYPE_MISMATCH.

--*/

{
    PVOID Found;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(AccessState);

    if (ObjectAttributes == NULL || ObjectAttributes->Length != sizeof(OBJECT_ATTRIBUTES) ||
        (ObjectAttributes->Attributes & ~OBJ_VALID_ATTRIBUTES) != 0) {
        return STATUS_INVALID_PARAMETER;
    }
    if (ObjectAttributes->ObjectName == NULL || ObjectAttributes->ObjectName->Length == 0) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    Status = ObpLookupObjectName(ObjectAttributes->RootDirectory, ObjectAttributes->ObjectName,
                                 ObjectAttributes->Attributes, ObjectType, AccessMode, NULL, ParseContext, &Found);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (ARGUMENT_PRESENT(ObjectType) && OBJECT_TO_OBJECT_HEADER(Found)->Type != ObjectType) {
        ObDereferenceObject(Found);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    Status = ObpCreateHandle(ObOpenHandle, Found, DesiredAccess,
                             ObjectAttributes->Attributes & (OBJ_INHERIT | OBJ_KERNEL_HANDLE), AccessMode, Handle);
    ObDereferenceObject(Found);
    return Status;
}

NTSTATUS
NTAPI
ObOpenObjectByPointer(
    IN PVOID Object,
    IN ULONG HandleAttributes,
    IN PACCESS_STATE PassedAccessState OPTIONAL,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_TYPE ObjectType OPTIONAL,
    IN KPROCESSOR_MODE AccessMode,
    OUT PHANDLE Handle
    )

/*++

Routine Description:

    Opens a handle to an object the caller holds a reference to.

--*/

{
    UNREFERENCED_PARAMETER(PassedAccessState);

    if (ARGUMENT_PRESENT(ObjectType) && OBJECT_TO_OBJECT_HEADER(Object)->Type != ObjectType) {
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    return ObpCreateHandle(ObOpenHandle, Object, DesiredAccess, HandleAttributes, AccessMode, Handle);
}

NTSTATUS
NTAPI
ZwDuplicateObject(
    IN HANDLE SourceProcessHandle,
    IN HANDLE SourceHandle,
    IN HANDLE TargetProcessHandle OPTIONAL,
    OUT PHANDLE TargetHandle OPTIONAL,
    IN ACCESS_MASK DesiredAccess,
    IN ULONG HandleAttributes,
    IN ULONG Options
    )

/*++

Routine Description:

    Duplicates SourceHandle of the source process into the target process, with DesiredAccess and
    HandleAttributes unless DUPLICATE_SAME_ACCESS / DUPLICATE_SAME_ATTRIBUTES say to copy the source's;
    DUPLICATE_CLOSE_SOURCE closes the source handle (also when no target is given). Every process's handles
    live in the system process for now, so both process handles must name it.

Return Value:

    STATUS_INVALID_HANDLE for a source handle not in use; STATUS_OBJECT_TYPE_MISMATCH when a process handle
    names no process; STATUS_INVALID_PARAMETER for unknown options or attributes.

--*/

{
    PEPROCESS SourceProcess;
    PEPROCESS TargetProcess = NULL;
    PVOID Object;
    OBJECT_HANDLE_INFORMATION Information;
    NTSTATUS Status;

    if ((Options & ~(DUPLICATE_CLOSE_SOURCE | DUPLICATE_SAME_ACCESS | DUPLICATE_SAME_ATTRIBUTES)) != 0 ||
        (HandleAttributes & ~OBJ_VALID_ATTRIBUTES) != 0) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = ObReferenceObjectByHandle(SourceProcessHandle, PROCESS_DUP_HANDLE, PspProcessType, KernelMode,
                                       (PVOID *)&SourceProcess, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (TargetProcessHandle != NULL) {
        Status = ObReferenceObjectByHandle(TargetProcessHandle, PROCESS_DUP_HANDLE, PspProcessType, KernelMode,
                                           (PVOID *)&TargetProcess, NULL);
        if (!NT_SUCCESS(Status)) {
            ObDereferenceObject(SourceProcess);
            return Status;
        }
    }
    Status = ObReferenceObjectByHandle(SourceHandle, 0, NULL, KernelMode, &Object, &Information);
    if (NT_SUCCESS(Status)) {
        if (TargetProcess != NULL && ARGUMENT_PRESENT(TargetHandle)) {
            if ((Options & DUPLICATE_SAME_ATTRIBUTES) != 0) {
                HandleAttributes = Information.HandleAttributes | (HandleAttributes & OBJ_KERNEL_HANDLE);
            }
            Status = ObpCreateHandle(ObDuplicateHandle, Object,
                                     (Options & DUPLICATE_SAME_ACCESS) != 0 ? Information.GrantedAccess : DesiredAccess,
                                     HandleAttributes, KernelMode, TargetHandle);
        }
        ObDereferenceObject(Object);
        if (NT_SUCCESS(Status) && (Options & DUPLICATE_CLOSE_SOURCE) != 0) {
            Status = ObCloseHandle(SourceHandle, KernelMode);
        }
    }
    if (TargetProcess != NULL) {
        ObDereferenceObject(TargetProcess);
    }
    ObDereferenceObject(SourceProcess);
    return Status;
}
