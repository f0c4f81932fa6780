/*++

Module Name:

    fatcreate.c

Abstract:

    Opening and making files and directories by path (relative to a related open directory, or from the
    root), with share access per file; the last cleanup (deleting a file to be deleted, writing out what
    changed) and close of a file's opens.

--*/

#include "fatprocs.h"

static
NTSTATUS
FatFullPath(
    IN PFILE_OBJECT FileObject,
    OUT PUNICODE_STRING Path
    )

/*++

Routine Description:

    The path from the root of the file object's name: its name as is, or appended to its related
    directory's path. The caller frees Path->Buffer.

--*/

{
    PFAT_FCB Related = FileObject->RelatedFileObject != NULL ? FileObject->RelatedFileObject->FsContext : NULL;
    ULONG Length = FileObject->FileName.Length;
    ULONG Prefix = 0;

    if (Related != NULL) {
        if (!Related->Directory) {
            return STATUS_INVALID_PARAMETER;
        }
        Prefix = Related->Root ? sizeof(WCHAR) : Related->FullName.Length + sizeof(WCHAR);
    }
    if (Prefix + Length > MAXUSHORT - sizeof(WCHAR)) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    Path->Buffer = ExAllocatePoolWithTag(NonPagedPool, Prefix + Length + sizeof(WCHAR), FAT_TAG);
    if (Path->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Related != NULL) {
        if (!Related->Root) {
            RtlCopyMemory(Path->Buffer, Related->FullName.Buffer, Related->FullName.Length);
        }
        Path->Buffer[Prefix / sizeof(WCHAR) - 1] = L'\\';
    }
    RtlCopyMemory((PUCHAR)Path->Buffer + Prefix, FileObject->FileName.Buffer, Length);
    Path->Length = (USHORT)(Prefix + Length);
    Path->MaximumLength = (USHORT)(Path->Length + sizeof(WCHAR));

    //
    // "\dir\" names the directory "\dir".
    //

    if (Path->Length > sizeof(WCHAR) && Path->Buffer[Path->Length / sizeof(WCHAR) - 1] == L'\\') {
        Path->Length -= sizeof(WCHAR);
    }
    if (Path->Length == 0) {
        Path->Buffer[0] = L'\\';
        Path->Length = sizeof(WCHAR);
    }
    return STATUS_SUCCESS;
}

static
PFAT_FCB
FatFindFcb(
    IN PFAT_VCB Vcb,
    IN PCUNICODE_STRING Path
    )
{
    PLIST_ENTRY Entry;
    PFAT_FCB Fcb;

    for (Entry = Vcb->FcbList.Flink; Entry != &Vcb->FcbList; Entry = Entry->Flink) {
        Fcb = CONTAINING_RECORD(Entry, FAT_FCB, Links);
        if (!Fcb->Deleted && RtlEqualUnicodeString(&Fcb->FullName, Path, TRUE)) {
            return Fcb;
        }
    }
    return NULL;
}

static
PFAT_FCB
FatCreateFcb(
    IN PFAT_VCB Vcb,
    IN PUNICODE_STRING Path,
    IN PFAT_DIRENT Dirent,
    IN ULONG ParentCluster,
    IN BOOLEAN IsRoot
    )

/*++

Routine Description:

    An FCB for a file found on the volume; it takes Path's buffer.

--*/

{
    PFAT_FCB Fcb = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_FCB), FAT_TAG);

    if (Fcb == NULL) {
        return NULL;
    }
    RtlZeroMemory(Fcb, sizeof(FAT_FCB));
    Fcb->FullName = *Path;
    Fcb->Root = IsRoot;
    if (IsRoot) {
        Fcb->Directory = TRUE;
        Fcb->FirstCluster = Vcb->RootCluster;
        Fcb->Attributes = FAT_ATTR_DIRECTORY;
    } else {
        Fcb->Directory = (BOOLEAN)((Dirent->Attributes & FAT_ATTR_DIRECTORY) != 0);
        Fcb->FirstCluster = Dirent->FirstCluster;
        Fcb->FileSize = Fcb->Directory ? 0 : Dirent->FileSize;
        Fcb->Attributes = Dirent->Attributes;
        Fcb->ParentCluster = ParentCluster;
        Fcb->DirentIndex = Dirent->Index;
        FatDirentTimes(Dirent, &Fcb->CreationTime, &Fcb->LastWriteTime, &Fcb->LastAccessTime);
    }
    InsertTailList(&Vcb->FcbList, &Fcb->Links);
    return Fcb;
}

