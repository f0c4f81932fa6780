/*++

Module Name:

    obzw.c

Abstract:

    The object-generic system services a kernel component calls: closing a handle, making a permanent object
    temporary, and waiting on the object a handle names. They run with kernel-mode rights (the previous mode
    of a Zw call is KernelMode), so handles are checked for their type, not for the access they grant.

--*/

#include <ob.h>

NTSTATUS
NTAPI
ZwClose(
    IN HANDLE Handle
    )

/*++

Return Value:

    STATUS_INVALID_HANDLE when Handle is not a handle in use.

--*/

{
    return ObCloseHandle(Handle, KernelMode);
}

NTSTATUS
NTAPI
ZwMakeTemporaryObject(
    IN HANDLE Handle
    )

/*++

Routine Description:

    Makes the object Handle names temporary (ObMakeTemporaryObject): its name goes with its last handle.

--*/

{
    PVOID Object;
    NTSTATUS Status;

    Status = ObReferenceObjectByHandle(Handle, DELETE, NULL, KernelMode, &Object, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    ObMakeTemporaryObject(Object);
    ObDereferenceObject(Object);
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ZwWaitForSingleObject(
    IN HANDLE Handle,
    IN BOOLEAN Alertable,
    IN PLARGE_INTEGER Timeout OPTIONAL
    )

/*++

Routine Description:

    Waits on the dispatcher object a handle names (an event, a thread, a process...), as KeWaitForSingleObject
    does, holding a reference meanwhile.

Return Value:

    The wait's status (STATUS_WAIT_0, STATUS_TIMEOUT...); STATUS_INVALID_HANDLE; STATUS_OBJECT_TYPE_MISMATCH for
    an object that cannot be waited on (a directory, a symbolic link).

--*/

{
    PVOID Object;
    NTSTATUS Status;

    Status = ObReferenceObjectByHandle(Handle, SYNCHRONIZE, NULL, KernelMode, &Object, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (OBJECT_TO_OBJECT_HEADER(Object)->Type->TypeInfo.UseDefaultObject) {
        ObDereferenceObject(Object);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    Status = KeWaitForSingleObject(Object, UserRequest, KernelMode, Alertable, Timeout);
    ObDereferenceObject(Object);
    return Status;
}
