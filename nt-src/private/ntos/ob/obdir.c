/*++

Module Name:

    obdir.c

Abstract:

    Directories and name lookup. A directory hashes its entries by name (case-folded, so a case-insensitive
    lookup finds the same bucket); an entered object's name information names the directory and holds a
    reference to it. A path is "\" then components separated by single backslashes, or relative to a root
    directory handle without the leading backslash. Symbolic links met on the way are followed: the rest of
    the path is appended to the link's target and the lookup starts again at the root (a link that is the
    last component is followed too, unless the caller asks for the link itself). Everything happens under
    the namespace lock, except the parse procedure of an object whose type has one (a registry key): met on
    the way (or as the root directory), it is handed the rest of the path and finishes the lookup, or
    answers STATUS_REPARSE with a new full path to start again from.

--*/

#include <ob.h>

#define OB_DIRECTORY_ENTRY_TAG 'eDbO'
#define OB_REPARSE_TAG 'pRbO'
#define OB_MAXIMUM_REPARSES 32

static
ULONG
ObpHashName(
    IN PCUNICODE_STRING Name
    )
{
    ULONG Hash = 0;
    ULONG Index;

    for (Index = 0; Index < Name->Length / sizeof(WCHAR); Index += 1) {
        Hash = Hash * 3 + RtlUpcaseUnicodeChar(Name->Buffer[Index]);
    }
    return Hash % NUMBER_HASH_BUCKETS;
}

PVOID
ObpLookupDirectoryEntry(
    IN POBJECT_DIRECTORY Directory,
    IN PCUNICODE_STRING Name,
    IN BOOLEAN CaseInsensitive
    )

/*++

Routine Description:

    With the namespace locked: the object entered in Directory under Name, or NULL.

--*/

{
    POBJECT_DIRECTORY_ENTRY Entry;
    POBJECT_HEADER_NAME_INFO NameInfo;

    for (Entry = Directory->HashBuckets[ObpHashName(Name)]; Entry != NULL; Entry = Entry->ChainLink) {
        NameInfo = OBJECT_HEADER_TO_NAME_INFO(OBJECT_TO_OBJECT_HEADER(Entry->Object));
        if (RtlEqualUnicodeString(&NameInfo->Name, Name, CaseInsensitive)) {
            return Entry->Object;
        }
    }
    return NULL;
}

BOOLEAN
ObpInsertDirectoryEntry(
    IN POBJECT_DIRECTORY Directory,
    IN PVOID Object
    )

/*++

Routine Description:

    With the namespace locked: enters Object (which has name information) in Directory under its name; the
    entry references the directory.

--*/

{
    POBJECT_HEADER_NAME_INFO NameInfo = OBJECT_HEADER_TO_NAME_INFO(OBJECT_TO_OBJECT_HEADER(Object));
    POBJECT_DIRECTORY_ENTRY Entry;
    ULONG Bucket = ObpHashName(&NameInfo->Name);

    Entry = ExAllocatePoolWithTag(NonPagedPool, sizeof(OBJECT_DIRECTORY_ENTRY), OB_DIRECTORY_ENTRY_TAG);
    if (Entry == NULL) {
        return FALSE;
    }
    Entry->Object = Object;
    Entry->ChainLink = Directory->HashBuckets[Bucket];
    Directory->HashBuckets[Bucket] = Entry;
    NameInfo->Directory = Directory;
    ObReferenceObject(Directory);
    return TRUE;
}

BOOLEAN
ObpRemoveObjectName(
    IN PVOID Object
    )

/*++

Routine Description:

    With the namespace locked: takes Object's name out of its directory (if it is in one) and drops the
    reference on the directory.

--*/

{
    POBJECT_HEADER_NAME_INFO NameInfo = OBJECT_HEADER_TO_NAME_INFO(OBJECT_TO_OBJECT_HEADER(Object));
    POBJECT_DIRECTORY Directory;
    POBJECT_DIRECTORY_ENTRY *Link;
    POBJECT_DIRECTORY_ENTRY Entry;

    if (NameInfo == NULL || NameInfo->Directory == NULL) {
        return FALSE;
    }
    Directory = NameInfo->Directory;
    for (Link = &Directory->HashBuckets[ObpHashName(&NameInfo->Name)]; *Link != NULL; Link = &(*Link)->ChainLink) {
        if ((*Link)->Object == Object) {
            Entry = *Link;
            *Link = Entry->ChainLink;
            ExFreePoolWithTag(Entry, OB_DIRECTORY_ENTRY_TAG);
            break;
        }
    }
    NameInfo->Directory = NULL;
    ObDereferenceObject(Directory);
    return TRUE;
}

