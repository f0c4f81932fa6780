/*++

Module Name:

    obtest.c

Abstract:

    Self-tests of the object manager: the namespace (the system's directories, named objects, lookup with and
    without regard to case, collisions and OBJ_OPENIF, missing names and paths, bad syntax, relative names,
    temporary and permanent objects), handles (closing, type and access checks, kernel handles, inherit,
    duplication, waiting through a handle), references (counts, the delete procedure at zero, deletion deferred
    from DISPATCH_LEVEL) and symbolic links (followed in the middle and at the end of a path, opened as
    themselves, queried).

--*/

#include <kmtest.h>
#include <ps.h>

typedef struct _KMT_OBJECT {
    ULONG Value;
} KMT_OBJECT, *PKMT_OBJECT;

static POBJECT_TYPE KmtObjectType;
static ULONG KmtDeleteCount;
static PVOID KmtLastDeleted;

static
VOID
NTAPI
KmtDeleteObject(
    IN PVOID Object
    )
{
    KmtDeleteCount += 1;
    KmtLastDeleted = Object;
}

static
VOID
KmtAttributes(
    OUT POBJECT_ATTRIBUTES Attributes,
    OUT PUNICODE_STRING Name,
    IN PCWSTR Path,
    IN ULONG Flags,
    IN HANDLE Root
    )
{
    RtlInitUnicodeString(Name, Path);
    InitializeObjectAttributes(Attributes, Name, Flags, Root, NULL);
}

static
PVOID
KmtObjectOf(
    IN HANDLE Handle
    )

/*++

Routine Description:

    The object a handle names, without keeping a reference (the handle keeps one).

--*/

{
    PVOID Object = NULL;

    if (NT_SUCCESS(ObReferenceObjectByHandle(Handle, 0, NULL, KernelMode, &Object, NULL))) {
        ObDereferenceObject(Object);
    }
    return Object;
}

