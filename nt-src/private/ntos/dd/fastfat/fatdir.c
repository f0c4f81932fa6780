/*++

Module Name:

    fatdir.c

Abstract:

    Directories: reading their 32-byte entries in order (the FAT12/16 root from its fixed region, every other
    directory along its cluster chain), putting a long name together from the long name entries before a
    short entry (in reverse order, 13 characters each, accepted only when their order numbers run down to 1
    and their checksum is the short name's), and finding a path from the root by long or short names
    without regard to case. The kernel has no time zone: a FAT date and time (local time, for the
    specification) are read as the system time.

--*/

#include "fatprocs.h"

static const UCHAR FatLongNameOffsets[13] = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };

static
UCHAR
FatShortNameChecksum(
    IN PUCHAR Name
    )

/*++

Return Value:

    The specification's checksum of an 11-byte short name: rotate right one bit, add the next byte.

--*/

{
    UCHAR Sum = 0;
    ULONG Index;

    for (Index = 0; Index < 11; Index += 1) {
        Sum = (UCHAR)(((Sum & 1) != 0 ? 0x80 : 0) + (Sum >> 1) + Name[Index]);
    }
    return Sum;
}

NTSTATUS
FatDirentPointer(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN ULONG Index,
    OUT PUCHAR *Entry
    )

/*++

Routine Description:

    The bytes of a directory's entry Index (in the cache).

Return Value:

    STATUS_NO_MORE_FILES past the directory's end; STATUS_DISK_CORRUPT_ERROR for a broken chain.

--*/

{
    ULONG PerCluster = Vcb->ClusterSize / FAT_DIRENT_SIZE;
    ULONG Cluster = DirCluster;
    ULONG Step;
    ULONG Sector;
    PUCHAR Data;
    NTSTATUS Status;

    if (DirCluster == 0) {
        if (Index >= Vcb->RootEntries) {
            return STATUS_NO_MORE_FILES;
        }
        Sector = Vcb->ReservedSectors + Vcb->NumberOfFats * Vcb->FatSectors + (Index * FAT_DIRENT_SIZE) / Vcb->BytesPerSector;
    } else {
        for (Step = Index / PerCluster; Step != 0; Step -= 1) {
            Status = FatGetFatEntry(Vcb, Cluster, &Cluster);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            if (FatIsEndOfChain(Vcb, Cluster)) {
                return STATUS_NO_MORE_FILES;
            }
            if (Cluster < 2 || Cluster >= Vcb->ClusterCount + 2) {
                return STATUS_DISK_CORRUPT_ERROR;
            }
        }
        Sector = FatClusterToSector(Vcb, Cluster) + ((Index % PerCluster) * FAT_DIRENT_SIZE) / Vcb->BytesPerSector;
    }
    Status = FatReadSector(Vcb, Sector, &Data);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    *Entry = Data + (Index * FAT_DIRENT_SIZE) % Vcb->BytesPerSector;
    return STATUS_SUCCESS;
}

static
VOID
FatShortName(
    IN OUT PFAT_DIRENT Dirent
    )

/*++

Routine Description:

    The short entry's name as shown: base, then a dot and the extension if there is one, trailing spaces
    dropped, each part lower case when DIR_NTRes says so; a leading 0x05 stands for 0xE5.

--*/

{
    PUCHAR Raw = Dirent->Raw;
    USHORT Length = 0;
    ULONG End;
    ULONG Index;
    WCHAR Char;

    for (End = 8; End > 0 && Raw[End - 1] == ' '; End -= 1) {
        NOTHING;
    }
    for (Index = 0; Index < End; Index += 1) {
        Char = (WCHAR)(Index == 0 && Raw[0] == 0x05 ? 0xE5 : Raw[Index]);
        Dirent->ShortName[Length++] = (Raw[12] & FAT_NTRES_LOWER_BASE) != 0 ? RtlDowncaseUnicodeChar(Char) : Char;
    }
    for (End = 11; End > 8 && Raw[End - 1] == ' '; End -= 1) {
        NOTHING;
    }
    if (End > 8) {
        Dirent->ShortName[Length++] = L'.';
        for (Index = 8; Index < End; Index += 1) {
            Char = (WCHAR)Raw[Index];
            Dirent->ShortName[Length++] = (Raw[12] & FAT_NTRES_LOWER_EXT) != 0 ? RtlDowncaseUnicodeChar(Char) : Char;
        }
    }
    Dirent->ShortLength = Length;
}

