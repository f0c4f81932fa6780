/*++

Module Name:

    fatcreate.c

Abstract:

    Opening files and directories by path (relative to a related open directory, or from the root), with
    share access per file; the last cleanup and close of a file's opens. This driver reads volumes: an open
    that would create, overwrite or change anything fails with STATUS_MEDIA_WRITE_PROTECTED.

--*/

#include "fatprocs.h"

#define FAT_WRITE_ACCESS (FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_WRITE_EA | FILE_WRITE_ATTRIBUTES | DELETE | \
                          WRITE_DAC | WRITE_OWNER)

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
        if (RtlEqualUnicodeString(&Fcb->FullName, Path, TRUE)) {
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

NTSTATUS
FatCreate(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    IRP_MJ_CREATE on the volume: opens an existing file or directory (FILE_OPEN, FILE_OPEN_IF).

Return Value:

    STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_OBJECT_NAME_INVALID;
    STATUS_OBJECT_NAME_COLLISION (FILE_CREATE of an existing name); STATUS_NOT_A_DIRECTORY,
    STATUS_FILE_IS_A_DIRECTORY; STATUS_SHARING_VIOLATION; STATUS_MEDIA_WRITE_PROTECTED for what would write;
    STATUS_DISK_CORRUPT_ERROR.

--*/

{
    PFILE_OBJECT FileObject = Stack->FileObject;
    ULONG Disposition = Stack->Parameters.Create.Options >> 24;
    ULONG Options = Stack->Parameters.Create.Options & FILE_VALID_OPTION_FLAGS;
    ACCESS_MASK Access = Stack->Parameters.Create.SecurityContext->DesiredAccess;
    UNICODE_STRING Path;
    UNICODE_STRING Canonical;
    ULONG Components;
    ULONG Index;
    FAT_DIRENT *Dirent;
    ULONG ParentCluster;
    BOOLEAN IsRoot;
    PFAT_FCB Fcb;
    PFAT_CCB Ccb;
    NTSTATUS Status;

    if ((Stack->Flags & SL_OPEN_TARGET_DIRECTORY) != 0) {
        return STATUS_MEDIA_WRITE_PROTECTED;
    }
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
    // The FCB is found by the path as the volume spells it, which is also the name the file keeps.
    //

    Components = 1;
    for (Index = 0; Index < Path.Length / sizeof(WCHAR); Index += 1) {
        Components += Path.Buffer[Index] == L'\\' ? 1 : 0;
    }
    Fcb = NULL;
    Canonical.Length = 0;
    Canonical.Buffer = NULL;
    if (Components * (FAT_MAX_NAME + 1) * sizeof(WCHAR) > MAXUSHORT - 1) {
        Status = STATUS_OBJECT_NAME_INVALID;
    } else {
        Canonical.MaximumLength = (USHORT)(Components * (FAT_MAX_NAME + 1) * sizeof(WCHAR));
        Canonical.Buffer = ExAllocatePoolWithTag(NonPagedPool, Canonical.MaximumLength, FAT_TAG);
        Status = Canonical.Buffer != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
    }
    if (NT_SUCCESS(Status)) {
        Status = FatLookupPath(Vcb, &Path, Dirent, &ParentCluster, &IsRoot, &Canonical);
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
    if (Status == STATUS_OBJECT_NAME_NOT_FOUND && Disposition != FILE_OPEN && Disposition != FILE_OVERWRITE) {
        return STATUS_MEDIA_WRITE_PROTECTED;
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    //
    // From here the FCB exists; one that no open keeps goes again on failure.
    //

    if (Disposition == FILE_CREATE) {
        Status = STATUS_OBJECT_NAME_COLLISION;
    } else if ((Options & FILE_DIRECTORY_FILE) != 0 && !Fcb->Directory) {
        Status = STATUS_NOT_A_DIRECTORY;
    } else if ((Options & FILE_NON_DIRECTORY_FILE) != 0 && Fcb->Directory) {
        Status = STATUS_FILE_IS_A_DIRECTORY;
    } else if (Disposition == FILE_OVERWRITE || Disposition == FILE_OVERWRITE_IF || Disposition == FILE_SUPERSEDE ||
               (Access & FAT_WRITE_ACCESS) != 0 || (Options & FILE_DELETE_ON_CLOSE) != 0) {
        Status = STATUS_MEDIA_WRITE_PROTECTED;
    } else if (Fcb->OpenCount == 0) {
        IoSetShareAccess(Access, Stack->Parameters.Create.ShareAccess, FileObject, &Fcb->ShareAccess);
    } else {
        Status = IoCheckShareAccess(Access, Stack->Parameters.Create.ShareAccess, FileObject, &Fcb->ShareAccess, TRUE);
    }
    if (NT_SUCCESS(Status)) {
        Ccb = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_CCB), FAT_TAG);
        if (Ccb == NULL) {
            IoRemoveShareAccess(FileObject, &Fcb->ShareAccess);
            Status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            RtlZeroMemory(Ccb, sizeof(FAT_CCB));
            Fcb->OpenCount += 1;
            Fcb->References += 1;
            FileObject->FsContext = Fcb;
            FileObject->FsContext2 = Ccb;
            Irp->IoStatus.Information = FILE_OPENED;
            return STATUS_SUCCESS;
        }
    }
    if (Fcb->References == 0) {
        RemoveEntryList(&Fcb->Links);
        ExFreePoolWithTag(Fcb->FullName.Buffer, FAT_TAG);
        ExFreePoolWithTag(Fcb, FAT_TAG);
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

    The last handle of a file object closed: its open no longer counts in the file's share access.

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;

    UNREFERENCED_PARAMETER(Vcb);

    if (Fcb != NULL) {
        IoRemoveShareAccess(Stack->FileObject, &Fcb->ShareAccess);
        Fcb->OpenCount -= 1;
    }
    return STATUS_SUCCESS;
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
