/*++

Module Name:

    obref.c

Abstract:

    References: an object lives while its pointer count (every reference, one per handle among them) is above
    zero. The last dereference deletes it at once at PASSIVE_LEVEL; above that (the DDK allows dereferencing at
    DISPATCH_LEVEL, and a thread drops its own reference as it ends) the deletion is queued to a worker
    thread. References by pointer, handle and name check the type and, for UserMode callers, the access the
    handle grants.

--*/

#include <ps.h>

static KSPIN_LOCK ObpDeferredDeleteLock;
static POBJECT_HEADER ObpDeferredDeleteList;
static WORK_QUEUE_ITEM ObpDeferredDeleteItem;
static BOOLEAN ObpDeferredDeleteQueued;

static
VOID
NTAPI
ObpProcessDeferredDeletions(
    IN PVOID Parameter
    )

/*++

Routine Description:

    A worker thread's routine: deletes the objects whose last reference went above PASSIVE_LEVEL.

--*/

{
    KIRQL OldIrql;
    POBJECT_HEADER Header;

    UNREFERENCED_PARAMETER(Parameter);

    for (;;) {
        KeAcquireSpinLock(&ObpDeferredDeleteLock, &OldIrql);
        Header = ObpDeferredDeleteList;
        if (Header == NULL) {
            ObpDeferredDeleteQueued = FALSE;
            KeReleaseSpinLock(&ObpDeferredDeleteLock, OldIrql);
            return;
        }
        ObpDeferredDeleteList = Header->NextToFree;
        KeReleaseSpinLock(&ObpDeferredDeleteLock, OldIrql);
        ObpDeleteObject(Header);
    }
}

VOID
ObpInitializeDeferredDeletion(
    VOID
    )
{
    KeInitializeSpinLock(&ObpDeferredDeleteLock);
    ObpDeferredDeleteList = NULL;
    ObpDeferredDeleteQueued = FALSE;
}

LONG_PTR
FASTCALL
ObfReferenceObject(
    IN PVOID Object
    )

/*++

Return Value:

    The new pointer count.

--*/

{
    return InterlockedIncrement(&OBJECT_TO_OBJECT_HEADER(Object)->PointerCount);
}

LONG_PTR
FASTCALL
ObfDereferenceObject(
    IN PVOID Object
    )

/*++

Routine Description:

    Drops a reference; the last one deletes the object (the type's delete procedure, then its memory), at once
    at PASSIVE_LEVEL, else from a worker thread. Callable at DISPATCH_LEVEL or below.

Return Value:

    The new pointer count.

--*/

{
    POBJECT_HEADER Header = OBJECT_TO_OBJECT_HEADER(Object);
    LONG Count;
    KIRQL OldIrql;

    Count = InterlockedDecrement(&Header->PointerCount);
    if (Count > 0) {
        return Count;
    }
    if (Count < 0 || Header->HandleCount != 0) {
        KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_INVALID_PARAMETER, (ULONG_PTR)Object,
                     (ULONG_PTR)Count, (ULONG_PTR)Header->HandleCount);
    }
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        ObpDeleteObject(Header);
        return 0;
    }
    KeAcquireSpinLock(&ObpDeferredDeleteLock, &OldIrql);
    Header->NextToFree = ObpDeferredDeleteList;
    ObpDeferredDeleteList = Header;
    if (!ObpDeferredDeleteQueued) {
        ObpDeferredDeleteQueued = TRUE;
        ExInitializeWorkItem(&ObpDeferredDeleteItem, ObpProcessDeferredDeletions, NULL);
        ExQueueWorkItem(&ObpDeferredDeleteItem, DelayedWorkQueue);
    }
    KeReleaseSpinLock(&ObpDeferredDeleteLock, OldIrql);
    return 0;
}

NTSTATUS
NTAPI
ObReferenceObjectByPointer(
    IN PVOID Object,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_TYPE ObjectType OPTIONAL,
    IN KPROCESSOR_MODE AccessMode
    )

/*++

Routine Description:

    Adds a reference to an object the caller already holds, after checking its type.

Return Value:

    STATUS_OBJECT_TYPE_MISMATCH when ObjectType is given and is not the object's type.

--*/