NTSTATUS
FatReadDirent(
    IN PFAT_VCB Vcb,
    IN ULONG DirCluster,
    IN OUT PULONG Index,
    OUT PFAT_DIRENT Dirent
    )

/*++

Routine Description:

    The next file or directory entry of a directory from entry *Index on (free entries, long name entries
    and the volume label skipped), with its long name when a valid one precedes it; *Index moves past it.

Arguments:

    DirCluster - The directory's first cluster; 0 for the FAT12/16 root.

Return Value:

    STATUS_NO_MORE_FILES at the directory's end; STATUS_DISK_CORRUPT_ERROR.

--*/

{
    PUCHAR Entry;
    ULONG Expected = 0;             // the order number the next long name entry must have; 0: none being read
    UCHAR Checksum = 0;
    ULONG Ordinal;
    ULONG Char;
    ULONG Position;
    NTSTATUS Status;

    Dirent->LongLength = 0;
    for (;;) {
        Status = FatDirentPointer(Vcb, DirCluster, *Index, &Entry);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (Entry[0] == FAT_DIRENT_END) {
            return STATUS_NO_MORE_FILES;
        }
        *Index += 1;
        if (Entry[0] == FAT_DIRENT_FREE) {
            Expected = 0;
            continue;
        }
        if ((Entry[11] & FAT_ATTR_LONG_NAME_MASK) == FAT_ATTR_LONG_NAME) {
            Ordinal = Entry[0] & 0x1F;
            if ((Entry[0] & FAT_LAST_LONG_ENTRY) != 0) {
                if (Ordinal == 0 || Ordinal * 13 > FAT_MAX_NAME + 12) {
                    Expected = 0;
                    continue;
                }
                Expected = Ordinal;
                Checksum = Entry[13];
                Dirent->LongLength = 0;
            } else if (Expected == 0 || Ordinal != Expected || Entry[13] != Checksum) {
                Expected = 0;
                continue;
            }
            for (Char = 0; Char < 13; Char += 1) {
                Position = (Ordinal - 1) * 13 + Char;
                if (Position > FAT_MAX_NAME) {
                    break;
                }
                Dirent->LongName[Position] = (WCHAR)(Entry[FatLongNameOffsets[Char]] | (Entry[FatLongNameOffsets[Char] + 1] << 8));
                if ((Entry[0] & FAT_LAST_LONG_ENTRY) != 0 && Dirent->LongLength == 0 && Dirent->LongName[Position] == 0) {
                    Dirent->LongLength = (USHORT)Position;
                }
            }
            if ((Entry[0] & FAT_LAST_LONG_ENTRY) != 0 && Dirent->LongLength == 0) {
                Dirent->LongLength = (USHORT)(Ordinal * 13 > FAT_MAX_NAME ? FAT_MAX_NAME : Ordinal * 13);
            }
            Expected -= 1;
            if (Expected == 0) {
                Expected = MAXULONG;    // complete: the short entry must come next
            }
            continue;
        }
        if ((Entry[11] & FAT_ATTR_VOLUME_ID) != 0) {
            Expected = 0;
            continue;
        }
        RtlCopyMemory(Dirent->Raw, Entry, FAT_DIRENT_SIZE);
        Dirent->Index = *Index - 1;
        Dirent->Attributes = Entry[11];
        Dirent->FileSize = Entry[28] | (Entry[29] << 8) | ((ULONG)Entry[30] << 16) | ((ULONG)Entry[31] << 24);
        Dirent->FirstCluster = Entry[26] | (Entry[27] << 8);
        if (Vcb->FatType == 32) {
            Dirent->FirstCluster |= ((ULONG)Entry[20] << 16) | ((ULONG)Entry[21] << 24);
        }
        if (Expected != MAXULONG || FatShortNameChecksum(Entry) != Checksum) {
            Dirent->LongLength = 0;
        }
        FatShortName(Dirent);
        return STATUS_SUCCESS;
    }
}

BOOLEAN
FatMatchName(
    IN PCUNICODE_STRING Pattern,
    IN PCWSTR Name,
    IN USHORT Length
    )

