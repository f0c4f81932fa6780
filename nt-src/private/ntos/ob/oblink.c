/*++

Module Name:

    oblink.c

Abstract:

    Symbolic links: objects whose body is a target path. A lookup that meets one continues at its target
    (obdir.c); opening one as a SymbolicLink object (or with OBJ_OPENLINK) gives the link itself, whose
    target ZwQuerySymbolicLinkObject reads.

--*/

#include <ob.h>

#define OB_LINK_TARGET_TAG 'tLbO'

POBJECT_TYPE ObpSymbolicLinkObjectType;

static
VOID
NTAPI
ObpDeleteSymbolicLink(
    IN PVOID Object
    )
{
    POBJECT_SYMBOLIC_LINK Link = (POBJECT_SYMBOLIC_LINK)Object;

    if (Link->LinkTarget.Buffer != NULL) {
        ExFreePoolWithTag(Link->LinkTarget.Buffer, OB_LINK_TARGET_TAG);
    }
}

VOID
ObpCreateSymbolicLinkType(
    VOID
    )
{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;

    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.UseDefaultObject = TRUE;
    Initializer.PoolType = NonPagedPool;
    Initializer.GenericMapping.GenericRead = STANDARD_RIGHTS_READ | SYMBOLIC_LINK_QUERY;
    Initializer.GenericMapping.GenericWrite = STANDARD_RIGHTS_WRITE;
    Initializer.GenericMapping.GenericExecute = STANDARD_RIGHTS_EXECUTE | SYMBOLIC_LINK_QUERY;
    Initializer.GenericMapping.GenericAll = SYMBOLIC_LINK_ALL_ACCESS;
    Initializer.ValidAccessMask = SYMBOLIC_LINK_ALL_ACCESS;
    Initializer.DeleteProcedure = ObpDeleteSymbolicLink;
    RtlInitUnicodeString(&Name, L"SymbolicLink");
    if (!NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, &ObpSymbolicLinkObjectType))) {
        ObpSymbolicLinkObjectType = NULL;
    }
}

NTSTATUS
NTAPI
ZwCreateSymbolicLinkObject(
    OUT PHANDLE LinkHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes,
    IN PUNICODE_STRING LinkTarget
    )

/*++

Routine Description:

    Creates a symbolic link to LinkTarget (a full path, which need not exist yet) and opens a handle to it.

Return Value:

    STATUS_INVALID_PARAMETER for a target of an odd length or beyond its MaximumLength; the name's
    failures as ObInsertObject reports them.

--*/

{
    POBJECT_SYMBOLIC_LINK Link;
    NTSTATUS Status;

    if (LinkTarget == NULL || (LinkTarget->Length & 1) != 0 || LinkTarget->Length > LinkTarget->MaximumLength ||
        (LinkTarget->Length != 0 && LinkTarget->Buffer == NULL)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = ObCreateObject(KernelMode, ObpSymbolicLinkObjectType, ObjectAttributes, KernelMode, NULL,
                            sizeof(OBJECT_SYMBOLIC_LINK), 0, 0, (PVOID *)&Link);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    KeQuerySystemTime(&Link->CreationTime);
    Link->LinkTarget.Buffer = ExAllocatePoolWithTag(NonPagedPool, LinkTarget->Length + sizeof(WCHAR), OB_LINK_TARGET_TAG);
    if (Link->LinkTarget.Buffer == NULL) {
        ObDereferenceObject(Link);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(Link->LinkTarget.Buffer, LinkTarget->Buffer, LinkTarget->Length);
    Link->LinkTarget.Buffer[LinkTarget->Length / sizeof(WCHAR)] = 0;
    Link->LinkTarget.Length = LinkTarget->Length;
    Link->LinkTarget.MaximumLength = (USHORT)(LinkTarget->Length + sizeof(WCHAR));
    return ObInsertObject(Link, NULL, DesiredAccess, 0, NULL, LinkHandle);
}

NTSTATUS
NTAPI
ZwOpenSymbolicLinkObject(
    OUT PHANDLE LinkHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes
    )
{
    return ObOpenObjectByName(ObjectAttributes, ObpSymbolicLinkObjectType, KernelMode, NULL, DesiredAccess, NULL,
                              LinkHandle);
}

NTSTATUS
NTAPI
ZwQuerySymbolicLinkObject(
    IN HANDLE LinkHandle,
    IN OUT PUNICODE_STRING LinkTarget,
    OUT PULONG ReturnedLength OPTIONAL
    )

/*++

Routine Description:

    Copies a link's target into LinkTarget's buffer (terminated when there is room for it).

Return Value:

    STATUS_BUFFER_TOO_SMALL when LinkTarget's MaximumLength cannot hold the target (ReturnedLength then
    receives the size needed); STATUS_INVALID_HANDLE; STATUS_OBJECT_TYPE_MISMATCH for another object.

--*/

{
    POBJECT_SYMBOLIC_LINK Link;
    NTSTATUS Status;
    USHORT Length;

    Status = ObReferenceObjectByHandle(LinkHandle, SYMBOLIC_LINK_QUERY, ObpSymbolicLinkObjectType, KernelMode,
                                       (PVOID *)&Link, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Length = Link->LinkTarget.Length;
    if (ARGUMENT_PRESENT(ReturnedLength)) {
        *ReturnedLength = Length;
    }
    if (LinkTarget->MaximumLength < Length) {
        Status = STATUS_BUFFER_TOO_SMALL;
    } else {
        RtlCopyMemory(LinkTarget->Buffer, Link->LinkTarget.Buffer, Length);
        LinkTarget->Length = Length;
        if (LinkTarget->MaximumLength >= Length + sizeof(WCHAR)) {
            LinkTarget->Buffer[Length / sizeof(WCHAR)] = 0;
        }
    }
    ObDereferenceObject(Link);
    return Status;
}