{
    UNREFERENCED_PARAMETER(DesiredAccess);
    UNREFERENCED_PARAMETER(AccessMode);

    if (ARGUMENT_PRESENT(ObjectType) && OBJECT_TO_OBJECT_HEADER(Object)->Type != ObjectType) {
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    ObReferenceObject(Object);
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ObReferenceObjectByHandle(
    IN HANDLE Handle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_TYPE ObjectType OPTIONAL,
    IN KPROCESSOR_MODE AccessMode,
    OUT PVOID *Object,
    OUT POBJECT_HANDLE_INFORMATION HandleInformation OPTIONAL
    )

/*++

Routine Description:

    Returns the object a handle names, referenced. NtCurrentProcess() and NtCurrentThread() name the caller's
    process and thread. For a UserMode caller the handle must grant DesiredAccess and may not be a kernel
    handle; a KernelMode caller is granted any access, as the DDK documents.

Return Value:

    STATUS_INVALID_HANDLE (not a handle in use), STATUS_OBJECT_TYPE_MISMATCH (ObjectType given and not the
    object's), STATUS_ACCESS_DENIED (UserMode, access not granted).

--*/

{
    PHANDLE_TABLE Table;
    PHANDLE_TABLE_ENTRY Entry;
    HANDLE LocalHandle;
    KIRQL OldIrql;
    PVOID Body;
    ACCESS_MASK Granted;
    ULONG Attributes;
    PVOID Current = NULL;

    *Object = NULL;
    if (Handle == NtCurrentProcess()) {
        Current = PsGetCurrentProcess();
    } else if (Handle == NtCurrentThread()) {
        Current = PsGetCurrentThread();
        if (Current == NULL) {
            return STATUS_INVALID_HANDLE;
        }
    }
    if (Current != NULL) {
        if (ARGUMENT_PRESENT(ObjectType) && OBJECT_TO_OBJECT_HEADER(Current)->Type != ObjectType) {
            return STATUS_OBJECT_TYPE_MISMATCH;
        }
        ObReferenceObject(Current);
        if (ARGUMENT_PRESENT(HandleInformation)) {
            HandleInformation->HandleAttributes = 0;
            HandleInformation->GrantedAccess = OBJECT_TO_OBJECT_HEADER(Current)->Type->TypeInfo.ValidAccessMask;
        }
        *Object = Current;
        return STATUS_SUCCESS;
    }

    Table = ObpHandleTableOf(Handle, AccessMode, &LocalHandle);
    if (Table == NULL) {
        return STATUS_INVALID_HANDLE;
    }
    ExLockHandleTable(Table, &OldIrql);
    Entry = ExMapHandleToPointer(Table, LocalHandle);
    if (Entry == NULL) {
        ExUnlockHandleTable(Table, OldIrql);
        return STATUS_INVALID_HANDLE;
    }
    Body = Entry->Object;
    Granted = Entry->GrantedAccess;
    Attributes = Entry->Attributes;
    if (ARGUMENT_PRESENT(ObjectType) && OBJECT_TO_OBJECT_HEADER(Body)->Type != ObjectType) {
        ExUnlockHandleTable(Table, OldIrql);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    if (AccessMode != KernelMode && (DesiredAccess & ~Granted) != 0) {
        ExUnlockHandleTable(Table, OldIrql);
        return STATUS_ACCESS_DENIED;
    }
    ObReferenceObject(Body);
    ExUnlockHandleTable(Table, OldIrql);
    if (ARGUMENT_PRESENT(HandleInformation)) {
        HandleInformation->HandleAttributes = Attributes;
        HandleInformation->GrantedAccess = Granted;
    }
    *Object = Body;
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ObReferenceObjectByName(
    IN PUNICODE_STRING ObjectName,
    IN ULONG Attributes,
    IN PACCESS_STATE AccessState OPTIONAL,
    IN ACCESS_MASK DesiredAccess OPTIONAL,
    IN POBJECT_TYPE ObjectType,
    IN KPROCESSOR_MODE AccessMode,
    IN OUT PVOID ParseContext OPTIONAL,
    OUT PVOID *Object
    )

/*++

Routine Description:

    Looks a full path up in the namespace (following symbolic links) and returns the object referenced.

Return Value:

    The lookup's failures (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND,
    STATUS_OBJECT_NAME_INVALID, STATUS_OBJECT_PATH_SYNTAX_BAD), or STATUS_OBJECT_TYPE_MISMATCH.

--*/

{
    NTSTATUS Status;
    PVOID Found;

    UNREFERENCED_PARAMETER(AccessState);
    UNREFERENCED_PARAMETER(DesiredAccess);
    *Object = NULL;
    if (ObjectName == NULL || ObjectName->Length == 0) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    Status = ObpLookupObjectName(NULL, ObjectName, Attributes, ObjectType, AccessMode, NULL, ParseContext, &Found);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (ARGUMENT_PRESENT(ObjectType) && OBJECT_TO_OBJECT_HEADER(Found)->Type != ObjectType) {
        ObDereferenceObject(Found);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    *Object = Found;
    return STATUS_SUCCESS;
}

VOID
NTAPI
ObMakeTemporaryObject(
    IN PVOID Object
    )

/*++

Routine Description:

    Makes a permanent object temporary: its name goes when its last handle closes (at once when it has
    none), and the reference its name held goes now, so the object is deleted when its last reference goes.

--*/

{
    POBJECT_HEADER Header = OBJECT_TO_OBJECT_HEADER(Object);
    BOOLEAN WasPermanent;

    ObpAcquireNamespaceLock();
    WasPermanent = (BOOLEAN)((Header->Flags & OB_FLAG_PERMANENT) != 0);
    Header->Flags &= ~OB_FLAG_PERMANENT;
    if (WasPermanent && Header->HandleCount == 0) {
        ObpRemoveObjectName(Object);
    }
    ObpReleaseNamespaceLock();
    if (WasPermanent) {
        ObDereferenceObject(Object);
    }
}
