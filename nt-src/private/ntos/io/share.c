/*++

Module Name:

    share.c

Abstract:

    Share access: a file system keeps a SHARE_ACCESS per file and checks each open against it. An open that
    asks to read, write or delete conflicts with an earlier open that did not share that access, and an
    open that does not share an access conflicts with an earlier open that has it. Opens asking for none of
    the three (attributes only) never conflict and are not counted.

--*/

#include <io.h>

static
VOID
IopRecordAccess(
    IN ACCESS_MASK DesiredAccess,
    IN ULONG DesiredShareAccess,
    IN OUT PFILE_OBJECT FileObject
    )
{
    FileObject->ReadAccess = (BOOLEAN)((DesiredAccess & (FILE_READ_DATA | FILE_EXECUTE)) != 0);
    FileObject->WriteAccess = (BOOLEAN)((DesiredAccess & (FILE_WRITE_DATA | FILE_APPEND_DATA)) != 0);
    FileObject->DeleteAccess = (BOOLEAN)((DesiredAccess & DELETE) != 0);
    FileObject->SharedRead = (BOOLEAN)((DesiredShareAccess & FILE_SHARE_READ) != 0);
    FileObject->SharedWrite = (BOOLEAN)((DesiredShareAccess & FILE_SHARE_WRITE) != 0);
    FileObject->SharedDelete = (BOOLEAN)((DesiredShareAccess & FILE_SHARE_DELETE) != 0);
}

static
BOOLEAN
IopCountsAccess(
    IN PFILE_OBJECT FileObject
    )
{
    return (BOOLEAN)(FileObject->ReadAccess || FileObject->WriteAccess || FileObject->DeleteAccess);
}

static
VOID
IopAddShareAccess(
    IN PFILE_OBJECT FileObject,
    IN OUT PSHARE_ACCESS ShareAccess,
    IN LONG Increment
    )
{
    ShareAccess->OpenCount += Increment;
    ShareAccess->Readers += FileObject->ReadAccess ? Increment : 0;
    ShareAccess->Writers += FileObject->WriteAccess ? Increment : 0;
    ShareAccess->Deleters += FileObject->DeleteAccess ? Increment : 0;
    ShareAccess->SharedRead += FileObject->SharedRead ? Increment : 0;
    ShareAccess->SharedWrite += FileObject->SharedWrite ? Increment : 0;
    ShareAccess->SharedDelete += FileObject->SharedDelete ? Increment : 0;
}

NTSTATUS
NTAPI
IoCheckShareAccess(
    IN ACCESS_MASK DesiredAccess,
    IN ULONG DesiredShareAccess,
    IN OUT PFILE_OBJECT FileObject,
    IN OUT PSHARE_ACCESS ShareAccess,
    IN BOOLEAN Update
    )

/*++

Routine Description:

    Checks an open of FileObject (DesiredAccess mapped, DesiredShareAccess FILE_SHARE_*) against the file's
    share access, records its access and sharing in the file object, and with Update counts it in
    ShareAccess when it does not conflict. The caller holds the file's lock.

Return Value:

    STATUS_SHARING_VIOLATION when the open conflicts with the file's other opens.

--*/

{
    IopRecordAccess(DesiredAccess, DesiredShareAccess, FileObject);
    if (!IopCountsAccess(FileObject)) {
        return STATUS_SUCCESS;
    }
    if ((FileObject->ReadAccess && ShareAccess->SharedRead < ShareAccess->OpenCount) ||
        (FileObject->WriteAccess && ShareAccess->SharedWrite < ShareAccess->OpenCount) ||
        (FileObject->DeleteAccess && ShareAccess->SharedDelete < ShareAccess->OpenCount) ||
        (ShareAccess->Readers != 0 && !FileObject->SharedRead) ||
        (ShareAccess->Writers != 0 && !FileObject->SharedWrite) ||
        (ShareAccess->Deleters != 0 && !FileObject->SharedDelete)) {
        return STATUS_SHARING_VIOLATION;
    }
    if (Update) {
        IopAddShareAccess(FileObject, ShareAccess, 1);
    }
    return STATUS_SUCCESS;
}

VOID
NTAPI
IoSetShareAccess(
    IN ACCESS_MASK DesiredAccess,
    IN ULONG DesiredShareAccess,
    IN OUT PFILE_OBJECT FileObject,
    OUT PSHARE_ACCESS ShareAccess
    )

/*++

Routine Description:

    Starts a file's share access with its first open.

--*/

{
    RtlZeroMemory(ShareAccess, sizeof(SHARE_ACCESS));
    IopRecordAccess(DesiredAccess, DesiredShareAccess, FileObject);
    if (IopCountsAccess(FileObject)) {
        IopAddShareAccess(FileObject, ShareAccess, 1);
    }
}

VOID
NTAPI
IoUpdateShareAccess(
    IN PFILE_OBJECT FileObject,
    IN OUT PSHARE_ACCESS ShareAccess
    )

/*++

Routine Description:

    Counts an open IoCheckShareAccess (without Update) found no conflict for.

--*/

{
    if (IopCountsAccess(FileObject)) {
        IopAddShareAccess(FileObject, ShareAccess, 1);
    }
}

VOID
NTAPI
IoRemoveShareAccess(
    IN PFILE_OBJECT FileObject,
    IN OUT PSHARE_ACCESS ShareAccess
    )

/*++

Routine Description:

    Takes a closing open (its cleanup) out of the file's share access.

--*/

{
    if (IopCountsAccess(FileObject)) {
        IopAddShareAccess(FileObject, ShareAccess, -1);
    }
}