START_TEST(ObNamespace)
{
    OBJECT_ATTRIBUTES Attributes;
    UNICODE_STRING Name;
    HANDLE Directory = NULL;
    HANDLE Event = NULL;
    HANDLE Second = NULL;
    HANDLE Other = NULL;
    PVOID Object = NULL;
    LONG State = -1;

    //
    // The system's directories and the types in \ObjectTypes.
    //

    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects", 0, NULL);
    ok_eq_hex(ZwOpenDirectoryObject(&Directory, DIRECTORY_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    KmtAttributes(&Attributes, &Name, L"\\Device", 0, NULL);
    ok_eq_hex(ZwOpenDirectoryObject(&Other, DIRECTORY_QUERY, &Attributes), STATUS_SUCCESS);
    ok_eq_hex(ZwClose(Other), STATUS_SUCCESS);
    KmtAttributes(&Attributes, &Name, L"\\DosDevices", 0, NULL);
    ok_eq_hex(ZwOpenDirectoryObject(&Other, DIRECTORY_QUERY, &Attributes), STATUS_SUCCESS);
    ok_eq_hex(ZwClose(Other), STATUS_SUCCESS);
    RtlInitUnicodeString(&Name, L"\\ObjectTypes\\Event");
    ok_eq_hex(ObReferenceObjectByName(&Name, 0, NULL, 0, NULL, KernelMode, NULL, &Object), STATUS_SUCCESS);
    ok_eq_pointer(Object, *ExEventObjectType);
    if (Object != NULL) {
        ObDereferenceObject(Object);
    }
    RtlInitUnicodeString(&Name, L"\\objecttypes\\thread");
    ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, NULL, KernelMode, NULL, &Object), STATUS_SUCCESS);
    ok_eq_pointer(Object, *PsThreadType);
    if (Object != NULL) {
        ObDereferenceObject(Object);
    }

    //
    // A named event: opened by its name it is the same object; a second creation collides, or with
    // OBJ_OPENIF opens the first (STATUS_OBJECT_NAME_EXISTS); OBJ_OPENIF on a name of another type does not.
    //

    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtEvent", 0, NULL);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE), STATUS_SUCCESS);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok(Event != Second && KmtObjectOf(Event) == KmtObjectOf(Second), "two handles to one event");
    ZwSetEvent(Second, NULL);
    ok_eq_long(KeReadStateEvent((PKEVENT)KmtObjectOf(Event)), 1);
    ZwClose(Second);
    ok_eq_hex(ZwCreateEvent(&Second, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE), STATUS_OBJECT_NAME_COLLISION);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtEvent", OBJ_OPENIF, NULL);
    ok_eq_hex(ZwCreateEvent(&Second, EVENT_ALL_ACCESS, &Attributes, SynchronizationEvent, FALSE), STATUS_OBJECT_NAME_EXISTS);
    ok_eq_pointer(KmtObjectOf(Second), KmtObjectOf(Event));
    ok_eq_hex(ZwResetEvent(Second, &State), STATUS_SUCCESS);
    ok_eq_long(State, 1);
    ZwClose(Second);
    ok_eq_hex(ZwCreateDirectoryObject(&Other, DIRECTORY_ALL_ACCESS, &Attributes), STATUS_OBJECT_TYPE_MISMATCH);

    //
    // Case: without OBJ_CASE_INSENSITIVE, names compare exactly (a wrongly cased directory on the way is a
    // missing path); with it, \basenamedobjects\kmtevent is the same event.
    //

    KmtAttributes(&Attributes, &Name, L"\\basenamedobjects\\kmtevent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_PATH_NOT_FOUND);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\kmtevent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);
    KmtAttributes(&Attributes, &Name, L"\\basenamedobjects\\kmtevent", OBJ_CASE_INSENSITIVE, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Second), KmtObjectOf(Event));
    ZwClose(Second);

    //
    // Relative names: resolved in the root directory handle's directory, and without a leading backslash.
    //

    KmtAttributes(&Attributes, &Name, L"KmtEvent", 0, Directory);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Second), KmtObjectOf(Event));
    ZwClose(Second);
    KmtAttributes(&Attributes, &Name, L"\\KmtEvent", 0, Directory);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_PATH_SYNTAX_BAD);

    //
    // What is missing or malformed, and what is of another type.
    //

    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtNoSuchEvent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);
    KmtAttributes(&Attributes, &Name, L"\\KmtNoSuchDirectory\\KmtEvent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_PATH_NOT_FOUND);
    KmtAttributes(&Attributes, &Name, L"BaseNamedObjects\\KmtEvent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_PATH_SYNTAX_BAD);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\\\KmtEvent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_INVALID);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\", 0, NULL);
    ok_eq_hex(ZwCreateEvent(&Second, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE), STATUS_OBJECT_NAME_INVALID);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_TYPE_MISMATCH);

    //
    // A temporary named object's name goes with its last handle; a permanent one's stays until it is made
    // temporary.
    //

    ok_eq_hex(ZwClose(Event), STATUS_SUCCESS);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtEvent", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);

    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtPermanent", OBJ_PERMANENT, NULL);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, TRUE), STATUS_SUCCESS);
    ZwClose(Event);
    ok_eq_hex(ZwOpenEvent(&Event, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_long(KeReadStateEvent((PKEVENT)KmtObjectOf(Event)), 1);
    ok_eq_hex(ZwMakeTemporaryObject(Event), STATUS_SUCCESS);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ZwClose(Second);
    ZwClose(Event);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);

    //
    // A directory of one's own, with an object in it, and that object's path through it.
    //

    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtDirectory", 0, NULL);
    ok_eq_hex(ZwCreateDirectoryObject(&Other, DIRECTORY_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    KmtAttributes(&Attributes, &Name, L"Inner", 0, Other);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE), STATUS_SUCCESS);
    KmtAttributes(&Attributes, &Name, L"\\BaseNamedObjects\\KmtDirectory\\Inner", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Second, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Second), KmtObjectOf(Event));
    ZwClose(Second);
    ZwClose(Event);
    ZwClose(Other);
    ZwClose(Directory);
}

