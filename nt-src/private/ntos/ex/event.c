/*++

Module Name:

    event.c

Abstract:

    Event objects: a Ke event as the body of an object of the Event type, so it can be named, opened by name
    and used through handles (ZwCreateEvent, ZwOpenEvent, ZwSetEvent, ZwResetEvent, ZwClearEvent, and
    ZwWaitForSingleObject on its handle).

--*/

#include <ob.h>

static POBJECT_TYPE ExpEventObjectType;
POBJECT_TYPE *ExEventObjectType = &ExpEventObjectType;

BOOLEAN
ExpEventInitialization(
    VOID
    )
{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;

    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.PoolType = NonPagedPool;
    Initializer.InvalidAttributes = 0;
    Initializer.GenericMapping.GenericRead = STANDARD_RIGHTS_READ | EVENT_QUERY_STATE;
    Initializer.GenericMapping.GenericWrite = STANDARD_RIGHTS_WRITE | EVENT_MODIFY_STATE;
    Initializer.GenericMapping.GenericExecute = STANDARD_RIGHTS_EXECUTE | SYNCHRONIZE;
    Initializer.GenericMapping.GenericAll = EVENT_ALL_ACCESS;
    Initializer.ValidAccessMask = EVENT_ALL_ACCESS;
    RtlInitUnicodeString(&Name, L"Event");
    return (BOOLEAN)NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, &ExpEventObjectType));
}

NTSTATUS
NTAPI
ZwCreateEvent(
    OUT PHANDLE EventHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes OPTIONAL,
    IN EVENT_TYPE EventType,
    IN BOOLEAN InitialState
    )

/*++

Routine Description:

    Creates an event object (notification or synchronization, signalled or not) and opens a handle to it.
    With OBJ_OPENIF and an event of that name already there, opens that one (STATUS_OBJECT_NAME_EXISTS).

Return Value:

    STATUS_INVALID_PARAMETER for an unknown EventType; the name's failures as ObInsertObject reports them.

--*/

{
    PKEVENT Event;
    NTSTATUS Status;

    if (EventType != NotificationEvent && EventType != SynchronizationEvent) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = ObCreateObject(KernelMode, ExpEventObjectType, ObjectAttributes, KernelMode, NULL, sizeof(KEVENT), 0, 0,
                            (PVOID *)&Event);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    KeInitializeEvent(Event, EventType, InitialState);
    return ObInsertObject(Event, NULL, DesiredAccess, 0, NULL, EventHandle);
}

NTSTATUS
NTAPI
ZwOpenEvent(
    OUT PHANDLE EventHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes
    )
{
    return ObOpenObjectByName(ObjectAttributes, ExpEventObjectType, KernelMode, NULL, DesiredAccess, NULL, EventHandle);
}

NTSTATUS
NTAPI
ZwSetEvent(
    IN HANDLE EventHandle,
    OUT PLONG PreviousState OPTIONAL
    )
{
    PKEVENT Event;
    NTSTATUS Status;
    LONG Previous;

    Status = ObReferenceObjectByHandle(EventHandle, EVENT_MODIFY_STATE, ExpEventObjectType, KernelMode,
                                       (PVOID *)&Event, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Previous = KeSetEvent(Event, 0, FALSE);
    ObDereferenceObject(Event);
    if (ARGUMENT_PRESENT(PreviousState)) {
        *PreviousState = Previous;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ZwResetEvent(
    IN HANDLE EventHandle,
    OUT PLONG PreviousState OPTIONAL
    )
{
    PKEVENT Event;
    NTSTATUS Status;
    LONG Previous;

    Status = ObReferenceObjectByHandle(EventHandle, EVENT_MODIFY_STATE, ExpEventObjectType, KernelMode,
                                       (PVOID *)&Event, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Previous = KeResetEvent(Event);
    ObDereferenceObject(Event);
    if (ARGUMENT_PRESENT(PreviousState)) {
        *PreviousState = Previous;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ZwClearEvent(
    IN HANDLE EventHandle
    )
{
    PKEVENT Event;
    NTSTATUS Status;

    Status = ObReferenceObjectByHandle(EventHandle, EVENT_MODIFY_STATE, ExpEventObjectType, KernelMode,
                                       (PVOID *)&Event, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    KeClearEvent(Event);
    ObDereferenceObject(Event);
    return STATUS_SUCCESS;
}
