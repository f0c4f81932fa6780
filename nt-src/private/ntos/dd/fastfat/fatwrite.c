/*++

Module Name:

    fatwrite.c

Abstract:

    Changing a volume, as the FAT specification lays it out: clusters allocated first-fit from a moving hint
    and linked into chains (every FAT changed alike), freed back to 0; directory entries added in a run of
    free ones (long name entries in reverse order before the short entry, with the short name's checksum;
    a short name made from the long one with a numeric tail when the long one does not fit 8.3 exactly, is
    lossy or collides), removed by marking them free, and kept up to date (first cluster, size, times from
    the system time, the archive bit). Writes go through the sector cache. The volume's count of free
    clusters follows each allocation and release (FatFlushCache writes it to FAT32's FSInfo sector).

--*/

#include "fatprocs.h"

static
VOID
FatNow(
    OUT PUSHORT Date,
    OUT PUSHORT Time,
    OUT PUCHAR Tenth
    )

/*++

Routine Description:

    The system time as a FAT date, time (2-second units) and hundredths beyond them (DIR_CrtTimeTenth).

--*/

{
    LARGE_INTEGER Now;
    TIME_FIELDS Fields;

    KeQuerySystemTime(&Now);
    RtlTimeToTimeFields(&Now, &Fields);
    if (Fields.Year < 1980) {
        Fields.Year = 1980;
        Fields.Month = 1;
        Fields.Day = 1;
    }
    *Date = (USHORT)(((Fields.Year - 1980) << 9) | (Fields.Month << 5) | Fields.Day);
    *Time = (USHORT)((Fields.Hour << 11) | (Fields.Minute << 5) | (Fields.Second / 2));
    *Tenth = (UCHAR)((Fields.Second % 2) * 100 + Fields.Milliseconds / 10);
}

static
VOID
FatPut16(
    OUT PUCHAR Data,
    IN ULONG Value
    )
{
    Data[0] = (UCHAR)Value;
    Data[1] = (UCHAR)(Value >> 8);
}

static
VOID
FatPut32(
    OUT PUCHAR Data,
    IN ULONG Value
    )
{
    FatPut16(Data, Value);
    FatPut16(Data + 2, Value >> 16);
}

static
NTSTATUS
FatAllocateCluster(
    IN PFAT_VCB Vcb,
    IN ULONG Previous,
    OUT PULONG Cluster
    )

/*++

Routine Description:

    A free cluster, marked the end of a chain and linked after Previous (0: none).

Return Value:

    STATUS_DISK_FULL when no cluster is free.

--*/

{
    ULONG Scanned;
    ULONG Candidate = Vcb->NextFree;
    ULONG Entry;
    NTSTATUS Status;

    for (Scanned = 0; Scanned < Vcb->ClusterCount; Scanned += 1) {
        if (Candidate < 2 || Candidate >= Vcb->ClusterCount + 2) {
            Candidate = 2;
        }
        Status = FatGetFatEntry(Vcb, Candidate, &Entry);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (Entry == 0) {
            Status = FatSetFatEntry(Vcb, Candidate, FatEndOfChain(Vcb));
            if (NT_SUCCESS(Status)) {
                Vcb->FreeClusters -= 1;
                Vcb->FsInfoDirty = TRUE;
            }
            if (NT_SUCCESS(Status) && Previous != 0) {
                Status = FatSetFatEntry(Vcb, Previous, Candidate);
            }
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            Vcb->NextFree = Candidate + 1;
            *Cluster = Candidate;
            return STATUS_SUCCESS;
        }
        Candidate += 1;
    }
    return STATUS_DISK_FULL;
}

NTSTATUS
FatFreeChain(
    IN PFAT_VCB Vcb,
    IN ULONG FirstCluster
    )

/*++

Routine Description:

    Frees a chain from FirstCluster to its end.

--*/