START_TEST(ObHandle)
{
    OBJECT_ATTRIBUTES Attributes;
    OBJECT_HANDLE_INFORMATION Information;
    UNICODE_STRING Name;
    HANDLE Event = NULL;
    HANDLE Second = NULL;
    HANDLE Directory = NULL;
    PVOID Object = NULL;
    POBJECT_HEADER Header;
    LARGE_INTEGER Timeout;

    InitializeObjectAttributes(&Attributes, NULL, 0, NULL, NULL);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_QUERY_STATE | SYNCHRONIZE, &Attributes, NotificationEvent, FALSE), STATUS_SUCCESS);
    ok(((ULONG_PTR)Event & KERNEL_HANDLE_MASK) == 0 && (ULONG_PTR)Event % HANDLE_VALUE_INC == 0,
       "a process handle is a multiple of four without the kernel bit: %p", Event);
    Header = OBJECT_TO_OBJECT_HEADER(KmtObjectOf(Event));
    ok_eq_long(Header->HandleCount, 1);
    ok_eq_long(Header->PointerCount, 1);

    //
    // Access: a UserMode reference needs the access the handle grants; a KernelMode one is always granted.
    //

    ok_eq_hex(ObReferenceObjectByHandle(Event, EVENT_MODIFY_STATE, *ExEventObjectType, UserMode, &Object, NULL), STATUS_ACCESS_DENIED);
    ok_eq_pointer(Object, NULL);
    ok_eq_hex(ObReferenceObjectByHandle(Event, EVENT_QUERY_STATE, *ExEventObjectType, UserMode, &Object, &Information), STATUS_SUCCESS);
    ok_eq_hex(Information.GrantedAccess, EVENT_QUERY_STATE | SYNCHRONIZE);
    ok_eq_long(Header->PointerCount, 2);
    ObDereferenceObject(Object);
    ok_eq_hex(ObReferenceObjectByHandle(Event, EVENT_MODIFY_STATE, *ExEventObjectType, KernelMode, &Object, NULL), STATUS_SUCCESS);
    ObDereferenceObject(Object);
    ok_eq_hex(ObReferenceObjectByHandle(Event, 0, *PsThreadType, KernelMode, &Object, NULL), STATUS_OBJECT_TYPE_MISMATCH);

    //
    // Generic rights map to the type's; a duplicate with less access is refused what it lacks, one with the
    // same access is not; closing the source through the duplication leaves the duplicate.
    //

    ok_eq_hex(ZwDuplicateObject(NtCurrentProcess(), Event, NtCurrentProcess(), &Second, EVENT_QUERY_STATE, 0, 0), STATUS_SUCCESS);
    ok_eq_long(Header->HandleCount, 2);
    ok_eq_hex(ObReferenceObjectByHandle(Second, SYNCHRONIZE, NULL, UserMode, &Object, NULL), STATUS_ACCESS_DENIED);
    ZwClose(Second);
    ok_eq_hex(ZwDuplicateObject(NtCurrentProcess(), Event, NtCurrentProcess(), &Second, GENERIC_ALL, 0, 0), STATUS_SUCCESS);
    ok_eq_hex(ObReferenceObjectByHandle(Second, EVENT_MODIFY_STATE, NULL, UserMode, &Object, &Information), STATUS_SUCCESS);
    ok_eq_hex(Information.GrantedAccess, EVENT_ALL_ACCESS);
    ObDereferenceObject(Object);
    ZwClose(Second);
    ok_eq_hex(ZwDuplicateObject(NtCurrentProcess(), Event, NtCurrentProcess(), &Second, 0, 0,
                                DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE), STATUS_SUCCESS);
    ok_eq_hex(ObReferenceObjectByHandle(Event, 0, NULL, KernelMode, &Object, NULL), STATUS_INVALID_HANDLE);
    ok_eq_hex(ObReferenceObjectByHandle(Second, SYNCHRONIZE, NULL, UserMode, &Object, &Information), STATUS_SUCCESS);
    ok_eq_hex(Information.GrantedAccess, EVENT_QUERY_STATE | SYNCHRONIZE);
    ObDereferenceObject(Object);
    ok_eq_long(Header->HandleCount, 1);
    Event = Second;

    //
    // Waiting through a handle; the event's services refuse a handle of another type.
    //

    Timeout.QuadPart = 0;
    ok_eq_hex(ZwWaitForSingleObject(Event, FALSE, &Timeout), STATUS_TIMEOUT);
    ok_eq_hex(ZwSetEvent(Event, NULL), STATUS_SUCCESS);
    ok_eq_hex(ZwWaitForSingleObject(Event, FALSE, &Timeout), STATUS_WAIT_0);
    ok_eq_hex(ZwClearEvent(Event), STATUS_SUCCESS);
    ok_eq_hex(ZwWaitForSingleObject(Event, FALSE, &Timeout), STATUS_TIMEOUT);
    RtlInitUnicodeString(&Name, L"\\Device");
    InitializeObjectAttributes(&Attributes, &Name, 0, NULL, NULL);
    ZwOpenDirectoryObject(&Directory, DIRECTORY_QUERY, &Attributes);
    ok_eq_hex(ZwSetEvent(Directory, NULL), STATUS_OBJECT_TYPE_MISMATCH);
    ok_eq_hex(ZwWaitForSingleObject(Directory, FALSE, &Timeout), STATUS_OBJECT_TYPE_MISMATCH);
    ZwClose(Directory);

    //
    // Closing: the handle goes, a second close and a reference after it fail, and values that were never
    // handles are refused.
    //

    ok_eq_hex(ZwClose(Event), STATUS_SUCCESS);
    ok_eq_hex(ZwClose(Event), STATUS_INVALID_HANDLE);
    ok_eq_hex(ObReferenceObjectByHandle(Event, 0, NULL, KernelMode, &Object, NULL), STATUS_INVALID_HANDLE);
    ok_eq_hex(ZwSetEvent(Event, NULL), STATUS_INVALID_HANDLE);
    ok_eq_hex(ZwClose(NULL), STATUS_INVALID_HANDLE);
    ok_eq_hex(ZwClose((HANDLE)(ULONG_PTR)3), STATUS_INVALID_HANDLE);

    //
    // Kernel handles carry the kernel bit and are refused to UserMode; OBJ_INHERIT is the handle's attribute.
    //

    InitializeObjectAttributes(&Attributes, NULL, OBJ_KERNEL_HANDLE | OBJ_INHERIT, NULL, NULL);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, SynchronizationEvent, TRUE), STATUS_SUCCESS);
    ok(((ULONG_PTR)Event & KERNEL_HANDLE_MASK) != 0, "a kernel handle has the kernel bit: %p", Event);
    ok_eq_hex(ObReferenceObjectByHandle(Event, 0, NULL, UserMode, &Object, NULL), STATUS_INVALID_HANDLE);
    ok_eq_hex(ObReferenceObjectByHandle(Event, 0, NULL, KernelMode, &Object, &Information), STATUS_SUCCESS);
    ok_eq_hex(Information.HandleAttributes, OBJ_INHERIT);
    ObDereferenceObject(Object);
    ok_eq_hex(ZwWaitForSingleObject(Event, FALSE, &Timeout), STATUS_WAIT_0);
    ok_eq_hex(ZwWaitForSingleObject(Event, FALSE, &Timeout), STATUS_TIMEOUT);
    ok_eq_hex(ZwClose(Event), STATUS_SUCCESS);
}