static
NTSTATUS
FatLookupCanonical(
    IN PFAT_VCB Vcb,
    IN PCUNICODE_STRING Path,
    OUT PFAT_DIRENT Dirent,
    OUT PULONG ParentCluster,
    OUT PBOOLEAN IsRoot,
    OUT PUNICODE_STRING Canonical
    )

/*++

Routine Description:

    FatLookupPath with a buffer for the path as the volume spells it, which the caller frees (also on
    failure, when it is not NULL).

--*/

{
    ULONG Components = 1;
    ULONG Index;

    for (Index = 0; Index < Path->Length / sizeof(WCHAR); Index += 1) {
        Components += Path->Buffer[Index] == L'\\' ? 1 : 0;
    }
    Canonical->Length = 0;
    Canonical->Buffer = NULL;
    if (Components * (FAT_MAX_NAME + 1) * sizeof(WCHAR) > MAXUSHORT - 1) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    Canonical->MaximumLength = (USHORT)(Components * (FAT_MAX_NAME + 1) * sizeof(WCHAR));
    Canonical->Buffer = ExAllocatePoolWithTag(NonPagedPool, Canonical->MaximumLength, FAT_TAG);
    if (Canonical->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return FatLookupPath(Vcb, Path, Dirent, ParentCluster, IsRoot, Canonical);
}

static
NTSTATUS
FatCreateEntry(
    IN PFAT_VCB Vcb,
    IN PCUNICODE_STRING Path,
    IN ULONG Options,
    IN ULONG FileAttributes,
    OUT PFAT_DIRENT Dirent,
    OUT PULONG ParentCluster,
    IN OUT PUNICODE_STRING Canonical
    )

/*++

Routine Description:

    Makes the file or directory (FILE_DIRECTORY_FILE) Path names, whose directory exists and whose last
    component does not; Canonical (the caller's, freed and replaced) becomes its path as spelled.

Return Value:

    STATUS_OBJECT_PATH_NOT_FOUND when the directory does not exist or is a file;
    STATUS_OBJECT_NAME_INVALID; STATUS_DISK_FULL.

--*/

{
    UNICODE_STRING Parent = *Path;
    UNICODE_STRING Leaf;
    UNICODE_STRING Spelled;
    BOOLEAN IsRoot;
    ULONG Grandparent;
    ULONG DirCluster;
    ULONG FirstCluster = 0;
    ULONG Attributes;
    ULONG Cut;
    NTSTATUS Status;

    for (Cut = Path->Length / sizeof(WCHAR); Cut > 0 && Path->Buffer[Cut - 1] != L'\\'; Cut -= 1) {
        NOTHING;
    }
    Leaf.Buffer = Path->Buffer + Cut;
    Leaf.Length = (USHORT)(Path->Length - Cut * sizeof(WCHAR));
    Leaf.MaximumLength = Leaf.Length;
    Parent.Length = (USHORT)((Cut > 1 ? Cut - 1 : 1) * sizeof(WCHAR));
    if (!FatIsValidComponent(&Leaf)) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    if (Canonical->Buffer != NULL) {
        ExFreePoolWithTag(Canonical->Buffer, FAT_TAG);
    }
    Status = FatLookupCanonical(Vcb, &Parent, Dirent, &Grandparent, &IsRoot, Canonical);
    if (Status == STATUS_OBJECT_NAME_NOT_FOUND) {
        Status = STATUS_OBJECT_PATH_NOT_FOUND;
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (!IsRoot && (Dirent->Attributes & FAT_ATTR_DIRECTORY) == 0) {
        return STATUS_OBJECT_PATH_NOT_FOUND;
    }
    DirCluster = IsRoot || Dirent->FirstCluster == 0 ? Vcb->RootCluster : Dirent->FirstCluster;
    if ((Options & FILE_DIRECTORY_FILE) != 0) {
        Status = FatMakeDirectory(Vcb, DirCluster, &FirstCluster);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Attributes = FAT_ATTR_DIRECTORY;
    } else {
        Attributes = (FileAttributes & (FAT_ATTR_READ_ONLY | FAT_ATTR_HIDDEN | FAT_ATTR_SYSTEM)) | FAT_ATTR_ARCHIVE;
    }
    Status = FatAddEntry(Vcb, DirCluster, &Leaf, Attributes, FirstCluster, 0, Dirent);
    if (!NT_SUCCESS(Status)) {
        if (FirstCluster != 0) {
            FatFreeChain(Vcb, FirstCluster);
        }
        return Status;
    }
    *ParentCluster = DirCluster;
    Spelled.Buffer = Dirent->LongLength != 0 ? Dirent->LongName : Dirent->ShortName;
    Spelled.Length = (USHORT)((Dirent->LongLength != 0 ? Dirent->LongLength : Dirent->ShortLength) * sizeof(WCHAR));
    if (Canonical->Length == sizeof(WCHAR)) {
        Canonical->Length = 0;
    }
    Canonical->Buffer[Canonical->Length / sizeof(WCHAR)] = L'\\';
    Canonical->Length += sizeof(WCHAR);
    RtlCopyMemory((PUCHAR)Canonical->Buffer + Canonical->Length, Spelled.Buffer, Spelled.Length);
    Canonical->Length += Spelled.Length;
    return STATUS_SUCCESS;
}

NTSTATUS
FatCreate(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    IRP_MJ_CREATE on the volume: opens or makes a file or directory as the disposition says, or (for a
    rename's target, SL_OPEN_TARGET_DIRECTORY) opens the directory that would hold the name, saying whether
    the name exists.

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_OBJECT_NAME_INVALID;
    STATUS_OBJECT_NAME_COLLISION (FILE_CREATE of an existing name); STATUS_NOT_A_DIRECTORY,
    STATUS_FILE_IS_A_DIRECTORY; STATUS_SHARING_VIOLATION; STATUS_DELETE_PENDING; STATUS_ACCESS_DENIED (to
    write a read-only file or overwrite a directory); STATUS_DISK_FULL; STATUS_DISK_CORRUPT_ERROR.

--*/

{
    PFILE_OBJECT FileObject = Stack->FileObject;
    ULONG Disposition = Stack->Parameters.Create.Options >> 24;
    ULONG Options = Stack->Parameters.Create.Options & FILE_VALID_OPTION_FLAGS;
    ACCESS_MASK Access = Stack->Parameters.Create.SecurityContext->DesiredAccess;
    BOOLEAN Target = (BOOLEAN)((Stack->Flags & SL_OPEN_TARGET_DIRECTORY) != 0);
    UNICODE_STRING Path;
    UNICODE_STRING Canonical;
    FAT_DIRENT *Dirent;
    ULONG ParentCluster;
    ULONG_PTR Information = FILE_OPENED;
    ULONG Cut;
    BOOLEAN IsRoot = FALSE;
    PFAT_FCB Fcb = NULL;
    PFAT_CCB Ccb;
    NTSTATUS Status;

    Status = FatFullPath(FileObject, &Path);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Dirent = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_DIRENT), FAT_TAG);
    if (Dirent == NULL) {
        ExFreePoolWithTag(Path.Buffer, FAT_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    //
    // The FCB is found by the path as the volume spells it, which is also the name the file keeps. A rename's
    // target opens the directory that would hold the name.
    //

    Status = FatLookupCanonical(Vcb, &Path, Dirent, &ParentCluster, &IsRoot, &Canonical);
    if (Target) {
        if (NT_SUCCESS(Status) || Status == STATUS_OBJECT_NAME_NOT_FOUND) {
            Information = NT_SUCCESS(Status) ? FILE_EXISTS : FILE_DOES_NOT_EXIST;
            for (Cut = Path.Length / sizeof(WCHAR); Cut > 0 && Path.Buffer[Cut - 1] != L'\\'; Cut -= 1) {
                NOTHING;
            }
            Path.Length = (USHORT)((Cut > 1 ? Cut - 1 : 1) * sizeof(WCHAR));
            if (Canonical.Buffer != NULL) {
                ExFreePoolWithTag(Canonical.Buffer, FAT_TAG);
            }
            Status = FatLookupCanonical(Vcb, &Path, Dirent, &ParentCluster, &IsRoot, &Canonical);
            if (NT_SUCCESS(Status) && !IsRoot && (Dirent->Attributes & FAT_ATTR_DIRECTORY) == 0) {
                Status = STATUS_OBJECT_PATH_NOT_FOUND;
            }
            Options = (Options & ~FILE_NON_DIRECTORY_FILE) | FILE_DIRECTORY_FILE;
            Disposition = FILE_OPEN;
        }
    } else if (Status == STATUS_OBJECT_NAME_NOT_FOUND && Disposition != FILE_OPEN && Disposition != FILE_OVERWRITE) {
        Status = FatCreateEntry(Vcb, &Path, Options, Stack->Parameters.Create.FileAttributes, Dirent, &ParentCluster,
                                &Canonical);
        Information = FILE_CREATED;
    }
    ExFreePoolWithTag(Path.Buffer, FAT_TAG);
    if (NT_SUCCESS(Status)) {
        Fcb = FatFindFcb(Vcb, &Canonical);
        if (Fcb == NULL) {
            Path.Buffer = ExAllocatePoolWithTag(NonPagedPool, Canonical.Length, FAT_TAG);
            if (Path.Buffer != NULL) {
                RtlCopyMemory(Path.Buffer, Canonical.Buffer, Canonical.Length);
                Path.Length = Canonical.Length;
                Path.MaximumLength = Canonical.Length;
                Fcb = FatCreateFcb(Vcb, &Path, Dirent, ParentCluster, IsRoot);
                if (Fcb == NULL) {
                    ExFreePoolWithTag(Path.Buffer, FAT_TAG);
                }
            }
            Status = Fcb != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    if (Canonical.Buffer != NULL) {
        ExFreePoolWithTag(Canonical.Buffer, FAT_TAG);
    }
    ExFreePoolWithTag(Dirent, FAT_TAG);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    //
    // From here the FCB exists; one that no open keeps goes again on failure.
    //

    if (Fcb->DeletePending) {
        Status = STATUS_DELETE_PENDING;
    } else if (Disposition == FILE_CREATE && Information != FILE_CREATED) {
        Status = STATUS_OBJECT_NAME_COLLISION;
    } else if ((Options & FILE_DIRECTORY_FILE) != 0 && !Fcb->Directory) {
        Status = STATUS_NOT_A_DIRECTORY;
    } else if ((Options & FILE_NON_DIRECTORY_FILE) != 0 && Fcb->Directory) {
        Status = STATUS_FILE_IS_A_DIRECTORY;
    } else if ((Fcb->Attributes & FAT_ATTR_READ_ONLY) != 0 && Information != FILE_CREATED &&
               ((Access & (FILE_WRITE_DATA | FILE_APPEND_DATA)) != 0 || (Options & FILE_DELETE_ON_CLOSE) != 0)) {
        Status = STATUS_ACCESS_DENIED;
    } else if (Information == FILE_OPENED &&
               (Disposition == FILE_OVERWRITE || Disposition == FILE_OVERWRITE_IF || Disposition == FILE_SUPERSEDE) &&
               Fcb->Directory) {
        Status = STATUS_ACCESS_DENIED;
    } else if (Fcb->OpenCount == 0) {
        IoSetShareAccess(Access, Stack->Parameters.Create.ShareAccess, FileObject, &Fcb->ShareAccess);
    } else {
        Status = IoCheckShareAccess(Access, Stack->Parameters.Create.ShareAccess, FileObject, &Fcb->ShareAccess, TRUE);
    }
    if (NT_SUCCESS(Status) && Information == FILE_OPENED && !Target &&
        (Disposition == FILE_OVERWRITE || Disposition == FILE_OVERWRITE_IF || Disposition == FILE_SUPERSEDE)) {
        Status = FatTruncate(Vcb, Fcb, 0);
        if (NT_SUCCESS(Status)) {
            Fcb->FileSize = 0;
            Fcb->Written = TRUE;
            Status = FatUpdateEntry(Vcb, Fcb, TRUE);
        }
        Information = Disposition == FILE_SUPERSEDE ? FILE_SUPERSEDED : FILE_OVERWRITTEN;
        if (!NT_SUCCESS(Status)) {
            IoRemoveShareAccess(FileObject, &Fcb->ShareAccess);
        }
    }
    if (NT_SUCCESS(Status)) {
        Ccb = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_CCB), FAT_TAG);
        if (Ccb == NULL) {
            IoRemoveShareAccess(FileObject, &Fcb->ShareAccess);
            Status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            RtlZeroMemory(Ccb, sizeof(FAT_CCB));
            Ccb->DeleteOnClose = (BOOLEAN)((Options & FILE_DELETE_ON_CLOSE) != 0);
            Fcb->OpenCount += 1;
            Fcb->References += 1;
            if (Information == FILE_CREATED) {
                Fcb->Written = TRUE;
            }
            FileObject->FsContext = Fcb;
            FileObject->FsContext2 = Ccb;
            Irp->IoStatus.Information = Information;
            return STATUS_SUCCESS;
        }
    }
    if (Fcb->References == 0) {
        RemoveEntryList(&Fcb->Links);
        ExFreePoolWithTag(Fcb->FullName.Buffer, FAT_TAG);
        ExFreePoolWithTag(Fcb, FAT_TAG);
    }
    if (Information == FILE_CREATED) {
        FatFlushCache(Vcb);
    }
    return Status;
}

NTSTATUS
FatCleanup(
    IN PFAT_VCB Vcb,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    The last handle of a file object closed: its open no longer counts in the file's share access; a file
    to be deleted (delete on close, or its disposition set) goes with its last open, and one kept gives back
    the clusters it holds beyond its size; what changed is written to the disk.

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;
    PFAT_CCB Ccb = Stack->FileObject->FsContext2;
    NTSTATUS Status = STATUS_SUCCESS;

    if (Fcb == NULL) {
        return STATUS_SUCCESS;
    }
    IoRemoveShareAccess(Stack->FileObject, &Fcb->ShareAccess);
    Fcb->OpenCount -= 1;
    if (Ccb->DeleteOnClose && !Fcb->Root &&
        (!Fcb->Directory || FatIsDirectoryEmpty(Vcb, Fcb->FirstCluster) == STATUS_SUCCESS)) {
        Fcb->DeletePending = TRUE;
    }
    if (Fcb->OpenCount == 0 && Fcb->DeletePending && !Fcb->Deleted) {
        Status = FatRemoveEntry(Vcb, Fcb->ParentCluster, Fcb->DirentIndex);
        if (NT_SUCCESS(Status) && Fcb->FirstCluster != 0) {
            Status = FatFreeChain(Vcb, Fcb->FirstCluster);
        }
        Fcb->Deleted = TRUE;
        Fcb->Written = TRUE;
    }
    if (Fcb->OpenCount == 0 && NT_SUCCESS(Status)) {
        Status = FatTrimAllocation(Vcb, Fcb);
    }
    if (Fcb->Written) {
        Fcb->Written = FALSE;
        Status = FatFlushCache(Vcb);
    }
    return Status;
}

NTSTATUS
FatClose(
    IN PFAT_VCB Vcb,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    The file object's last reference gone: its CCB goes, and the FCB with its last file object.

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;
    PFAT_CCB Ccb = Stack->FileObject->FsContext2;

    UNREFERENCED_PARAMETER(Vcb);

    if (Ccb != NULL) {
        if (Ccb->Pattern.Buffer != NULL) {
            ExFreePoolWithTag(Ccb->Pattern.Buffer, FAT_TAG);
        }
        ExFreePoolWithTag(Ccb, FAT_TAG);
    }
    if (Fcb != NULL) {
        Fcb->References -= 1;
        if (Fcb->References == 0) {
            RemoveEntryList(&Fcb->Links);
            ExFreePoolWithTag(Fcb->FullName.Buffer, FAT_TAG);
            ExFreePoolWithTag(Fcb, FAT_TAG);
        }
    }
    return STATUS_SUCCESS;
}