static
NTSTATUS
ObpReparse(
    IN POBJECT_SYMBOLIC_LINK Link,
    IN PCUNICODE_STRING Rest,
    IN OUT PWSTR *Buffer,
    OUT PUNICODE_STRING NewName
    )

/*++

Routine Description:

    The name a lookup continues with after meeting a symbolic link: the link's target followed by the rest
    of the path (which starts with its backslash, or is empty), in a new buffer replacing *Buffer.

--*/

{
    ULONG Length = (ULONG)Link->LinkTarget.Length + Rest->Length;
    PWSTR NewBuffer;

    if (Length > MAXUSHORT - sizeof(WCHAR)) {
        return STATUS_NAME_TOO_LONG;
    }
    NewBuffer = ExAllocatePoolWithTag(NonPagedPool, Length + sizeof(WCHAR), OB_REPARSE_TAG);
    if (NewBuffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(NewBuffer, Link->LinkTarget.Buffer, Link->LinkTarget.Length);
    RtlCopyMemory((PUCHAR)NewBuffer + Link->LinkTarget.Length, Rest->Buffer, Rest->Length);
    NewBuffer[Length / sizeof(WCHAR)] = 0;
    if (*Buffer != NULL) {
        ExFreePool(*Buffer);
    }
    *Buffer = NewBuffer;
    NewName->Buffer = NewBuffer;
    NewName->Length = (USHORT)Length;
    NewName->MaximumLength = (USHORT)(Length + sizeof(WCHAR));
    return STATUS_SUCCESS;
}

static
VOID
ObpNameOnly(
    IN PVOID Object,
    IN PCUNICODE_STRING Component
    )

/*++

Routine Description:

    Cuts a new object's captured path down to its last component, which the path's own text holds.

--*/

{
    POBJECT_HEADER_NAME_INFO NameInfo = OBJECT_HEADER_TO_NAME_INFO(OBJECT_TO_OBJECT_HEADER(Object));

    RtlMoveMemory(NameInfo->Name.Buffer, Component->Buffer, Component->Length);
    NameInfo->Name.Length = Component->Length;
    NameInfo->Name.Buffer[Component->Length / sizeof(WCHAR)] = 0;
}

static
NTSTATUS
ObpParse(
    IN PVOID ParseObject,
    IN POBJECT_TYPE ObjectType OPTIONAL,
    IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode,
    IN ULONG Attributes,
    IN PUNICODE_STRING RemainingName,
    IN OUT PVOID ParseContext OPTIONAL,
    IN OUT PWSTR *Buffer,
    OUT PUNICODE_STRING NewName,
    OUT PVOID *FoundObject
    )

/*++

Routine Description:

    Without the namespace lock: hands RemainingName (the rest of the path after ParseObject, starting with
    its backslash, or empty) to ParseObject's parse procedure. On STATUS_REPARSE the procedure has put a new
    full path in NewName, in a pool block it allocated, which replaces *Buffer.

--*/

{
    UNICODE_STRING Rest = *RemainingName;
    NTSTATUS Status;

    NewName->Buffer = NULL;
    NewName->Length = 0;
    NewName->MaximumLength = 0;
    Status = OBJECT_TO_OBJECT_HEADER(ParseObject)->Type->TypeInfo.ParseProcedure(
        ParseObject, ObjectType, DesiredAccess, AccessMode, Attributes, NewName, &Rest, ParseContext, FoundObject);
    if (Status == STATUS_REPARSE) {
        *FoundObject = NULL;
        if (*Buffer != NULL) {
            ExFreePool(*Buffer);
        }
        *Buffer = NewName->Buffer;
        if (NewName->Buffer == NULL) {
            return STATUS_OBJECT_NAME_INVALID;
        }
    } else if (!NT_SUCCESS(Status)) {
        *FoundObject = NULL;
    }
    return Status;
}

NTSTATUS
ObpLookupObjectName(
    IN HANDLE RootDirectory OPTIONAL,
    IN PUNICODE_STRING ObjectName,
    IN ULONG Attributes,
    IN POBJECT_TYPE ObjectType OPTIONAL,
    IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode,
    IN OUT PVOID ParseContext OPTIONAL,
    IN PVOID InsertObject OPTIONAL,
    OUT PVOID *FoundObject
    )

/*++

Routine Description:

    Looks ObjectName up (OBJ_CASE_INSENSITIVE: without regard to case). With InsertObject, a new object whose
    name information holds ObjectName: when the last component is not there, the object is entered under it
    (and returned, with no added reference). ParseContext and DesiredAccess go to parse procedures.

    An object whose type has a parse procedure (a device, a file) owns the rest of the path: met with more
    of the path after it, or as the last component of a lookup given a ParseContext (an open), or as the
    root directory of a relative name, it is handed the rest (starting with its backslash, or empty; the
    whole name for a root) and what its parse procedure returns is the result. The procedure runs without
    the namespace lock, since it may send I/O requests.

Return Value:

    STATUS_SUCCESS with *FoundObject referenced; STATUS_OBJECT_NAME_COLLISION (InsertObject given and the
    name exists: *FoundObject is the existing object, referenced); STATUS_OBJECT_NAME_NOT_FOUND (the last
    component is missing); STATUS_OBJECT_PATH_NOT_FOUND (a directory on the way is missing);
    STATUS_OBJECT_NAME_INVALID (an empty component, an odd length); STATUS_OBJECT_PATH_SYNTAX_BAD (a full
    path without its leading backslash, a relative one with it); STATUS_INVALID_HANDLE and
    STATUS_OBJECT_TYPE_MISMATCH for a bad root directory handle; STATUS_OBJECT_TYPE_MISMATCH when a
    component that is not a directory is followed by more.

--*/

{
    BOOLEAN CaseInsensitive = (BOOLEAN)((Attributes & OBJ_CASE_INSENSITIVE) != 0);
    POBJECT_DIRECTORY Root = NULL;
    POBJECT_DIRECTORY Directory;
    UNICODE_STRING Remaining;
    UNICODE_STRING Component;
    UNICODE_STRING Rest;
    PWSTR ReparseBuffer = NULL;
    PVOID Object;
    POBJECT_TYPE Type;
    ULONG Reparses = 0;
    ULONG Index;
    BOOLEAN Last;
    NTSTATUS Status;

    *FoundObject = NULL;
    if ((ObjectName->Length & 1) != 0 || (ObjectName->Length != 0 && ObjectName->Buffer == NULL)) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    Remaining = *ObjectName;
    if (RootDirectory != NULL) {
        Status = ObReferenceObjectByHandle(RootDirectory, DIRECTORY_TRAVERSE, NULL, AccessMode, (PVOID *)&Root, NULL);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Type = OBJECT_TO_OBJECT_HEADER(Root)->Type;
        if (Type->TypeInfo.ParseProcedure != NULL && !ARGUMENT_PRESENT(InsertObject)) {
            Status = ObpParse(Root, ObjectType, DesiredAccess, AccessMode, Attributes, &Remaining, ParseContext,
                              &ReparseBuffer, &Remaining, FoundObject);
            ObDereferenceObject(Root);
            Root = NULL;
            if (Status != STATUS_REPARSE) {
                return Status;
            }
            Reparses += 1;
        } else if (Type != ObpDirectoryObjectType) {
            ObDereferenceObject(Root);
            return STATUS_OBJECT_TYPE_MISMATCH;
        }
        if (Root != NULL && Remaining.Length != 0 && Remaining.Buffer[0] == '\\') {
            ObDereferenceObject(Root);
            return STATUS_OBJECT_PATH_SYNTAX_BAD;
        }
    } else if (Remaining.Length == 0 || Remaining.Buffer[0] != '\\') {
        return STATUS_OBJECT_PATH_SYNTAX_BAD;
    }

    ObpAcquireNamespaceLock();
    Directory = Root;
    for (;;) {

        //
        // A full path (the original or a link's target followed by the rest) starts again at the root.
        //

        if (Directory == NULL) {
            if (Remaining.Length == 0 || Remaining.Buffer[0] != '\\') {
                Status = STATUS_OBJECT_PATH_SYNTAX_BAD;
                break;
            }
            Directory = ObpRootDirectoryObject;
            Remaining.Buffer += 1;
            Remaining.Length -= sizeof(WCHAR);
            if (Remaining.Length == 0) {
                Object = Directory;
                Status = ARGUMENT_PRESENT(InsertObject) ? STATUS_OBJECT_NAME_COLLISION : STATUS_SUCCESS;
                ObReferenceObject(Object);
                *FoundObject = Object;
                break;
            }
        }

        Component = Remaining;
        for (Index = 0; Index < Remaining.Length / sizeof(WCHAR) && Remaining.Buffer[Index] != '\\'; Index += 1) {
            NOTHING;
        }
        Component.Length = (USHORT)(Index * sizeof(WCHAR));
        Component.MaximumLength = Component.Length;
        Rest.Buffer = Remaining.Buffer + Index;
        Rest.Length = (USHORT)(Remaining.Length - Component.Length);
        Rest.MaximumLength = Rest.Length;
        Last = (BOOLEAN)(Rest.Length == 0);
        if (Component.Length == 0) {
            Status = STATUS_OBJECT_NAME_INVALID;
            break;
        }

        Object = ObpLookupDirectoryEntry(Directory, &Component, CaseInsensitive);
        if (Object == NULL) {
            if (!Last) {
                Status = STATUS_OBJECT_PATH_NOT_FOUND;
            } else if (ARGUMENT_PRESENT(InsertObject)) {
                ObpNameOnly(InsertObject, &Component);
                Status = ObpInsertDirectoryEntry(Directory, InsertObject) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
                if (NT_SUCCESS(Status)) {
                    *FoundObject = InsertObject;
                }
            } else {
                Status = STATUS_OBJECT_NAME_NOT_FOUND;
            }
            break;
        }

        Type = OBJECT_TO_OBJECT_HEADER(Object)->Type;
        if (Type->TypeInfo.ParseProcedure != NULL && !ARGUMENT_PRESENT(InsertObject) &&
            (!Last || ARGUMENT_PRESENT(ParseContext))) {
            ObReferenceObject(Object);
            ObpReleaseNamespaceLock();
            Status = ObpParse(Object, ObjectType, DesiredAccess, AccessMode, Attributes, &Rest, ParseContext,
                              &ReparseBuffer, &Remaining, FoundObject);
            ObDereferenceObject(Object);
            ObpAcquireNamespaceLock();
            if (Status != STATUS_REPARSE) {
                break;
            }
            Reparses += 1;
            if (Reparses > OB_MAXIMUM_REPARSES) {
                Status = STATUS_OBJECT_PATH_NOT_FOUND;
                break;
            }
            Directory = NULL;
            continue;
        }
        if (Type == ObpSymbolicLinkObjectType &&
            (!Last || (!ARGUMENT_PRESENT(InsertObject) && ObjectType != ObpSymbolicLinkObjectType &&
                       (Attributes & OBJ_OPENLINK) == 0))) {
            Reparses += 1;
            if (Reparses > OB_MAXIMUM_REPARSES) {
                Status = STATUS_OBJECT_PATH_NOT_FOUND;
                break;
            }
            Status = ObpReparse((POBJECT_SYMBOLIC_LINK)Object, &Rest, &ReparseBuffer, &Remaining);
            if (!NT_SUCCESS(Status)) {
                break;
            }
            Directory = NULL;
            continue;
        }
        if (Last) {
            Status = ARGUMENT_PRESENT(InsertObject) ? STATUS_OBJECT_NAME_COLLISION : STATUS_SUCCESS;
            ObReferenceObject(Object);
            *FoundObject = Object;
            break;
        }
        if (Type != ObpDirectoryObjectType) {
            Status = STATUS_OBJECT_TYPE_MISMATCH;
            break;
        }
        Directory = (POBJECT_DIRECTORY)Object;
        Remaining.Buffer = Rest.Buffer + 1;
        Remaining.Length = Rest.Length - sizeof(WCHAR);
        Remaining.MaximumLength = Remaining.Length;
        if (Remaining.Length == 0) {
            Status = STATUS_OBJECT_NAME_INVALID;
            break;
        }
    }
    ObpReleaseNamespaceLock();
    if (ReparseBuffer != NULL) {
        ExFreePool(ReparseBuffer);
    }
    if (Root != NULL) {
        ObDereferenceObject(Root);
    }
    return Status;
}

NTSTATUS
NTAPI
ZwCreateDirectoryObject(
    OUT PHANDLE DirectoryHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes
    )

/*++

Routine Description:

    Creates a directory object (named or not) and opens a handle to it.

--*/

{
    PVOID Directory;
    NTSTATUS Status;

    Status = ObCreateObject(KernelMode, ObpDirectoryObjectType, ObjectAttributes, KernelMode, NULL,
                            sizeof(OBJECT_DIRECTORY), 0, 0, &Directory);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlZeroMemory(Directory, sizeof(OBJECT_DIRECTORY));
    return ObInsertObject(Directory, NULL, DesiredAccess, 0, NULL, DirectoryHandle);
}

NTSTATUS
NTAPI
ZwOpenDirectoryObject(
    OUT PHANDLE DirectoryHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes
    )
{
    return ObOpenObjectByName(ObjectAttributes, ObpDirectoryObjectType, KernelMode, NULL, DesiredAccess, NULL,
                              DirectoryHandle);
}
