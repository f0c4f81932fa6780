/*++

Module Name:

    obcreate.c

Abstract:

    Creating objects: object types (ObCreateObjectType), objects of a type (ObCreateObject: header, optional
    name information and body in one pool block, one reference, no handle, not yet in the namespace) and
    their insertion (ObInsertObject: the name entered in its directory, then a handle), and deleting an object
    whose last reference went.

--*/

#include <ob.h>

#define OB_TYPE_TAG 'TjbO'
#define OB_NAME_TAG 'mNbO'

NTSTATUS
ObpAllocateObject(
    IN POBJECT_TYPE ObjectType,
    IN PCUNICODE_STRING Name OPTIONAL,
    IN ULONG Attributes,
    IN KPROCESSOR_MODE OwnershipMode,
    IN ULONG ObjectBodySize,
    OUT POBJECT_HEADER *Header
    )

/*++

Routine Description:

    Allocates an object of ObjectType (NULL only for the Type type itself, which is its own type) with one
    reference; with a Name, the name information holds a copy of it.

--*/

{
    ULONG NameInfoSize = ARGUMENT_PRESENT(Name) ? sizeof(OBJECT_HEADER_NAME_INFO) : 0;
    ULONG Size = NameInfoSize + FIELD_OFFSET(OBJECT_HEADER, Body) + ObjectBodySize;
    PUCHAR Block;
    POBJECT_HEADER NewHeader;
    POBJECT_HEADER_NAME_INFO NameInfo;

    Block = ExAllocatePoolWithTag(ObjectType != NULL ? ObjectType->TypeInfo.PoolType : NonPagedPool, Size,
                                  ObjectType != NULL ? ObjectType->Key : OB_TYPE_TAG);
    if (Block == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(Block, Size);
    NewHeader = (POBJECT_HEADER)(Block + NameInfoSize);
    if (ARGUMENT_PRESENT(Name)) {
        NameInfo = (POBJECT_HEADER_NAME_INFO)Block;
        NameInfo->Name.Buffer = ExAllocatePoolWithTag(NonPagedPool, Name->Length + sizeof(WCHAR), OB_NAME_TAG);
        if (NameInfo->Name.Buffer == NULL) {
            ExFreePool(Block);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlCopyMemory(NameInfo->Name.Buffer, Name->Buffer, Name->Length);
        NameInfo->Name.Buffer[Name->Length / sizeof(WCHAR)] = 0;
        NameInfo->Name.Length = Name->Length;
        NameInfo->Name.MaximumLength = (USHORT)(Name->Length + sizeof(WCHAR));
        NewHeader->NameInfoOffset = (UCHAR)NameInfoSize;
    }
    NewHeader->PointerCount = 1;
    NewHeader->HandleCount = 0;
    NewHeader->Type = ObjectType;
    NewHeader->Attributes = Attributes;
    if (OwnershipMode == KernelMode) {
        NewHeader->Flags |= OB_FLAG_KERNEL_OBJECT;
    }
    if (ObjectType != NULL) {
        InterlockedIncrement((PLONG)&ObjectType->TotalNumberOfObjects);
    }
    *Header = NewHeader;
    return STATUS_SUCCESS;
}

VOID
ObpDeleteObject(
    IN POBJECT_HEADER Header
    )

/*++

Routine Description:

    At PASSIVE_LEVEL, for an object whose last reference went: its type's delete procedure, then its memory.
    Its name left the namespace when its last handle closed (or when it was made temporary).

--*/

{
    POBJECT_TYPE Type = Header->Type;
    POBJECT_HEADER_NAME_INFO NameInfo = OBJECT_HEADER_TO_NAME_INFO(Header);

    if (Type->TypeInfo.DeleteProcedure != NULL) {
        Type->TypeInfo.DeleteProcedure(&Header->Body);
    }
    InterlockedDecrement((PLONG)&Type->TotalNumberOfObjects);
    if (NameInfo != NULL) {
        if (NameInfo->Directory != NULL) {
            KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_INVALID_PARAMETER, (ULONG_PTR)&Header->Body,
                         (ULONG_PTR)NameInfo->Directory, 0);
        }
        ExFreePoolWithTag(NameInfo->Name.Buffer, OB_NAME_TAG);
        ExFreePool(NameInfo);
    } else {
        ExFreePool(Header);
    }
}

NTSTATUS
ObCreateObjectType(
    IN PUNICODE_STRING TypeName,
    IN POBJECT_TYPE_INITIALIZER ObjectTypeInitializer,
    IN PSECURITY_DESCRIPTOR SecurityDescriptor OPTIONAL,
    OUT POBJECT_TYPE *ObjectType
    )

/*++

Routine Description:

    Creates an object type: a permanent object of the Type type, entered in \ObjectTypes under TypeName (once
    that directory exists; Phase 0 enters the first two types itself).

Return Value:

    STATUS_OBJECT_NAME_COLLISION when a type of that name exists; STATUS_INVALID_PARAMETER for a bad
    initializer or name.

--*/

{
    POBJECT_HEADER Header;
    POBJECT_TYPE Type;
    NTSTATUS Status;
    ULONG Index;

    UNREFERENCED_PARAMETER(SecurityDescriptor);

    if (TypeName == NULL || TypeName->Length == 0 || (TypeName->Length & 1) != 0 ||
        ObjectTypeInitializer == NULL || ObjectTypeInitializer->Length != sizeof(OBJECT_TYPE_INITIALIZER)) {
        return STATUS_INVALID_PARAMETER;
    }
    for (Index = 0; Index < TypeName->Length / sizeof(WCHAR); Index += 1) {
        if (TypeName->Buffer[Index] == '\\') {
            return STATUS_OBJECT_NAME_INVALID;
        }
    }
    Status = ObpAllocateObject(ObpTypeObjectType, TypeName, OBJ_PERMANENT, KernelMode, sizeof(OBJECT_TYPE), &Header);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Type = (POBJECT_TYPE)&Header->Body;
    if (ObpTypeObjectType == NULL) {
        Header->Type = Type;
        Type->TotalNumberOfObjects = 1;
    }
    Type->Name = OBJECT_HEADER_TO_NAME_INFO(Header)->Name;
    Type->TypeInfo = *ObjectTypeInitializer;

    //
    // The pool tag of its objects reads "Ob" and the first two letters of the name in memory.
    //

    Type->Key = (ULONG)'O' | ((ULONG)'b' << 8) | ((ULONG)(UCHAR)Type->Name.Buffer[0] << 16) |
                ((ULONG)(UCHAR)Type->Name.Buffer[Type->Name.Length > sizeof(WCHAR) ? 1 : 0] << 24);
    Header->Flags |= OB_FLAG_PERMANENT | OB_FLAG_INSERTED;

    if (ObpTypeDirectoryObject != NULL) {
        ObpAcquireNamespaceLock();
        if (ObpLookupDirectoryEntry(ObpTypeDirectoryObject, TypeName, TRUE) != NULL) {
            ObpReleaseNamespaceLock();
            Header->Flags &= ~OB_FLAG_PERMANENT;
            ObDereferenceObject(Type);
            return STATUS_OBJECT_NAME_COLLISION;
        }
        ObpInsertDirectoryEntry(ObpTypeDirectoryObject, Type);
        ObpReleaseNamespaceLock();
    }
    *ObjectType = Type;
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ObCreateObject(
    IN KPROCESSOR_MODE ProbeMode,
    IN POBJECT_TYPE ObjectType,
    IN POBJECT_ATTRIBUTES ObjectAttributes OPTIONAL,
    IN KPROCESSOR_MODE OwnershipMode,
    IN OUT PVOID ParseContext OPTIONAL,
    IN ULONG ObjectBodySize,
    IN ULONG PagedPoolCharge,
    IN ULONG NonPagedPoolCharge,
    OUT PVOID *Object
    )

/*++

Routine Description:

    Allocates an object of ObjectType with one reference (the caller's) and no handle. A name in
    ObjectAttributes is kept for ObInsertObject, which enters it in the namespace.

Return Value:

    STATUS_INVALID_PARAMETER for attributes of a wrong length or flags the type does not allow;
    STATUS_OBJECT_NAME_INVALID for a name of an odd length.

--*/

{
    PUNICODE_STRING Name = NULL;
    ULONG Attributes = 0;
    POBJECT_HEADER Header;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(ProbeMode);
    UNREFERENCED_PARAMETER(ParseContext);
    UNREFERENCED_PARAMETER(PagedPoolCharge);
    UNREFERENCED_PARAMETER(NonPagedPoolCharge);

    if (ARGUMENT_PRESENT(ObjectAttributes)) {
        if (ObjectAttributes->Length != sizeof(OBJECT_ATTRIBUTES) ||
            (ObjectAttributes->Attributes & ~OBJ_VALID_ATTRIBUTES) != 0 ||
            (ObjectAttributes->Attributes & ObjectType->TypeInfo.InvalidAttributes) != 0) {
            return STATUS_INVALID_PARAMETER;
        }
        Attributes = ObjectAttributes->Attributes;
        if (ObjectAttributes->ObjectName != NULL && ObjectAttributes->ObjectName->Length != 0) {
            Name = ObjectAttributes->ObjectName;
            if ((Name->Length & 1) != 0 || Name->Buffer == NULL) {
                return STATUS_OBJECT_NAME_INVALID;
            }
        } else if (ObjectAttributes->RootDirectory != NULL) {
            return STATUS_OBJECT_NAME_INVALID;
        }
    }
    Status = ObpAllocateObject(ObjectType, Name, Attributes, OwnershipMode, ObjectBodySize, &Header);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (Name != NULL) {
        Header->RootDirectory = ObjectAttributes->RootDirectory;
    }
    *Object = &Header->Body;
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ObInsertObject(
    IN PVOID Object,
    IN PACCESS_STATE PassedAccessState OPTIONAL,
    IN ACCESS_MASK DesiredAccess,
    IN ULONG ObjectPointerBias,
    OUT PVOID *NewObject OPTIONAL,
    OUT PHANDLE Handle OPTIONAL
    )

/*++

Routine Description:

    Enters a new object's name (if it has one) in the namespace and opens a handle to it with DesiredAccess.
    The caller's reference from ObCreateObject is consumed, on failure too (the object is then deleted);
    NewObject, when given, receives the object with a reference of its own, plus ObjectPointerBias more. A
    permanent object (OBJ_PERMANENT) keeps a reference for its name.

Return Value:

    STATUS_OBJECT_NAME_COLLISION when the name exists; with OBJ_OPENIF, STATUS_OBJECT_NAME_EXISTS and a handle
    to (and NewObject set to) the existing object, or STATUS_OBJECT_TYPE_MISMATCH when that object is of
    another type. The lookup's own failures: STATUS_OBJECT_PATH_NOT_FOUND, STATUS_OBJECT_NAME_INVALID,
    STATUS_OBJECT_PATH_SYNTAX_BAD, STATUS_INVALID_HANDLE (a bad root directory).

--*/

{
    POBJECT_HEADER Header = OBJECT_TO_OBJECT_HEADER(Object);
    POBJECT_HEADER_NAME_INFO NameInfo = OBJECT_HEADER_TO_NAME_INFO(Header);
    PVOID Found = NULL;
    PVOID Result = Object;
    NTSTATUS Status = STATUS_SUCCESS;
    NTSTATUS Success = STATUS_SUCCESS;
    ULONG Bias;

    UNREFERENCED_PARAMETER(PassedAccessState);

    Header->Flags |= OB_FLAG_INSERTED;
    if (NameInfo != NULL) {
        Status = ObpLookupObjectName(Header->RootDirectory, &NameInfo->Name, Header->Attributes, Header->Type,
                                     KernelMode, Object, NULL, &Found);
        Header->RootDirectory = NULL;
        if (Status == STATUS_OBJECT_NAME_COLLISION && (Header->Attributes & OBJ_OPENIF) != 0) {
            Status = OBJECT_TO_OBJECT_HEADER(Found)->Type == Header->Type ? STATUS_SUCCESS : STATUS_OBJECT_TYPE_MISMATCH;
            Success = STATUS_OBJECT_NAME_EXISTS;
            ObDereferenceObject(Object);
            Result = Found;
        } else if (!NT_SUCCESS(Status)) {
            if (Found != NULL) {
                ObDereferenceObject(Found);
            }
            ObDereferenceObject(Object);
            return Status;
        } else if ((Header->Attributes & OBJ_PERMANENT) != 0) {
            Header->Flags |= OB_FLAG_PERMANENT;
            ObReferenceObject(Object);
        }
    }

    //
    // Result holds one reference here: the creator's, or the lookup's on the existing object.
    //

    if (NT_SUCCESS(Status) && ARGUMENT_PRESENT(Handle)) {
        Status = ObpCreateHandle(Result == Object ? ObCreateHandle : ObOpenHandle, Result, DesiredAccess,
                                 Header->Attributes & (OBJ_INHERIT | OBJ_KERNEL_HANDLE), KernelMode, Handle);
        if (!NT_SUCCESS(Status) && Result == Object && NameInfo != NULL) {
            if ((Header->Flags & OB_FLAG_PERMANENT) != 0) {
                Header->Flags &= ~OB_FLAG_PERMANENT;
                ObDereferenceObject(Object);
            }
            ObpAcquireNamespaceLock();
            ObpRemoveObjectName(Object);
            ObpReleaseNamespaceLock();
        }
    }
    if (NT_SUCCESS(Status) && ARGUMENT_PRESENT(NewObject)) {
        ObReferenceObject(Result);
        for (Bias = 0; Bias < ObjectPointerBias; Bias += 1) {
            ObReferenceObject(Result);
        }
        *NewObject = Result;
    }
    ObDereferenceObject(Result);
    return NT_SUCCESS(Status) ? Success : Status;
}