/*++

Routine Description:

    Whether Name (Length characters) matches Pattern without regard to case: '*' any run of characters,
    '?' any one.

--*/

{
    ULONG PatternLength = Pattern->Length / sizeof(WCHAR);
    ULONG P = 0;
    ULONG N = 0;
    ULONG StarP = MAXULONG;
    ULONG StarN = 0;

    while (N < Length) {
        if (P < PatternLength && (Pattern->Buffer[P] == L'?' ||
            RtlUpcaseUnicodeChar(Pattern->Buffer[P]) == RtlUpcaseUnicodeChar(Name[N]))) {
            P += 1;
            N += 1;
        } else if (P < PatternLength && Pattern->Buffer[P] == L'*') {
            StarP = P;
            StarN = N;
            P += 1;
        } else if (StarP != MAXULONG) {
            P = StarP + 1;
            StarN += 1;
            N = StarN;
        } else {
            return FALSE;
        }
    }
    while (P < PatternLength && Pattern->Buffer[P] == L'*') {
        P += 1;
    }
    return (BOOLEAN)(P == PatternLength);
}

static
BOOLEAN
FatNameEquals(
    IN PCUNICODE_STRING Component,
    IN PCWSTR Name,
    IN USHORT Length
    )
{
    ULONG Index;

    if (Component->Length != Length * sizeof(WCHAR)) {
        return FALSE;
    }
    for (Index = 0; Index < Length; Index += 1) {
        if (RtlUpcaseUnicodeChar(Component->Buffer[Index]) != RtlUpcaseUnicodeChar(Name[Index])) {
            return FALSE;
        }
    }
    return TRUE;
}

BOOLEAN
FatIsValidComponent(
    IN PCUNICODE_STRING Component
    )
{
    ULONG Index;
    WCHAR Char;

    if (Component->Length == 0 || Component->Length > FAT_MAX_NAME * sizeof(WCHAR)) {
        return FALSE;
    }
    for (Index = 0; Index < Component->Length / sizeof(WCHAR); Index += 1) {
        Char = Component->Buffer[Index];
        if (Char < 0x20 || Char == L'"' || Char == L'*' || Char == L'/' || Char == L':' || Char == L'<' ||
            Char == L'>' || Char == L'?' || Char == L'|') {
            return FALSE;
        }
    }
    return TRUE;
}

NTSTATUS
FatLookupPath(
    IN PFAT_VCB Vcb,
    IN PCUNICODE_STRING Path,
    OUT PFAT_DIRENT Dirent,
    OUT PULONG ParentCluster,
    OUT PBOOLEAN IsRoot,
    IN OUT PUNICODE_STRING Found
    )

/*++

Routine Description:

    Finds Path (from the root: "\", "\dir\name") on the volume; Found receives the path as the volume
    spells it (each component's long name, else its short name), its buffer the caller's, big enough for
    FAT_MAX_NAME + 1 characters a component.

Return Value:

    STATUS_SUCCESS with *IsRoot, or the entry and the first cluster of the directory holding it;
    STATUS_OBJECT_NAME_INVALID (an empty or too long component, a character FAT names cannot have);
    STATUS_OBJECT_PATH_NOT_FOUND (a directory on the way is missing or is a file);
    STATUS_OBJECT_NAME_NOT_FOUND (the last component is missing); STATUS_DISK_CORRUPT_ERROR.

--*/

