/*++

Module Name:

    fatfile.c

Abstract:

    Reading files along their cluster chains, and the information of files, directories (their entries, by
    pattern) and the volume.

--*/

#include "fatprocs.h"

static
ULONG
FatFileAttributes(
    IN ULONG FatAttributes
    )
{
    ULONG Attributes = FatAttributes & (FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM |
                                        FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_ARCHIVE);

    return Attributes != 0 ? Attributes : FILE_ATTRIBUTE_NORMAL;
}

NTSTATUS
FatRead(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    Reads a file's bytes from ByteOffset, at most to its end, into the caller's buffer.

Return Value:

    STATUS_END_OF_FILE at or past the end; STATUS_INVALID_DEVICE_REQUEST for a directory;
    STATUS_FILE_CORRUPT_ERROR when the chain ends before the file's size or leaves the volume.

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;
    LARGE_INTEGER Offset = Stack->Parameters.Read.ByteOffset;
    ULONG Length = Stack->Parameters.Read.Length;
    PUCHAR Buffer = Irp->UserBuffer;
    ULONG Cluster;
    ULONG Position;
    ULONG Done = 0;
    ULONG Within;
    ULONG Sector;
    ULONG Chunk;
    PUCHAR Data;
    NTSTATUS Status;

    if (Fcb->Directory) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (Offset.HighPart != 0 || Offset.LowPart >= Fcb->FileSize) {
        return STATUS_END_OF_FILE;
    }
    if (Length > Fcb->FileSize - Offset.LowPart) {
        Length = Fcb->FileSize - Offset.LowPart;
    }
    if (Length == 0) {
        return STATUS_SUCCESS;
    }
    if (Buffer == NULL && Irp->MdlAddress != NULL) {
        Buffer = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority);
    }
    if (Buffer == NULL) {
        return STATUS_INVALID_USER_BUFFER;
    }

    //
    // The cluster holding the first byte, then runs of whole sectors straight from the disk and partial sectors
    // through the cache.
    //

    Status = FatClusterAt(Vcb, Fcb, Offset.LowPart / Vcb->ClusterSize, &Cluster);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Position = Offset.LowPart;
    while (Done < Length) {
        if (Cluster < 2 || Cluster >= Vcb->ClusterCount + 2) {
            return STATUS_FILE_CORRUPT_ERROR;
        }
        Within = Position % Vcb->ClusterSize;
        if (Within % Vcb->BytesPerSector == 0 && Length - Done >= Vcb->BytesPerSector) {
            Status = FatFileRun(Vcb, &Cluster, Position, Length - Done, &Sector, &Chunk);
            if (NT_SUCCESS(Status)) {
                Status = FatTransferSectors(Vcb, Sector, Chunk / Vcb->BytesPerSector, Buffer + Done, FALSE);
            }
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
        } else {
            Sector = FatClusterToSector(Vcb, Cluster) + Within / Vcb->BytesPerSector;
            Status = FatReadSector(Vcb, Sector, &Data);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            Chunk = Vcb->BytesPerSector - Within % Vcb->BytesPerSector;
            if (Chunk > Length - Done) {
                Chunk = Length - Done;
            }
            RtlCopyMemory(Buffer + Done, Data + Within % Vcb->BytesPerSector, Chunk);
        }
        Done += Chunk;
        Position += Chunk;
        if (Done < Length && Position % Vcb->ClusterSize == 0) {
            Status = FatGetFatEntry(Vcb, Cluster, &Cluster);
            if (!NT_SUCCESS(Status) || FatIsEndOfChain(Vcb, Cluster)) {
                return STATUS_FILE_CORRUPT_ERROR;
            }
        }
    }
    Irp->IoStatus.Information = Done;
    return STATUS_SUCCESS;
}

static
ULONG
FatAllocationSize(
    IN PFAT_VCB Vcb,
    IN ULONG FileSize
    )
{
    return (FileSize + Vcb->ClusterSize - 1) / Vcb->ClusterSize * Vcb->ClusterSize;
}