START_TEST(ObReference)
{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;
    PKMT_OBJECT Object = NULL;
    PVOID Referenced = NULL;
    POBJECT_HEADER Header;
    POBJECT_TYPE Duplicate = NULL;
    HANDLE Handle = NULL;
    ULONG ObjectsBefore;
    KIRQL OldIrql;

    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.UseDefaultObject = TRUE;
    Initializer.PoolType = NonPagedPool;
    Initializer.GenericMapping.GenericAll = STANDARD_RIGHTS_REQUIRED | 0x1;
    Initializer.ValidAccessMask = STANDARD_RIGHTS_REQUIRED | 0x1;
    Initializer.DeleteProcedure = KmtDeleteObject;
    RtlInitUnicodeString(&Name, L"KmtObject");
    if (KmtObjectType == NULL) {
        ok_eq_hex(ObCreateObjectType(&Name, &Initializer, NULL, &KmtObjectType), STATUS_SUCCESS);
    }
    ok_eq_hex(ObCreateObjectType(&Name, &Initializer, NULL, &Duplicate), STATUS_OBJECT_NAME_COLLISION);
    RtlInitUnicodeString(&Name, L"\\ObjectTypes\\KmtObject");
    ok_eq_hex(ObReferenceObjectByName(&Name, 0, NULL, 0, NULL, KernelMode, NULL, &Referenced), STATUS_SUCCESS);
    ok_eq_pointer(Referenced, KmtObjectType);
    if (Referenced != NULL) {
        ObDereferenceObject(Referenced);
    }

    //
    // Counts: one reference from creation; the delete procedure runs when the last one goes, not before.
    //

    ObjectsBefore = KmtObjectType->TotalNumberOfObjects;
    KmtDeleteCount = 0;
    ok_eq_hex(ObCreateObject(KernelMode, KmtObjectType, NULL, KernelMode, NULL, sizeof(KMT_OBJECT), 0, 0, (PVOID *)&Object),
              STATUS_SUCCESS);
    Header = OBJECT_TO_OBJECT_HEADER(Object);
    ok((PUCHAR)Header + FIELD_OFFSET(OBJECT_HEADER, Body) == (PUCHAR)Object && Header->Type == KmtObjectType,
       "the header precedes the body and names its type");
    ok_eq_ulong(KmtObjectType->TotalNumberOfObjects, ObjectsBefore + 1);
    ok_eq_long(Header->PointerCount, 1);
    ok_eq_long(ObReferenceObject(Object), 2);
    ok_eq_hex(ObReferenceObjectByPointer(Object, 0, KmtObjectType, KernelMode), STATUS_SUCCESS);
    ok_eq_hex(ObReferenceObjectByPointer(Object, 0, *ExEventObjectType, KernelMode), STATUS_OBJECT_TYPE_MISMATCH);
    ok_eq_long(Header->PointerCount, 3);
    ObDereferenceObject(Object);
    ObDereferenceObject(Object);
    ok_eq_ulong(KmtDeleteCount, 0);
    ok_eq_long(ObDereferenceObject(Object), 0);
    ok_eq_ulong(KmtDeleteCount, 1);
    ok_eq_pointer(KmtLastDeleted, Object);
    ok_eq_ulong(KmtObjectType->TotalNumberOfObjects, ObjectsBefore);

    //
    // A handle holds a reference: the object outlives the handle while referenced, and goes with the last
    // reference after the handle is closed.
    //

    KmtDeleteCount = 0;
    ObCreateObject(KernelMode, KmtObjectType, NULL, KernelMode, NULL, sizeof(KMT_OBJECT), 0, 0, (PVOID *)&Object);
    ok_eq_hex(ObInsertObject(Object, NULL, 0, 0, &Referenced, &Handle), STATUS_SUCCESS);
    Header = OBJECT_TO_OBJECT_HEADER(Object);
    ok(Header->PointerCount == 2 && Header->HandleCount == 1, "a handle and a reference: %ld/%ld",
       Header->PointerCount, Header->HandleCount);
    ZwClose(Handle);
    ok(KmtDeleteCount == 0 && Header->PointerCount == 1 && Header->HandleCount == 0, "closed, still referenced");
    ObDereferenceObject(Referenced);
    ok_eq_ulong(KmtDeleteCount, 1);

    //
    // The last reference dropped at DISPATCH_LEVEL: the deletion waits for a worker thread.
    //

    KmtDeleteCount = 0;
    ObCreateObject(KernelMode, KmtObjectType, NULL, KernelMode, NULL, sizeof(KMT_OBJECT), 0, 0, (PVOID *)&Object);
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    ObDereferenceObject(Object);
    ok_eq_ulong(KmtDeleteCount, 0);
    KeLowerIrql(OldIrql);
    KmtWaitTicks(1);
    ok_eq_ulong(KmtDeleteCount, 1);
    ok_eq_pointer(KmtLastDeleted, Object);
}