{
    UNICODE_STRING Component;
    ULONG Directory = Vcb->RootCluster;
    ULONG Start;
    ULONG End;
    ULONG Count = Path->Length / sizeof(WCHAR);
    ULONG Index;
    BOOLEAN Last;
    NTSTATUS Status;

    *IsRoot = FALSE;
    Found->Length = 0;
    Start = (Count != 0 && Path->Buffer[0] == L'\\') ? 1 : 0;
    if (Start == Count) {
        Found->Buffer[0] = L'\\';
        Found->Length = sizeof(WCHAR);
        *IsRoot = TRUE;
        *ParentCluster = 0;
        return STATUS_SUCCESS;
    }
    while (Start < Count) {
        for (End = Start; End < Count && Path->Buffer[End] != L'\\'; End += 1) {
            NOTHING;
        }
        Component.Buffer = Path->Buffer + Start;
        Component.Length = (USHORT)((End - Start) * sizeof(WCHAR));
        Component.MaximumLength = Component.Length;
        Last = (BOOLEAN)(End + 1 >= Count);
        if (!FatIsValidComponent(&Component)) {
            return STATUS_OBJECT_NAME_INVALID;
        }
        Index = 0;
        for (;;) {
            Status = FatReadDirent(Vcb, Directory, &Index, Dirent);
            if (Status == STATUS_NO_MORE_FILES) {
                return Last ? STATUS_OBJECT_NAME_NOT_FOUND : STATUS_OBJECT_PATH_NOT_FOUND;
            }
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            if ((Dirent->LongLength != 0 && FatNameEquals(&Component, Dirent->LongName, Dirent->LongLength)) ||
                FatNameEquals(&Component, Dirent->ShortName, Dirent->ShortLength)) {
                break;
            }
        }
        *ParentCluster = Directory;
        Found->Buffer[Found->Length / sizeof(WCHAR)] = L'\\';
        Found->Length += sizeof(WCHAR);
        if (Dirent->LongLength != 0) {
            RtlCopyMemory((PUCHAR)Found->Buffer + Found->Length, Dirent->LongName, Dirent->LongLength * sizeof(WCHAR));
            Found->Length += Dirent->LongLength * sizeof(WCHAR);
        } else {
            RtlCopyMemory((PUCHAR)Found->Buffer + Found->Length, Dirent->ShortName, Dirent->ShortLength * sizeof(WCHAR));
            Found->Length += Dirent->ShortLength * sizeof(WCHAR);
        }
        if (Last) {
            return STATUS_SUCCESS;
        }
        if ((Dirent->Attributes & FAT_ATTR_DIRECTORY) == 0) {
            return STATUS_OBJECT_PATH_NOT_FOUND;
        }

        //
        // A ".." entry that leads to the root names cluster 0.
        //

        Directory = Dirent->FirstCluster != 0 ? Dirent->FirstCluster : Vcb->RootCluster;
        Start = End + 1;
    }
    return STATUS_SUCCESS;
}

static
VOID
FatToSystemTime(
    IN ULONG Date,
    IN ULONG Time,
    IN ULONG Milliseconds,
    OUT PLARGE_INTEGER SystemTime
    )
{
    TIME_FIELDS Fields;

    SystemTime->QuadPart = 0;
    if (Date == 0) {
        return;
    }
    Fields.Year = (CSHORT)(1980 + (Date >> 9));
    Fields.Month = (CSHORT)((Date >> 5) & 0xF);
    Fields.Day = (CSHORT)(Date & 0x1F);
    Fields.Hour = (CSHORT)(Time >> 11);
    Fields.Minute = (CSHORT)((Time >> 5) & 0x3F);
    Fields.Second = (CSHORT)((Time & 0x1F) * 2 + Milliseconds / 1000);
    Fields.Milliseconds = (CSHORT)(Milliseconds % 1000);
    Fields.Weekday = 0;
    if (!RtlTimeFieldsToTime(&Fields, SystemTime)) {
        SystemTime->QuadPart = 0;
    }
}

VOID
FatDirentTimes(
    IN PFAT_DIRENT Dirent,
    OUT PLARGE_INTEGER Creation,
    OUT PLARGE_INTEGER LastWrite,
    OUT PLARGE_INTEGER LastAccess
    )
{
    FatEntryTimes(Dirent->Raw, Creation, LastWrite, LastAccess);
}

VOID
FatEntryTimes(
    IN PUCHAR Raw,
    OUT PLARGE_INTEGER Creation,
    OUT PLARGE_INTEGER LastWrite,
    OUT PLARGE_INTEGER LastAccess
    )

/*++

Routine Description:

    A short entry's times: creation (to the hundredth of a second in DIR_CrtTimeTenth), last write, last
    access (a date only).

--*/

{

    FatToSystemTime(Raw[16] | (Raw[17] << 8), Raw[14] | (Raw[15] << 8), (ULONG)Raw[13] * 10, Creation);
    FatToSystemTime(Raw[24] | (Raw[25] << 8), Raw[22] | (Raw[23] << 8), 0, LastWrite);
    FatToSystemTime(Raw[18] | (Raw[19] << 8), 0, 0, LastAccess);
}