NTSTATUS
FatQueryInformation(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    FileBasicInformation, FileStandardInformation, FileInternalInformation and FileNameInformation (the
    path from the volume's root; STATUS_BUFFER_OVERFLOW with what fits).

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;
    PVOID Buffer = Irp->AssociatedIrp.SystemBuffer;
    ULONG Length = Stack->Parameters.QueryFile.Length;
    PFILE_BASIC_INFORMATION Basic;
    PFILE_STANDARD_INFORMATION Standard;
    PFILE_NAME_INFORMATION Name;
    ULONG Room;
    ULONG Last;
    ULONG Clusters;
    NTSTATUS Status;

    switch (Stack->Parameters.QueryFile.FileInformationClass) {
    case FileBasicInformation:
        Basic = Buffer;
        Basic->CreationTime = Fcb->CreationTime;
        Basic->LastAccessTime = Fcb->LastAccessTime;
        Basic->LastWriteTime = Fcb->LastWriteTime;
        Basic->ChangeTime = Fcb->LastWriteTime;
        Basic->FileAttributes = FatFileAttributes(Fcb->Attributes);
        Irp->IoStatus.Information = sizeof(FILE_BASIC_INFORMATION);
        return STATUS_SUCCESS;

    case FileStandardInformation:
        Standard = Buffer;
        Standard->AllocationSize.QuadPart = FatAllocationSize(Vcb, Fcb->FileSize);
        if (Fcb->Preallocated) {
            Status = FatLastCluster(Vcb, Fcb->FirstCluster, &Last, &Clusters);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            Standard->AllocationSize.QuadPart = (LONGLONG)Clusters * Vcb->ClusterSize;
        }
        Standard->EndOfFile.QuadPart = Fcb->FileSize;
        Standard->NumberOfLinks = 1;
        Standard->DeletePending = FALSE;
        Standard->Directory = Fcb->Directory;
        Irp->IoStatus.Information = sizeof(FILE_STANDARD_INFORMATION);
        return STATUS_SUCCESS;

    case FileInternalInformation:
        ((PFILE_INTERNAL_INFORMATION)Buffer)->IndexNumber.HighPart = (LONG)Fcb->ParentCluster;
        ((PFILE_INTERNAL_INFORMATION)Buffer)->IndexNumber.LowPart = Fcb->Root ? MAXULONG : Fcb->DirentIndex;
        Irp->IoStatus.Information = sizeof(FILE_INTERNAL_INFORMATION);
        return STATUS_SUCCESS;

    case FileNameInformation:
        Name = Buffer;
        Name->FileNameLength = Fcb->FullName.Length;
        Room = Length - FIELD_OFFSET(FILE_NAME_INFORMATION, FileName);
        if (Room < Fcb->FullName.Length) {
            RtlCopyMemory(Name->FileName, Fcb->FullName.Buffer, Room);
            Irp->IoStatus.Information = Length;
            return STATUS_BUFFER_OVERFLOW;
        }
        RtlCopyMemory(Name->FileName, Fcb->FullName.Buffer, Fcb->FullName.Length);
        Irp->IoStatus.Information = FIELD_OFFSET(FILE_NAME_INFORMATION, FileName) + Fcb->FullName.Length;
        return STATUS_SUCCESS;

    default:
        return STATUS_INVALID_PARAMETER;
    }
}

static
ULONG
FatDirectoryEntrySize(
    IN FILE_INFORMATION_CLASS Class
    )

/*++

Return Value:

    The bytes of a directory information class's entry before its name.

--*/

{
    switch (Class) {
    case FileDirectoryInformation:
        return FIELD_OFFSET(FILE_DIRECTORY_INFORMATION, FileName);
    case FileFullDirectoryInformation:
        return FIELD_OFFSET(FILE_FULL_DIR_INFORMATION, FileName);
    case FileBothDirectoryInformation:
        return FIELD_OFFSET(FILE_BOTH_DIR_INFORMATION, FileName);
    default:
        return FIELD_OFFSET(FILE_NAMES_INFORMATION, FileName);
    }
}

static
VOID
FatFillDirectoryEntry(
    IN PFAT_VCB Vcb,
    IN FILE_INFORMATION_CLASS Class,
    IN PFAT_DIRENT Dirent,
    OUT PUCHAR Entry,
    IN ULONG Room
    )

/*++

Routine Description:

    One entry of the class for Dirent: the fixed part, then as much of the name (the long one if there is
    one) as Room bytes of name allow.

--*/

{
    PCWSTR Name = Dirent->LongLength != 0 ? Dirent->LongName : Dirent->ShortName;
    ULONG NameBytes = (Dirent->LongLength != 0 ? Dirent->LongLength : Dirent->ShortLength) * sizeof(WCHAR);
    ULONG Fixed = FatDirectoryEntrySize(Class);
    PFILE_DIRECTORY_INFORMATION Directory = (PFILE_DIRECTORY_INFORMATION)Entry;
    PFILE_BOTH_DIR_INFORMATION Both = (PFILE_BOTH_DIR_INFORMATION)Entry;
    PFILE_NAMES_INFORMATION Names = (PFILE_NAMES_INFORMATION)Entry;
    ULONG Size = (Dirent->Attributes & FAT_ATTR_DIRECTORY) != 0 ? 0 : Dirent->FileSize;

    RtlZeroMemory(Entry, Fixed);
    if (Class == FileNamesInformation) {
        Names->FileIndex = Dirent->Index;
        Names->FileNameLength = NameBytes;
    } else {
        Directory->FileIndex = Dirent->Index;
        FatDirentTimes(Dirent, &Directory->CreationTime, &Directory->LastWriteTime, &Directory->LastAccessTime);
        Directory->ChangeTime = Directory->LastWriteTime;
        Directory->EndOfFile.QuadPart = Size;
        Directory->AllocationSize.QuadPart = FatAllocationSize(Vcb, Size);
        Directory->FileAttributes = FatFileAttributes(Dirent->Attributes);
        Directory->FileNameLength = NameBytes;
        if (Class == FileBothDirectoryInformation && Dirent->LongLength != 0) {
            Both->ShortNameLength = (CCHAR)(Dirent->ShortLength * sizeof(WCHAR));
            RtlCopyMemory(Both->ShortName, Dirent->ShortName, Dirent->ShortLength * sizeof(WCHAR));
        }
    }
    RtlCopyMemory(Entry + Fixed, Name, NameBytes < Room ? NameBytes : Room);
}

NTSTATUS
FatQueryDirectory(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    IRP_MN_QUERY_DIRECTORY: the directory's next entries matching the handle's pattern (given with its
    first query; "*" or none: every entry), as many as fit (one with SL_RETURN_SINGLE_ENTRY), each 8-byte
    aligned. A first entry too long for the buffer is returned cut short with STATUS_BUFFER_OVERFLOW.

Return Value:

    STATUS_NO_MORE_FILES after the last entry; STATUS_NO_SUCH_FILE when a first query's pattern matches
    nothing; STATUS_INVALID_PARAMETER on a file; STATUS_INVALID_INFO_CLASS.

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;
    PFAT_CCB Ccb = Stack->FileObject->FsContext2;
    FILE_INFORMATION_CLASS Class = Stack->Parameters.QueryDirectory.FileInformationClass;
    PUNICODE_STRING Pattern = Stack->Parameters.QueryDirectory.FileName;
    ULONG Length = Stack->Parameters.QueryDirectory.Length;
    PUCHAR Buffer = Irp->UserBuffer;
    ULONG DirCluster = Fcb->Root ? Vcb->RootCluster : Fcb->FirstCluster;
    BOOLEAN First = FALSE;
    PFAT_DIRENT Dirent;
    ULONG Used = 0;
    ULONG Previous = MAXULONG;
    ULONG Before;
    ULONG Needed;
    ULONG NameBytes;
    NTSTATUS Status = STATUS_SUCCESS;

    if (!Fcb->Directory) {
        return STATUS_INVALID_PARAMETER;
    }
    if (Class != FileDirectoryInformation && Class != FileFullDirectoryInformation &&
        Class != FileBothDirectoryInformation && Class != FileNamesInformation) {
        return STATUS_INVALID_INFO_CLASS;
    }
    if (Buffer == NULL && Irp->MdlAddress != NULL) {
        Buffer = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority);
    }
    if (!Ccb->Enumerating || (Stack->Flags & SL_RESTART_SCAN) != 0) {
        First = TRUE;
        Ccb->NextIndex = 0;
        if (!Ccb->Enumerating && Pattern != NULL && Pattern->Length != 0) {
            Ccb->Pattern.Buffer = ExAllocatePoolWithTag(NonPagedPool, Pattern->Length, FAT_TAG);
            if (Ccb->Pattern.Buffer == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            RtlCopyMemory(Ccb->Pattern.Buffer, Pattern->Buffer, Pattern->Length);
            Ccb->Pattern.Length = Pattern->Length;
            Ccb->Pattern.MaximumLength = Pattern->Length;
        }
        Ccb->Enumerating = TRUE;
    }
    Dirent = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_DIRENT), FAT_TAG);
    if (Dirent == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (;;) {
        Before = Ccb->NextIndex;
        Status = FatReadDirent(Vcb, DirCluster, &Ccb->NextIndex, Dirent);
        if (!NT_SUCCESS(Status)) {
            break;
        }
        if (Ccb->Pattern.Length != 0 &&
            !(Dirent->LongLength != 0 && FatMatchName(&Ccb->Pattern, Dirent->LongName, Dirent->LongLength)) &&
            !FatMatchName(&Ccb->Pattern, Dirent->ShortName, Dirent->ShortLength)) {
            continue;
        }
        NameBytes = (Dirent->LongLength != 0 ? Dirent->LongLength : Dirent->ShortLength) * sizeof(WCHAR);
        Needed = FatDirectoryEntrySize(Class) + NameBytes;
        if (Used + Needed > Length) {
            if (Previous == MAXULONG) {
                FatFillDirectoryEntry(Vcb, Class, Dirent, Buffer, Length - FatDirectoryEntrySize(Class));
                Irp->IoStatus.Information = Length;
                Status = STATUS_BUFFER_OVERFLOW;
            } else {
                Ccb->NextIndex = Before;
                Status = STATUS_SUCCESS;
            }
            break;
        }
        if (Previous != MAXULONG) {
            *(PULONG)(Buffer + Previous) = Used - Previous;
        }
        FatFillDirectoryEntry(Vcb, Class, Dirent, Buffer + Used, NameBytes);
        Previous = Used;
        Irp->IoStatus.Information = Used + Needed;
        Used = (Used + Needed + 7) & ~7;
        if ((Stack->Flags & SL_RETURN_SINGLE_ENTRY) != 0) {
            break;
        }
    }
    ExFreePoolWithTag(Dirent, FAT_TAG);
    if (Status == STATUS_NO_MORE_FILES && Previous != MAXULONG) {
        Status = STATUS_SUCCESS;
    } else if (Status == STATUS_NO_MORE_FILES && First && Ccb->Pattern.Length != 0) {
        Status = STATUS_NO_SUCH_FILE;
    }
    return Status;
}