START_TEST(ObSymbolicLink)
{
    OBJECT_ATTRIBUTES Attributes;
    UNICODE_STRING Name;
    UNICODE_STRING Target;
    UNICODE_STRING Query;
    WCHAR Buffer[64];
    HANDLE Directory = NULL;
    HANDLE Event = NULL;
    HANDLE Link = NULL;
    HANDLE EventLink = NULL;
    HANDLE Opened = NULL;
    ULONG Length = 0;

    KmtAttributes(&Attributes, &Name, L"\\Device\\KmtTarget", 0, NULL);
    ZwCreateDirectoryObject(&Directory, DIRECTORY_ALL_ACCESS, &Attributes);
    KmtAttributes(&Attributes, &Name, L"\\Device\\KmtTarget\\Event", 0, NULL);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE), STATUS_SUCCESS);

    //
    // A link to a directory, followed in the middle of a path (and without regard to case when asked).
    //

    RtlInitUnicodeString(&Target, L"\\Device\\KmtTarget");
    KmtAttributes(&Attributes, &Name, L"\\DosDevices\\KmtLink", 0, NULL);
    ok_eq_hex(ZwCreateSymbolicLinkObject(&Link, SYMBOLIC_LINK_ALL_ACCESS, &Attributes, &Target), STATUS_SUCCESS);
    KmtAttributes(&Attributes, &Name, L"\\DosDevices\\KmtLink\\Event", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Opened, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Opened), KmtObjectOf(Event));
    ZwClose(Opened);
    KmtAttributes(&Attributes, &Name, L"\\dosdevices\\kmtlink\\EVENT", OBJ_CASE_INSENSITIVE, NULL);
    ok_eq_hex(ZwOpenEvent(&Opened, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Opened), KmtObjectOf(Event));
    ZwClose(Opened);
    KmtAttributes(&Attributes, &Name, L"\\DosDevices\\KmtLink\\Missing", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Opened, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);

    //
    // A link to the event itself, followed at the end of a path unless the link is what is opened.
    //

    RtlInitUnicodeString(&Target, L"\\Device\\KmtTarget\\Event");
    KmtAttributes(&Attributes, &Name, L"\\DosDevices\\KmtEventLink", 0, NULL);
    ok_eq_hex(ZwCreateSymbolicLinkObject(&EventLink, SYMBOLIC_LINK_ALL_ACCESS, &Attributes, &Target), STATUS_SUCCESS);
    ok_eq_hex(ZwOpenEvent(&Opened, EVENT_ALL_ACCESS, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Opened), KmtObjectOf(Event));
    ZwClose(Opened);
    ok_eq_hex(ZwOpenSymbolicLinkObject(&Opened, SYMBOLIC_LINK_QUERY, &Attributes), STATUS_SUCCESS);
    ok_eq_pointer(KmtObjectOf(Opened), KmtObjectOf(EventLink));
    ZwClose(Opened);
    ok_eq_hex(ZwCreateSymbolicLinkObject(&Opened, SYMBOLIC_LINK_ALL_ACCESS, &Attributes, &Target), STATUS_OBJECT_NAME_COLLISION);

    //
    // Querying the target: the whole string, or STATUS_BUFFER_TOO_SMALL and the length needed.
    //

    Query.Buffer = Buffer;
    Query.Length = 0;
    Query.MaximumLength = sizeof(Buffer);
    ok_eq_hex(ZwQuerySymbolicLinkObject(EventLink, &Query, &Length), STATUS_SUCCESS);
    ok(RtlEqualUnicodeString(&Query, &Target, FALSE), "the link's target comes back");
    ok_eq_ulong(Length, Target.Length);
    Query.MaximumLength = 8;
    Length = 0;
    ok_eq_hex(ZwQuerySymbolicLinkObject(EventLink, &Query, &Length), STATUS_BUFFER_TOO_SMALL);
    ok_eq_ulong(Length, Target.Length);
    ok_eq_hex(ZwQuerySymbolicLinkObject(Event, &Query, &Length), STATUS_OBJECT_TYPE_MISMATCH);

    //
    // A link whose target goes: lookups through it find nothing; the link's own name goes with its handle.
    //

    ZwClose(Event);
    KmtAttributes(&Attributes, &Name, L"\\DosDevices\\KmtEventLink", 0, NULL);
    ok_eq_hex(ZwOpenEvent(&Opened, EVENT_ALL_ACCESS, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);
    ZwClose(EventLink);
    ok_eq_hex(ZwOpenSymbolicLinkObject(&Opened, SYMBOLIC_LINK_QUERY, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);
    ZwClose(Link);
    ZwClose(Directory);
    KmtAttributes(&Attributes, &Name, L"\\Device\\KmtTarget", 0, NULL);
    ok_eq_hex(ZwOpenDirectoryObject(&Opened, DIRECTORY_QUERY, &Attributes), STATUS_OBJECT_NAME_NOT_FOUND);
}