{
    ULONG Cluster = FirstCluster;
    ULONG Next;
    ULONG Count;
    NTSTATUS Status;

    for (Count = 0; Cluster >= 2 && Cluster < Vcb->ClusterCount + 2 && Count < Vcb->ClusterCount; Count += 1) {
        Status = FatGetFatEntry(Vcb, Cluster, &Next);
        if (NT_SUCCESS(Status)) {
            Status = FatSetFatEntry(Vcb, Cluster, 0);
        }
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Vcb->FreeClusters += 1;
        Vcb->FsInfoDirty = TRUE;
        if (Cluster < Vcb->NextFree) {
            Vcb->NextFree = Cluster;
        }
        if (FatIsEndOfChain(Vcb, Next) || Next == 0) {
            break;
        }
        Cluster = Next;
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
FatZeroCluster(
    IN PFAT_VCB Vcb,
    IN ULONG Cluster
    )
{
    ULONG Sector;
    PUCHAR Data;
    NTSTATUS Status;

    for (Sector = 0; Sector < Vcb->SectorsPerCluster; Sector += 1) {
        Status = FatReadSector(Vcb, FatClusterToSector(Vcb, Cluster) + Sector, &Data);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        RtlZeroMemory(Data, Vcb->BytesPerSector);
        FatDirtySector(Vcb, Data);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatLastCluster(
    IN PFAT_VCB Vcb,
    IN ULONG FirstCluster,
    OUT PULONG Last,
    OUT PULONG Count
    )

/*++

Routine Description:

    The last cluster of a chain and the chain's length (0 for no chain).

--*/

{
    ULONG Cluster = FirstCluster;
    ULONG Next;
    NTSTATUS Status;

    *Last = 0;
    *Count = 0;
    while (Cluster != 0) {
        if (Cluster < 2 || Cluster >= Vcb->ClusterCount + 2 || *Count > Vcb->ClusterCount) {
            return STATUS_FILE_CORRUPT_ERROR;
        }
        *Last = Cluster;
        *Count += 1;
        Status = FatGetFatEntry(Vcb, Cluster, &Next);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Cluster = FatIsEndOfChain(Vcb, Next) ? 0 : Next;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatTruncate(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN ULONG Size
    )

/*++

Routine Description:

    Keeps the clusters Size bytes need and frees the rest of the chain; the file's size becomes Size when
    it was larger.

--*/

{
    ULONG Keep = (Size + Vcb->ClusterSize - 1) / Vcb->ClusterSize;
    ULONG Cluster = Fcb->FirstCluster;
    ULONG Next;
    ULONG Index;
    NTSTATUS Status;

    Fcb->HintCluster = 0;
    if (Keep == 0) {
        Status = Fcb->FirstCluster != 0 ? FatFreeChain(Vcb, Fcb->FirstCluster) : STATUS_SUCCESS;
        Fcb->FirstCluster = 0;
    } else {
        for (Index = 1; Index < Keep; Index += 1) {
            Status = FatGetFatEntry(Vcb, Cluster, &Cluster);
            if (!NT_SUCCESS(Status) || FatIsEndOfChain(Vcb, Cluster)) {
                return NT_SUCCESS(Status) ? STATUS_FILE_CORRUPT_ERROR : Status;
            }
        }
        Status = FatGetFatEntry(Vcb, Cluster, &Next);
        if (NT_SUCCESS(Status) && !FatIsEndOfChain(Vcb, Next)) {
            Status = FatSetFatEntry(Vcb, Cluster, FatEndOfChain(Vcb));
            if (NT_SUCCESS(Status)) {
                Status = FatFreeChain(Vcb, Next);
            }
        }
    }
    if (NT_SUCCESS(Status) && Size < Fcb->FileSize) {
        Fcb->FileSize = Size;
    }
    return Status;
}

static
NTSTATUS
FatExtend(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN ULONG Size
    )

/*++

Routine Description:

    Allocates the clusters the file needs to hold Size bytes; on a full disk frees what it added.

Return Value:

    STATUS_DISK_FULL (nothing changed).

--*/

{
    ULONG Needed = (ULONG)(((ULONGLONG)Size + Vcb->ClusterSize - 1) / Vcb->ClusterSize);
    ULONG Last;
    ULONG Count;
    ULONG Had;
    ULONG Cluster;
    NTSTATUS Status;

    //
    // The chain's end, found from the last cluster a request asked for.
    //

    if (Fcb->HintCluster != 0) {
        Status = FatLastCluster(Vcb, Fcb->HintCluster, &Last, &Count);
        Count += Fcb->HintIndex;
    } else {
        Status = FatLastCluster(Vcb, Fcb->FirstCluster, &Last, &Count);
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Had = Count;
    while (Count < Needed) {
        Status = FatAllocateCluster(Vcb, Last, &Cluster);
        if (!NT_SUCCESS(Status)) {
            Fcb->HintCluster = 0;
            if (Had == 0 && Fcb->FirstCluster != 0) {
                FatFreeChain(Vcb, Fcb->FirstCluster);
                Fcb->FirstCluster = 0;
            } else if (Had != 0) {
                FatTruncate(Vcb, Fcb, Had * Vcb->ClusterSize);
            }
            return Status;
        }
        if (Last == 0) {
            Fcb->FirstCluster = Cluster;
        }
        Last = Cluster;
        Count += 1;
    }
    if (Count != 0) {
        Fcb->HintIndex = Count - 1;
        Fcb->HintCluster = Last;
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
FatCopyFile(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN ULONG Offset,
    IN ULONG Length,
    IN PUCHAR Source OPTIONAL
    )

/*++

Routine Description:

    Writes Length bytes at Offset of the file (whose chain already covers them): Source's (whole sectors
    straight to the disk, the rest through the cache), or zeros.

--*/

{
    ULONG Cluster;
    ULONG Done = 0;
    ULONG Within;
    ULONG Chunk;
    ULONG Sector;
    PUCHAR Data;
    NTSTATUS Status;

    Status = FatClusterAt(Vcb, Fcb, Offset / Vcb->ClusterSize, &Cluster);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    while (Done < Length) {
        Within = (Offset + Done) % Vcb->ClusterSize;
        if (Source != NULL && Within % Vcb->BytesPerSector == 0 && Length - Done >= Vcb->BytesPerSector) {

            //
            // Whole sectors go straight to the disk, a run of them at a time.
            //

            Status = FatFileRun(Vcb, &Cluster, Offset + Done, Length - Done, &Sector, &Chunk);
            if (NT_SUCCESS(Status)) {
                Status = FatTransferSectors(Vcb, Sector, Chunk / Vcb->BytesPerSector, Source + Done, TRUE);
            }
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            Done += Chunk;
        } else {
            Status = FatReadSector(Vcb, FatClusterToSector(Vcb, Cluster) + Within / Vcb->BytesPerSector, &Data);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            Chunk = Vcb->BytesPerSector - Within % Vcb->BytesPerSector;
            if (Chunk > Length - Done) {
                Chunk = Length - Done;
            }
            if (Source != NULL) {
                RtlCopyMemory(Data + Within % Vcb->BytesPerSector, Source + Done, Chunk);
            } else {
                RtlZeroMemory(Data + Within % Vcb->BytesPerSector, Chunk);
            }
            FatDirtySector(Vcb, Data);
            Done += Chunk;
        }
        if (Done < Length && (Offset + Done) % Vcb->ClusterSize == 0) {
            Status = FatGetFatEntry(Vcb, Cluster, &Cluster);
            if (!NT_SUCCESS(Status) || FatIsEndOfChain(Vcb, Cluster)) {
                return STATUS_FILE_CORRUPT_ERROR;
            }
        }
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
FatResize(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN ULONG Size
    )

/*++

Routine Description:

    Makes the file Size bytes long: truncated, or extended with zeros.

--*/

{
    NTSTATUS Status;

    if (Size <= Fcb->FileSize) {
        return FatTruncate(Vcb, Fcb, Size);
    }
    Status = FatExtend(Vcb, Fcb, Size);
    if (NT_SUCCESS(Status)) {
        Status = FatCopyFile(Vcb, Fcb, Fcb->FileSize, Size - Fcb->FileSize, NULL);
    }
    if (NT_SUCCESS(Status)) {
        Fcb->FileSize = Size;
    }
    return Status;
}

NTSTATUS
FatTrimAllocation(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb
    )

/*++

Routine Description:

    Gives back the clusters a file holds beyond its size (FileAllocationInformation left them), as at its
    last cleanup and at shutdown: on the disk a chain longer than its file's size is an inconsistency.

--*/

{
    NTSTATUS Status;

    if (!Fcb->Preallocated || Fcb->Deleted) {
        return STATUS_SUCCESS;
    }
    Status = FatTruncate(Vcb, Fcb, Fcb->FileSize);
    if (NT_SUCCESS(Status)) {
        Fcb->Preallocated = FALSE;
        Fcb->Written = TRUE;
        Status = FatUpdateEntry(Vcb, Fcb, FALSE);
    }
    return Status;
}

NTSTATUS
FatShutdown(
    IN PFAT_VCB Vcb
    )

/*++

Routine Description:

    IRP_MJ_SHUTDOWN: files still open give back their preallocated clusters (their entries are current:
    every change updates them), and the cache and FSInfo go to the disk.

--*/

{
    PLIST_ENTRY Link;
    NTSTATUS Status = STATUS_SUCCESS;
    NTSTATUS Trimmed;

    for (Link = Vcb->FcbList.Flink; Link != &Vcb->FcbList; Link = Link->Flink) {
        Trimmed = FatTrimAllocation(Vcb, CONTAINING_RECORD(Link, FAT_FCB, Links));
        if (!NT_SUCCESS(Trimmed)) {
            Status = Trimmed;
        }
    }
    Trimmed = FatFlushCache(Vcb);
    return NT_SUCCESS(Status) ? Trimmed : Status;
}

static
NTSTATUS
FatSetAllocation(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN LONGLONG Size
    )

/*++

Routine Description:

    FileAllocationInformation: the file's chain made to hold Size bytes. Less than its size truncates it
    (the end of file follows, as the DDK documents); more allocates clusters without changing the end of
    file; they are given back at the last cleanup unless written to by then.

Return Value:

    STATUS_DISK_FULL when the clusters are not there (nothing changed); STATUS_INVALID_PARAMETER for a
    directory or a negative size.

--*/

{
    ULONG Needed;
    NTSTATUS Status;

    if (Fcb->Directory || Size < 0) {
        return STATUS_INVALID_PARAMETER;
    }
    if (Size > MAXULONG) {
        return STATUS_DISK_FULL;
    }
    Status = FatExtend(Vcb, Fcb, (ULONG)Size);
    if (NT_SUCCESS(Status)) {
        Status = FatTruncate(Vcb, Fcb, (ULONG)Size);
    }
    if (NT_SUCCESS(Status)) {
        Needed = (ULONG)(((ULONGLONG)Fcb->FileSize + Vcb->ClusterSize - 1) / Vcb->ClusterSize);
        Fcb->Preallocated = (BOOLEAN)((ULONGLONG)Needed * Vcb->ClusterSize < (ULONGLONG)Size);
        Fcb->Written = TRUE;
        Status = FatUpdateEntry(Vcb, Fcb, TRUE);
    }
    return Status;
}

NTSTATUS
FatUpdateEntry(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN BOOLEAN Modified
    )

/*++

Routine Description:

    Writes the file's first cluster, size and attributes to its short entry; Modified: also the last write
    time and access date (now) and the archive bit.

--*/

{
    PUCHAR Entry;
    USHORT Date;
    USHORT Time;
    UCHAR Tenth;
    NTSTATUS Status;

    if (Fcb->Root || Fcb->Deleted) {
        return STATUS_SUCCESS;
    }
    Status = FatDirentPointer(Vcb, Fcb->ParentCluster, Fcb->DirentIndex, &Entry);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (Modified) {
        FatNow(&Date, &Time, &Tenth);
        FatPut16(Entry + 22, Time);
        FatPut16(Entry + 24, Date);
        FatPut16(Entry + 18, Date);
        if (!Fcb->Directory) {
            Fcb->Attributes |= FAT_ATTR_ARCHIVE;
        }
    }
    Entry[11] = (UCHAR)Fcb->Attributes;
    FatPut16(Entry + 20, Fcb->FirstCluster >> 16);
    FatPut16(Entry + 26, Fcb->FirstCluster);
    FatPut32(Entry + 28, Fcb->Directory ? 0 : Fcb->FileSize);
    FatEntryTimes(Entry, &Fcb->CreationTime, &Fcb->LastWriteTime, &Fcb->LastAccessTime);
    FatDirtySector(Vcb, Entry);
    return STATUS_SUCCESS;
}

static
BOOLEAN
FatIsShortChar(
    IN WCHAR Char
    )

/*++

Return Value:

    Whether a short name may hold Char as it is: upper-case letters, digits, and the specification's
    punctuation.

--*/

{
    return (BOOLEAN)((Char >= L'A' && Char <= L'Z') || (Char >= L'0' && Char <= L'9') || Char == L'!' || Char == L'#' ||
                     Char == L'$' || Char == L'%' || Char == L'&' || Char == L'\'' || Char == L'(' || Char == L')' ||
                     Char == L'-' || Char == L'@' || Char == L'^' || Char == L'_' || Char == L'`' || Char == L'{' ||
                     Char == L'}' || Char == L'~');
}

static
BOOLEAN
FatShortNameExists(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN PUCHAR Short
    )
{
    PFAT_DIRENT Dirent;
    ULONG Index = 0;
    BOOLEAN Found = FALSE;

    Dirent = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_DIRENT), FAT_TAG);
    if (Dirent == NULL) {
        return TRUE;
    }
    while (NT_SUCCESS(FatReadDirent(Vcb, DirCluster, &Index, Dirent))) {
        if (RtlCompareMemory(Dirent->Raw, Short, 11) == 11) {
            Found = TRUE;
            break;
        }
    }
    ExFreePoolWithTag(Dirent, FAT_TAG);
    return Found;
}

static
BOOLEAN
FatMakeShortName(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN PCUNICODE_STRING Name,
    OUT PUCHAR Short
    )

/*++

Routine Description:

    The 11-byte short name for Name (the specification's basis name: upper case, spaces and periods but the
    last dropped, other characters a short name cannot hold as '_', 8 and 3 characters), with a numeric tail
    "~N" when the conversion lost anything or the name is taken.

Return Value:

    Whether Name needs long name entries (it is not its own short name).

--*/

{
    ULONG Count = Name->Length / sizeof(WCHAR);
    ULONG LastDot = MAXULONG;
    ULONG Index;
    ULONG Base = 0;
    ULONG Ext = 0;
    BOOLEAN Lossy = FALSE;
    BOOLEAN Exact = TRUE;
    WCHAR Char;
    WCHAR Upper;
    ULONG Tail;
    ULONG Digits;
    ULONG Keep;
    CHAR Number[8];

    RtlFillMemory(Short, 11, ' ');
    for (Index = 0; Index < Count; Index += 1) {
        if (Name->Buffer[Index] == L'.') {
            LastDot = Index;
        }
    }
    if (LastDot == 0) {
        LastDot = MAXULONG;
    }
    for (Index = 0; Index < Count; Index += 1) {
        Char = Name->Buffer[Index];
        if (Index == LastDot) {
            continue;
        }
        Upper = RtlUpcaseUnicodeChar(Char);
        if (Upper != Char) {
            Exact = FALSE;
        }
        if (Char == L' ' || Char == L'.') {
            Lossy = TRUE;
            continue;
        }
        if (!FatIsShortChar(Upper)) {
            Upper = L'_';
            Lossy = TRUE;
        }
        if (LastDot == MAXULONG || Index < LastDot) {
            if (Base < 8) {
                Short[Base++] = (UCHAR)Upper;
            } else {
                Lossy = TRUE;
            }
        } else if (Ext < 3) {
            Short[8 + Ext++] = (UCHAR)Upper;
        } else {
            Lossy = TRUE;
        }
    }
    if (Base == 0) {
        Short[Base++] = '_';
        Lossy = TRUE;
    }
    if (!Lossy && !FatShortNameExists(Vcb, DirCluster, Short)) {
        return (BOOLEAN)!Exact;
    }
    for (Tail = 1; Tail < 1000000; Tail += 1) {
        Digits = 0;
        for (Index = Tail; Index != 0; Index /= 10) {
            Number[Digits++] = (CHAR)('0' + Index % 10);
        }
        Keep = Base < 7 - Digits ? Base : 7 - Digits;
        for (Index = Keep; Index < 8; Index += 1) {
            Short[Index] = ' ';
        }
        Short[Keep] = '~';
        for (Index = 0; Index < Digits; Index += 1) {
            Short[Keep + 1 + Index] = (UCHAR)Number[Digits - 1 - Index];
        }
        if (!FatShortNameExists(Vcb, DirCluster, Short)) {
            break;
        }
    }
    return TRUE;
}

static
UCHAR
FatChecksum(
    IN PUCHAR Short
    )
{
    UCHAR Sum = 0;
    ULONG Index;

    for (Index = 0; Index < 11; Index += 1) {
        Sum = (UCHAR)(((Sum & 1) != 0 ? 0x80 : 0) + (Sum >> 1) + Short[Index]);
    }
    return Sum;
}

static
NTSTATUS
FatFindFreeRun(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN ULONG Needed,
    OUT PULONG Start
    )

/*++

Routine Description:

    The first run of Needed free entries of a directory, growing it by a zeroed cluster when it has none
    (the FAT12/16 root cannot grow).

Return Value:

    STATUS_DISK_FULL when there is no room.

--*/

{
    ULONG Index = 0;
    ULONG Run = 0;
    ULONG Last;
    ULONG Count;
    ULONG Cluster;
    PUCHAR Entry;
    NTSTATUS Status;

    for (;;) {
        Status = FatDirentPointer(Vcb, DirCluster, Index, &Entry);
        if (Status == STATUS_NO_MORE_FILES) {
            if (DirCluster == 0) {
                return STATUS_DISK_FULL;
            }
            Status = FatLastCluster(Vcb, DirCluster, &Last, &Count);
            if (NT_SUCCESS(Status)) {
                Status = FatAllocateCluster(Vcb, Last, &Cluster);
            }
            if (NT_SUCCESS(Status)) {
                Status = FatZeroCluster(Vcb, Cluster);
            }
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            continue;
        }
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (Entry[0] == FAT_DIRENT_FREE || Entry[0] == FAT_DIRENT_END) {
            Run += 1;
            if (Run == Needed) {
                *Start = Index + 1 - Needed;
                return STATUS_SUCCESS;
            }
        } else {
            Run = 0;
        }
        Index += 1;
    }
}

NTSTATUS
FatAddEntry(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN PCUNICODE_STRING Name,
    IN ULONG Attributes,
    IN ULONG FirstCluster,
    IN ULONG FileSize,
    OUT PFAT_DIRENT Dirent
    )

/*++

Routine Description:

    Enters Name in a directory: its long name entries if it needs them, then its short entry with the
    times of now. Dirent receives the entry as read back.

--*/

{
    UCHAR Short[11];
    ULONG Count = Name->Length / sizeof(WCHAR);
    ULONG Long;
    ULONG Start;
    ULONG Ordinal;
    ULONG Char;
    ULONG Position;
    WCHAR Value;
    UCHAR Sum;
    PUCHAR Entry;
    USHORT Date;
    USHORT Time;
    UCHAR Tenth;
    ULONG Index;
    NTSTATUS Status;

    Long = FatMakeShortName(Vcb, DirCluster, Name, Short) ? (Count + 12) / 13 : 0;
    Status = FatFindFreeRun(Vcb, DirCluster, Long + 1, &Start);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Sum = FatChecksum(Short);
    for (Ordinal = Long; Ordinal >= 1; Ordinal -= 1) {
        Status = FatDirentPointer(Vcb, DirCluster, Start + Long - Ordinal, &Entry);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        RtlZeroMemory(Entry, FAT_DIRENT_SIZE);
        Entry[0] = (UCHAR)(Ordinal | (Ordinal == Long ? FAT_LAST_LONG_ENTRY : 0));
        Entry[11] = FAT_ATTR_LONG_NAME;
        Entry[13] = Sum;
        for (Char = 0; Char < 13; Char += 1) {
            Position = (Ordinal - 1) * 13 + Char;
            Value = Position < Count ? Name->Buffer[Position] : (Position == Count ? 0 : 0xFFFF);
            Index = Char < 5 ? 1 + Char * 2 : Char < 11 ? 14 + (Char - 5) * 2 : 28 + (Char - 11) * 2;
            FatPut16(Entry + Index, Value);
        }
        FatDirtySector(Vcb, Entry);
    }
    Status = FatDirentPointer(Vcb, DirCluster, Start + Long, &Entry);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    FatNow(&Date, &Time, &Tenth);
    RtlZeroMemory(Entry, FAT_DIRENT_SIZE);
    RtlCopyMemory(Entry, Short, 11);
    Entry[11] = (UCHAR)Attributes;
    Entry[13] = Tenth;
    FatPut16(Entry + 14, Time);
    FatPut16(Entry + 16, Date);
    FatPut16(Entry + 18, Date);
    FatPut16(Entry + 20, FirstCluster >> 16);
    FatPut16(Entry + 22, Time);
    FatPut16(Entry + 24, Date);
    FatPut16(Entry + 26, FirstCluster);
    FatPut32(Entry + 28, FileSize);
    FatDirtySector(Vcb, Entry);
    Index = Start;
    return FatReadDirent(Vcb, DirCluster, &Index, Dirent);
}

NTSTATUS
FatRemoveEntry(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN ULONG Index
    )

/*++

Routine Description:

    Frees a short entry and the long name entries before it that belong to it.

--*/

{
    PUCHAR Entry;
    UCHAR Sum;
    ULONG Ordinal = 1;
    NTSTATUS Status;

    Status = FatDirentPointer(Vcb, DirCluster, Index, &Entry);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Sum = FatChecksum(Entry);
    Entry[0] = FAT_DIRENT_FREE;
    FatDirtySector(Vcb, Entry);
    while (Index != 0) {
        Index -= 1;
        Status = FatDirentPointer(Vcb, DirCluster, Index, &Entry);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if ((Entry[11] & FAT_ATTR_LONG_NAME_MASK) != FAT_ATTR_LONG_NAME || Entry[0] == FAT_DIRENT_FREE ||
            (ULONG)(Entry[0] & 0x1F) != Ordinal || Entry[13] != Sum) {
            break;
        }
        Ordinal += 1;
        Status = (Entry[0] & FAT_LAST_LONG_ENTRY) != 0 ? STATUS_NO_MORE_FILES : STATUS_SUCCESS;
        Entry[0] = FAT_DIRENT_FREE;
        FatDirtySector(Vcb, Entry);
        if (Status == STATUS_NO_MORE_FILES) {
            break;
        }
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatMakeDirectory(
    IN PFAT_VCB Vcb,
    IN ULONG ParentCluster,
    OUT PULONG FirstCluster
    )

/*++

Routine Description:

    A new directory's cluster, zeroed, with its "." and ".." entries (".." names cluster 0 for the root,
    as the specification asks, also on FAT32).

--*/

{
    ULONG Cluster;
    PUCHAR Entry;
    USHORT Date;
    USHORT Time;
    UCHAR Tenth;
    ULONG Index;
    ULONG Target;
    NTSTATUS Status;

    Status = FatAllocateCluster(Vcb, 0, &Cluster);
    if (NT_SUCCESS(Status)) {
        Status = FatZeroCluster(Vcb, Cluster);
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    FatNow(&Date, &Time, &Tenth);
    for (Index = 0; Index < 2; Index += 1) {
        Status = FatDirentPointer(Vcb, Cluster, Index, &Entry);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Target = Index == 0 ? Cluster : (ParentCluster == Vcb->RootCluster ? 0 : ParentCluster);
        RtlFillMemory(Entry, 11, ' ');
        Entry[0] = '.';
        Entry[1] = (UCHAR)(Index == 0 ? ' ' : '.');
        Entry[11] = FAT_ATTR_DIRECTORY;
        Entry[13] = Tenth;
        FatPut16(Entry + 14, Time);
        FatPut16(Entry + 16, Date);
        FatPut16(Entry + 18, Date);
        FatPut16(Entry + 20, Target >> 16);
        FatPut16(Entry + 22, Time);
        FatPut16(Entry + 24, Date);
        FatPut16(Entry + 26, Target);
        FatDirtySector(Vcb, Entry);
    }
    *FirstCluster = Cluster;
    return STATUS_SUCCESS;
}

NTSTATUS
FatIsDirectoryEmpty(
    IN PFAT_VCB Vcb,
    IN ULONG FirstCluster
    )

/*++

Return Value:

    STATUS_SUCCESS when the directory holds nothing but "." and ".."; STATUS_DIRECTORY_NOT_EMPTY.

--*/

{
    PFAT_DIRENT Dirent;
    ULONG Index = 0;
    NTSTATUS Status;

    Dirent = ExAllocatePoolWithTag(NonPagedPool, sizeof(FAT_DIRENT), FAT_TAG);
    if (Dirent == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (;;) {
        Status = FatReadDirent(Vcb, FirstCluster, &Index, Dirent);
        if (Status == STATUS_NO_MORE_FILES) {
            Status = STATUS_SUCCESS;
            break;
        }
        if (!NT_SUCCESS(Status)) {
            break;
        }
        if (Dirent->Raw[0] != '.') {
            Status = STATUS_DIRECTORY_NOT_EMPTY;
            break;
        }
    }
    ExFreePoolWithTag(Dirent, FAT_TAG);
    return Status;
}

NTSTATUS
FatWrite(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    Writes the caller's bytes at ByteOffset (FILE_WRITE_TO_END_OF_FILE: at the end), growing the file and
    filling a gap before the offset with zeros.

Return Value:

    STATUS_DISK_FULL when the clusters are not there (the file unchanged) or the file would pass 4 GiB;
    STATUS_INVALID_DEVICE_REQUEST for a directory.

--*/

{
    PFILE_OBJECT FileObject = Stack->FileObject;
    PFAT_FCB Fcb = FileObject->FsContext;
    LARGE_INTEGER Offset = Stack->Parameters.Write.ByteOffset;
    ULONG Length = Stack->Parameters.Write.Length;
    PUCHAR Buffer = Irp->UserBuffer;
    BOOLEAN ToEnd = (BOOLEAN)(Offset.HighPart == -1 && Offset.LowPart == FILE_WRITE_TO_END_OF_FILE);
    ULONG Start;
    ULONGLONG End;
    NTSTATUS Status;

    if (Fcb->Directory) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (!ToEnd && Offset.HighPart != 0) {
        return STATUS_DISK_FULL;
    }
    Start = ToEnd ? Fcb->FileSize : Offset.LowPart;
    End = (ULONGLONG)Start + Length;
    if (End > MAXULONG) {
        return STATUS_DISK_FULL;
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
    if (End > Fcb->FileSize) {
        Status = FatExtend(Vcb, Fcb, (ULONG)End);
        if (NT_SUCCESS(Status) && Start > Fcb->FileSize) {
            Status = FatCopyFile(Vcb, Fcb, Fcb->FileSize, Start - Fcb->FileSize, NULL);
        }
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    }
    Status = FatCopyFile(Vcb, Fcb, Start, Length, Buffer);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (End > Fcb->FileSize) {
        Fcb->FileSize = (ULONG)End;
    }
    Fcb->Written = TRUE;
    Status = FatUpdateEntry(Vcb, Fcb, TRUE);
    if (ToEnd && (FileObject->Flags & FO_SYNCHRONOUS_IO) != 0) {
        FileObject->CurrentByteOffset.QuadPart = End;
    }
    Irp->IoStatus.Information = Length;
    return Status;
}

static
NTSTATUS
FatRename(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN PIO_STACK_LOCATION Stack,
    IN PFILE_RENAME_INFORMATION Rename
    )

/*++

Routine Description:

    Moves the file's entry to its new name: in the directory the I/O manager opened for a path
    (Parameters.SetFile.FileObject), else in its own. A name taken by another file is replaced with
    ReplaceIfExists (unless that file is a directory or open), else refused. A moved directory's ".." follows.

--*/

{
    PFILE_OBJECT Target = Stack->Parameters.SetFile.FileObject;
    PFAT_FCB TargetDirectory = Target != NULL ? Target->FsContext : NULL;
    ULONG DirCluster;
    UNICODE_STRING Name;
    UNICODE_STRING Directory;
    PFAT_DIRENT Existing;
    PFAT_DIRENT Added;
    UCHAR Times[FAT_DIRENT_SIZE];
    PUCHAR Entry;
    PLIST_ENTRY Link;
    PWSTR NewName;
    ULONG Index;
    ULONG Cut;
    BOOLEAN Found = FALSE;
    NTSTATUS Status;

    if (Fcb->Root) {
        return STATUS_ACCESS_DENIED;
    }
    if (Target != NULL) {
        Name = Target->FileName;
        DirCluster = TargetDirectory->Root ? Vcb->RootCluster : TargetDirectory->FirstCluster;
        Directory = TargetDirectory->FullName;
    } else {
        Name.Buffer = Rename->FileName;
        Name.Length = (USHORT)Rename->FileNameLength;
        DirCluster = Fcb->ParentCluster;
        Directory = Fcb->FullName;
        for (Cut = Directory.Length / sizeof(WCHAR); Cut > 0 && Directory.Buffer[Cut - 1] != L'\\'; Cut -= 1) {
            NOTHING;
        }
        Directory.Length = (USHORT)((Cut > 1 ? Cut - 1 : 1) * sizeof(WCHAR));
    }
    for (Cut = Name.Length / sizeof(WCHAR); Cut > 0 && Name.Buffer[Cut - 1] != L'\\'; Cut -= 1) {
        NOTHING;
    }
    Name.Buffer += Cut;
    Name.Length = (USHORT)(Name.Length - Cut * sizeof(WCHAR));
    Name.MaximumLength = Name.Length;
    if (Name.Length == 0 || Name.Length > FAT_MAX_NAME * sizeof(WCHAR)) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    for (Index = 0; Index < Name.Length / sizeof(WCHAR); Index += 1) {
        if (Name.Buffer[Index] < 0x20 || Name.Buffer[Index] == L'*' || Name.Buffer[Index] == L'?' ||
            Name.Buffer[Index] == L'"' || Name.Buffer[Index] == L'<' || Name.Buffer[Index] == L'>' ||
            Name.Buffer[Index] == L'|' || Name.Buffer[Index] == L':' || Name.Buffer[Index] == L'/') {
            return STATUS_OBJECT_NAME_INVALID;
        }
    }
    Existing = ExAllocatePoolWithTag(NonPagedPool, 2 * sizeof(FAT_DIRENT), FAT_TAG);
    if (Existing == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Added = Existing + 1;
    NewName = ExAllocatePoolWithTag(NonPagedPool, Directory.Length + sizeof(WCHAR) + Name.Length, FAT_TAG);
    if (NewName == NULL) {
        ExFreePoolWithTag(Existing, FAT_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    //
    // The name taken already?
    //

    Index = 0;
    while (NT_SUCCESS(Status = FatReadDirent(Vcb, DirCluster, &Index, Existing))) {
        if ((Existing->LongLength != 0 && Existing->LongLength * sizeof(WCHAR) == Name.Length &&
             FatMatchName(&Name, Existing->LongName, Existing->LongLength)) ||
            (Existing->ShortLength * sizeof(WCHAR) == Name.Length && FatMatchName(&Name, Existing->ShortName, Existing->ShortLength))) {
            Found = TRUE;
            break;
        }
    }
    Status = STATUS_SUCCESS;
    if (Found && !(DirCluster == Fcb->ParentCluster && Existing->Index == Fcb->DirentIndex)) {
        if (!Stack->Parameters.SetFile.ReplaceIfExists) {
            Status = STATUS_OBJECT_NAME_COLLISION;
        } else if ((Existing->Attributes & FAT_ATTR_DIRECTORY) != 0) {
            Status = STATUS_ACCESS_DENIED;
        } else {
            for (Link = Vcb->FcbList.Flink; Link != &Vcb->FcbList; Link = Link->Flink) {
                PFAT_FCB Other = CONTAINING_RECORD(Link, FAT_FCB, Links);

                if (!Other->Deleted && !Other->Root && Other->ParentCluster == DirCluster && Other->DirentIndex == Existing->Index) {
                    Status = STATUS_ACCESS_DENIED;
                }
            }
            if (NT_SUCCESS(Status)) {
                Status = FatRemoveEntry(Vcb, DirCluster, Existing->Index);
            }
            if (NT_SUCCESS(Status) && Existing->FirstCluster != 0) {
                Status = FatFreeChain(Vcb, Existing->FirstCluster);
            }
        }
    }

    //
    // The new entry, with the old one's times, then the old one goes.
    //

    if (NT_SUCCESS(Status)) {
        Status = FatDirentPointer(Vcb, Fcb->ParentCluster, Fcb->DirentIndex, &Entry);
        if (NT_SUCCESS(Status)) {
            RtlCopyMemory(Times, Entry, FAT_DIRENT_SIZE);
            Status = FatRemoveEntry(Vcb, Fcb->ParentCluster, Fcb->DirentIndex);
        }
    }
    if (NT_SUCCESS(Status)) {
        Status = FatAddEntry(Vcb, DirCluster, &Name, Fcb->Attributes, Fcb->FirstCluster, Fcb->Directory ? 0 : Fcb->FileSize,
                             Added);
    }
    if (NT_SUCCESS(Status)) {
        Status = FatDirentPointer(Vcb, DirCluster, Added->Index, &Entry);
    }
    if (NT_SUCCESS(Status)) {
        RtlCopyMemory(Entry + 13, Times + 13, 7);
        RtlCopyMemory(Entry + 22, Times + 22, 4);
        FatDirtySector(Vcb, Entry);
        if (Fcb->Directory && DirCluster != Fcb->ParentCluster) {
            Status = FatDirentPointer(Vcb, Fcb->FirstCluster, 1, &Entry);
            if (NT_SUCCESS(Status)) {
                FatPut16(Entry + 20, (DirCluster == Vcb->RootCluster ? 0 : DirCluster) >> 16);
                FatPut16(Entry + 26, DirCluster == Vcb->RootCluster ? 0 : DirCluster);
                FatDirtySector(Vcb, Entry);
            }
        }
    }
    if (NT_SUCCESS(Status)) {
        Fcb->ParentCluster = DirCluster;
        Fcb->DirentIndex = Added->Index;
        Cut = Directory.Length == sizeof(WCHAR) ? 0 : Directory.Length;
        RtlCopyMemory(NewName, Directory.Buffer, Cut);
        NewName[Cut / sizeof(WCHAR)] = L'\\';
        RtlCopyMemory((PUCHAR)NewName + Cut + sizeof(WCHAR), Name.Buffer, Name.Length);
        ExFreePoolWithTag(Fcb->FullName.Buffer, FAT_TAG);
        Fcb->FullName.Buffer = NewName;
        Fcb->FullName.Length = (USHORT)(Cut + sizeof(WCHAR) + Name.Length);
        Fcb->FullName.MaximumLength = Fcb->FullName.Length;
        NewName = NULL;
        Fcb->Written = TRUE;
    }
    if (NewName != NULL) {
        ExFreePoolWithTag(NewName, FAT_TAG);
    }
    ExFreePoolWithTag(Existing, FAT_TAG);
    return Status;
}

NTSTATUS
FatSetInformation(
    IN PFAT_VCB Vcb,
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    FileEndOfFileInformation (truncate, or extend with zeros), FileAllocationInformation (FatSetAllocation),
    FileDispositionInformation (deleted at the last cleanup; a read-only file or
    the root cannot be, a directory must be empty), FileBasicInformation (attributes and last write time
    when given), FileRenameInformation.

--*/

{
    PFAT_FCB Fcb = Stack->FileObject->FsContext;
    PVOID Buffer = Irp->AssociatedIrp.SystemBuffer;
    PFILE_BASIC_INFORMATION Basic;
    LONGLONG Size;
    PUCHAR Entry;
    TIME_FIELDS Fields;
    NTSTATUS Status = STATUS_SUCCESS;

    switch (Stack->Parameters.SetFile.FileInformationClass) {
    case FileEndOfFileInformation:
        Size = ((PFILE_END_OF_FILE_INFORMATION)Buffer)->EndOfFile.QuadPart;
        if (Fcb->Directory || Size < 0) {
            return STATUS_INVALID_PARAMETER;
        }
        if (Size > MAXULONG) {
            return STATUS_DISK_FULL;
        }
        Status = FatResize(Vcb, Fcb, (ULONG)Size);
        if (NT_SUCCESS(Status)) {
            Fcb->Written = TRUE;
            Status = FatUpdateEntry(Vcb, Fcb, TRUE);
        }
        return Status;

    case FileAllocationInformation:
        return FatSetAllocation(Vcb, Fcb, ((PFILE_ALLOCATION_INFORMATION)Buffer)->AllocationSize.QuadPart);

    case FileDispositionInformation:
        if (!((PFILE_DISPOSITION_INFORMATION)Buffer)->DeleteFile) {
            Fcb->DeletePending = FALSE;
            return STATUS_SUCCESS;
        }
        if (Fcb->Root || (Fcb->Attributes & FAT_ATTR_READ_ONLY) != 0) {
            return STATUS_CANNOT_DELETE;
        }
        if (Fcb->Directory) {
            Status = FatIsDirectoryEmpty(Vcb, Fcb->FirstCluster);
        }
        if (NT_SUCCESS(Status)) {
            Fcb->DeletePending = TRUE;
        }
        return Status;

    case FileBasicInformation:
        Basic = Buffer;
        if (Fcb->Root) {
            return STATUS_SUCCESS;
        }
        if (Basic->FileAttributes != 0) {
            Fcb->Attributes = (Fcb->Attributes & FAT_ATTR_DIRECTORY) |
                              (Basic->FileAttributes & (FAT_ATTR_READ_ONLY | FAT_ATTR_HIDDEN | FAT_ATTR_SYSTEM | FAT_ATTR_ARCHIVE));
        }
        Status = FatUpdateEntry(Vcb, Fcb, FALSE);
        if (NT_SUCCESS(Status) && Basic->LastWriteTime.QuadPart > 0) {
            Status = FatDirentPointer(Vcb, Fcb->ParentCluster, Fcb->DirentIndex, &Entry);
            if (NT_SUCCESS(Status)) {
                RtlTimeToTimeFields(&Basic->LastWriteTime, &Fields);
                if (Fields.Year >= 1980 && Fields.Year < 2108) {
                    FatPut16(Entry + 22, (Fields.Hour << 11) | (Fields.Minute << 5) | (Fields.Second / 2));
                    FatPut16(Entry + 24, ((Fields.Year - 1980) << 9) | (Fields.Month << 5) | Fields.Day);
                    FatEntryTimes(Entry, &Fcb->CreationTime, &Fcb->LastWriteTime, &Fcb->LastAccessTime);
                    FatDirtySector(Vcb, Entry);
                }
            }
        }
        Fcb->Written = TRUE;
        return Status;

    case FileRenameInformation:
        return FatRename(Vcb, Fcb, Stack, Buffer);

    default:
        return STATUS_INVALID_PARAMETER;
    }
}