NTSTATUS
FatQueryVolume(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    FileFsVolumeInformation (serial number and label of the boot sector), FileFsSizeInformation (clusters,
    free ones as counted at the mount and kept since) and FileFsAttributeInformation ("FAT" or "FAT32");
    STATUS_BUFFER_OVERFLOW with what fits when a label or name does not.

--*/

{
    PVOID Buffer = Irp->AssociatedIrp.SystemBuffer;
    ULONG Length = Stack->Parameters.QueryVolume.Length;
    PFILE_FS_VOLUME_INFORMATION Volume = Buffer;
    PFILE_FS_SIZE_INFORMATION Size = Buffer;
    PFILE_FS_ATTRIBUTE_INFORMATION Attribute = Buffer;
    PCWSTR Name = Vcb->FatType == 32 ? L"FAT32" : L"FAT";
    ULONG NameBytes = Vcb->FatType == 32 ? 10 : 6;
    ULONG Room;

    switch (Stack->Parameters.QueryVolume.FsInformationClass) {
    case FileFsVolumeInformation:
        Volume->VolumeCreationTime.QuadPart = 0;
        Volume->VolumeSerialNumber = Vcb->SerialNumber;
        Volume->VolumeLabelLength = Vcb->LabelLength;
        Volume->SupportsObjects = FALSE;
        Room = Length - FIELD_OFFSET(FILE_FS_VOLUME_INFORMATION, VolumeLabel);
        if (Room < Vcb->LabelLength) {
            RtlCopyMemory(Volume->VolumeLabel, Vcb->Label, Room);
            Irp->IoStatus.Information = Length;
            return STATUS_BUFFER_OVERFLOW;
        }
        RtlCopyMemory(Volume->VolumeLabel, Vcb->Label, Vcb->LabelLength);
        Irp->IoStatus.Information = FIELD_OFFSET(FILE_FS_VOLUME_INFORMATION, VolumeLabel) + Vcb->LabelLength;
        return STATUS_SUCCESS;

    case FileFsSizeInformation:
        Size->TotalAllocationUnits.QuadPart = Vcb->ClusterCount;
        Size->AvailableAllocationUnits.QuadPart = Vcb->FreeClusters;
        Size->SectorsPerAllocationUnit = Vcb->SectorsPerCluster;
        Size->BytesPerSector = Vcb->BytesPerSector;
        Irp->IoStatus.Information = sizeof(FILE_FS_SIZE_INFORMATION);
        return STATUS_SUCCESS;

    case FileFsAttributeInformation:
        Attribute->FileSystemAttributes = FILE_CASE_PRESERVED_NAMES | FILE_UNICODE_ON_DISK;
        Attribute->MaximumComponentNameLength = FAT_MAX_NAME;
        Attribute->FileSystemNameLength = NameBytes;
        Room = Length - FIELD_OFFSET(FILE_FS_ATTRIBUTE_INFORMATION, FileSystemName);
        if (Room < NameBytes) {
            RtlCopyMemory(Attribute->FileSystemName, Name, Room);
            Irp->IoStatus.Information = Length;
            return STATUS_BUFFER_OVERFLOW;
        }
        RtlCopyMemory(Attribute->FileSystemName, Name, NameBytes);
        Irp->IoStatus.Information = FIELD_OFFSET(FILE_FS_ATTRIBUTE_INFORMATION, FileSystemName) + NameBytes;
        return STATUS_SUCCESS;

    default:
        return STATUS_INVALID_PARAMETER;
    }
}
