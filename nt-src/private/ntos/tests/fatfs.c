/*++

Module Name:

    fatfs.c

Abstract:

    Self-tests of the FAT file system driver (dd/fastfat) on the boot volume, whose files mkfs.fat and mcopy
    wrote (transpiler/Nt2cs.Cli/SelftestVolume.cs lists them: the same names, sizes and contents as here):
    opening through \SystemRoot, C: and the RAM disk's name, by long and short names and relative to a
    directory; reading across clusters and at offsets; file, directory and volume information against the
    boot sector; enumeration with patterns; share access; and the failures of bad paths and of what this
    driver refuses. Then writing, in a directory made for it and removed at the end: files made, written
    across clusters, overwritten, truncated and extended, appended to, renamed in place and to another
    directory (replacing or not), deleted by disposition and on close; a directory grown past a cluster by
    long names; a full disk (STATUS_DISK_FULL, every cluster given back). With /FATKEEP in the boot options
    it leaves files for the host to check with fsck.fat and mtools. Any FAT12, FAT16 or FAT32 volume with
    these files passes.

--*/

#include "fattest.h"

#define KMT_LONG_NAME L"A long file name with spaces.txt"
#define KMT_README_TEXT "nt2cs boot volume\r\n"

UCHAR
KmtFatPattern(
    IN ULONG Index,
    IN ULONG Seed
    )
{
    return (UCHAR)(Index * 31 + (Index >> 9) + Seed);
}

NTSTATUS
KmtFatOpen(
    OUT PHANDLE Handle,
    IN PCWSTR Path,
    IN HANDLE Root OPTIONAL,
    IN ACCESS_MASK Access,
    IN ULONG Share,
    IN ULONG Disposition,
    IN ULONG Options
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Root, NULL);
    return ZwCreateFile(Handle, Access | SYNCHRONIZE, &Attributes, &IoStatus, NULL, 0, Share, Disposition,
                        Options | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}

BOOLEAN
KmtFatCheckPattern(
    IN HANDLE Handle,
    IN ULONG Size,
    IN ULONG Seed,
    IN ULONG Chunk
    )

/*++

Routine Description:

    Reads the whole file from its current position in Chunk-byte reads and checks every byte; then a read
    at the end finds STATUS_END_OF_FILE.

--*/

{
    static UCHAR Buffer[4096];
    IO_STATUS_BLOCK IoStatus;
    ULONG Done = 0;
    ULONG Index;
    NTSTATUS Status;

    while (Done < Size) {
        Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, Chunk, NULL, NULL);
        if (!NT_SUCCESS(Status) || IoStatus.Information == 0 || IoStatus.Information > Chunk) {
            return FALSE;
        }
        for (Index = 0; Index < IoStatus.Information; Index += 1) {
            if (Buffer[Index] != KmtFatPattern(Done + Index, Seed)) {
                return FALSE;
            }
        }
        Done += (ULONG)IoStatus.Information;
    }
    return (BOOLEAN)(Done == Size &&
                     ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, Chunk, NULL, NULL) == STATUS_END_OF_FILE);
}

static
BOOLEAN
KmtFatNameIs(
    IN PCWSTR Name,
    IN ULONG Bytes,
    IN PCWSTR Expected
    )
{
    UNICODE_STRING Left;
    UNICODE_STRING Right;

    Left.Buffer = (PWSTR)Name;
    Left.Length = (USHORT)Bytes;
    Left.MaximumLength = Left.Length;
    RtlInitUnicodeString(&Right, Expected);
    return RtlEqualUnicodeString(&Left, &Right, FALSE);
}

static
VOID
KmtFatTestReads(
    VOID
    )
{
    static UCHAR Buffer[128];
    HANDLE Handle;
    HANDLE Directory;
    HANDLE Second;
    IO_STATUS_BLOCK IoStatus;
    FILE_STANDARD_INFORMATION Standard;
    FILE_BASIC_INFORMATION Basic;
    FILE_POSITION_INFORMATION Position;
    LARGE_INTEGER Offset;
    TIME_FIELDS Time;
    UCHAR NameBuffer[sizeof(FILE_NAME_INFORMATION) + 80 * sizeof(WCHAR)];
    PFILE_NAME_INFORMATION Name = (PFILE_NAME_INFORMATION)NameBuffer;
    NTSTATUS Status;

    //
    // A short file by its lower-case name, through \SystemRoot, C: and the device's own name.
    //

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\readme.txt", NULL, FILE_READ_DATA | FILE_READ_ATTRIBUTES,
                        FILE_SHARE_READ, FILE_OPEN, FILE_NON_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), NULL, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, sizeof(KMT_README_TEXT) - 1);
    ok(RtlCompareMemory(Buffer, KMT_README_TEXT, sizeof(KMT_README_TEXT) - 1) == sizeof(KMT_README_TEXT) - 1,
       "readme.txt holds what mcopy wrote\n");
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), NULL, NULL), STATUS_END_OF_FILE);
    Offset.QuadPart = 6;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 4, &Offset, NULL), STATUS_SUCCESS);
    ok(RtlCompareMemory(Buffer, "boot", 4) == 4, "a read at offset 6\n");
    ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, &Position, sizeof(Position), FilePositionInformation),
              STATUS_SUCCESS);
    ok_eq_ulong(Position.CurrentByteOffset.LowPart, 10);
    ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, &Basic, sizeof(Basic), FileBasicInformation), STATUS_SUCCESS);
    RtlTimeToTimeFields(&Basic.LastWriteTime, &Time);
    ok(Time.Year == 2024 && Time.Month == 1 && Time.Day == 2 && Time.Hour == 3 && Time.Minute == 4 && Time.Second == 6,
       "readme.txt last written 2024-01-02 03:04:06, not %d-%d-%d %d:%d:%d\n", Time.Year, Time.Month, Time.Day,
       Time.Hour, Time.Minute, Time.Second);
    ok_eq_hex(Basic.FileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_ARCHIVE), FILE_ATTRIBUTE_ARCHIVE);
    ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, Name, sizeof(NameBuffer), FileNameInformation), STATUS_SUCCESS);
    ok(KmtFatNameIs(Name->FileName, Name->FileNameLength, L"\\readme.txt"), "FileNameInformation: \\readme.txt\n");

    //
    // Share access: reading is shared, an open that shares nothing is refused.
    //

    Status = KmtFatOpen(&Second, L"\\??\\C:\\README.TXT", NULL, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ZwClose(Second);
    }
    ok_eq_hex(KmtFatOpen(&Second, L"\\DosDevices\\C:\\readme.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_SHARING_VIOLATION);
    ZwClose(Handle);
    Status = KmtFatOpen(&Second, L"\\Device\\Ramdisk0\\readme.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ZwClose(Second);
    }

    //
    // The long name: 3000 bytes over several clusters.
    //

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\" KMT_LONG_NAME, NULL, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, &Standard, sizeof(Standard), FileStandardInformation),
                  STATUS_SUCCESS);
        ok_eq_ulong(Standard.EndOfFile.LowPart, 3000);
        ok_eq_bool(Standard.Directory, FALSE);
        ok(Standard.AllocationSize.QuadPart >= 3000, "allocation covers the file\n");
        ok(KmtFatCheckPattern(Handle, 3000, 1, 700), "the long-named file reads back in 700-byte pieces\n");
        Offset.QuadPart = 2999;
        ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 50, &Offset, NULL), STATUS_SUCCESS);
        ok_eq_ulong(IoStatus.Information, 1);
        ok_eq_hex(Buffer[0], KmtFatPattern(2999, 1));
        ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, Name, sizeof(NameBuffer), FileNameInformation), STATUS_SUCCESS);
        ok(KmtFatNameIs(Name->FileName, Name->FileNameLength, L"\\" KMT_LONG_NAME), "the long name is kept\n");
        ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, Name, 12, FileNameInformation), STATUS_BUFFER_OVERFLOW);
        ZwClose(Handle);
    }

    //
    // Nested directories, and a name relative to an open directory.
    //

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\dir\\sub\\deep.bin", NULL, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok(KmtFatCheckPattern(Handle, 70000, 2, 4096), "deep.bin (70000 bytes) reads back\n");
        ZwClose(Handle);
    }
    Status = KmtFatOpen(&Directory, L"\\SystemRoot\\DIR", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN,
                        FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        Status = KmtFatOpen(&Handle, L"Mixed Case Name.Data", Directory, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
        ok_eq_hex(Status, STATUS_SUCCESS);
        if (NT_SUCCESS(Status)) {
            ok(KmtFatCheckPattern(Handle, 513, 3, 512), "Mixed Case Name.Data reads back\n");
            ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, Name, sizeof(NameBuffer), FileNameInformation),
                      STATUS_SUCCESS);
            ok(KmtFatNameIs(Name->FileName, Name->FileNameLength, L"\\dir\\Mixed Case Name.Data"),
               "a relative open's name is from the root\n");
            ZwClose(Handle);
        }
        Status = KmtFatOpen(&Handle, L"sub\\DEEP.BIN", Directory, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
        ok_eq_hex(Status, STATUS_SUCCESS);
        if (NT_SUCCESS(Status)) {
            ZwClose(Handle);
        }
        ok_eq_hex(ZwReadFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, 16, NULL, NULL), STATUS_INVALID_DEVICE_REQUEST);
        ZwClose(Directory);
    }
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\EMPTY.DAT", NULL, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 16, NULL, NULL), STATUS_END_OF_FILE);
        ZwClose(Handle);
    }

    //
    // Bad paths, and what a read-only driver refuses.
    //

    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\nope.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\nope\\x.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_PATH_NOT_FOUND);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\readme.txt\\x", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_PATH_NOT_FOUND);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\a<b", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_NAME_INVALID);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\readme.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, FILE_DIRECTORY_FILE),
              STATUS_NOT_A_DIRECTORY);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\dir", NULL, FILE_READ_DATA, 0, FILE_OPEN, FILE_NON_DIRECTORY_FILE),
              STATUS_FILE_IS_A_DIRECTORY);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\readme.txt", NULL, FILE_READ_DATA, 0, FILE_CREATE, 0),
              STATUS_OBJECT_NAME_COLLISION);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\nope\\new.txt", NULL, FILE_READ_DATA | FILE_WRITE_DATA, 0, FILE_CREATE, 0),
              STATUS_OBJECT_PATH_NOT_FOUND);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\readme.txt\\new.txt", NULL, FILE_WRITE_DATA, 0, FILE_CREATE, 0),
              STATUS_OBJECT_PATH_NOT_FOUND);
}

static
ULONG
KmtFatCountEntries(
    IN HANDLE Directory,
    IN PCWSTR Pattern OPTIONAL,
    IN PCWSTR Wanted OPTIONAL,
    OUT PBOOLEAN Found,
    OUT PNTSTATUS FirstStatus
    )

/*++

Routine Description:

    Enumerates a directory (from its start, with Pattern on the first query) as FileNamesInformation in a
    small buffer, counting the entries and looking for the name Wanted.

--*/

{
    static UCHAR Buffer[200];
    IO_STATUS_BLOCK IoStatus;
    UNICODE_STRING PatternString;
    PFILE_NAMES_INFORMATION Entry;
    ULONG Count = 0;
    BOOLEAN First = TRUE;
    NTSTATUS Status;

    *Found = FALSE;
    if (ARGUMENT_PRESENT(Pattern)) {
        RtlInitUnicodeString(&PatternString, Pattern);
    }
    for (;;) {
        Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileNamesInformation,
                                      FALSE, First && ARGUMENT_PRESENT(Pattern) ? &PatternString : NULL, First);
        if (First) {
            *FirstStatus = Status;
        }
        First = FALSE;
        if (!NT_SUCCESS(Status)) {
            return Count;
        }
        for (Entry = (PFILE_NAMES_INFORMATION)Buffer;; Entry = (PFILE_NAMES_INFORMATION)((PUCHAR)Entry + Entry->NextEntryOffset)) {
            Count += 1;
            if (ARGUMENT_PRESENT(Wanted) && KmtFatNameIs(Entry->FileName, Entry->FileNameLength, Wanted)) {
                *Found = TRUE;
            }
            if (Entry->NextEntryOffset == 0) {
                break;
            }
        }
    }
}

static
VOID
KmtFatTestDirectories(
    VOID
    )
{
    static UCHAR Buffer[512];
    HANDLE Root;
    HANDLE Directory;
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    PFILE_BOTH_DIR_INFORMATION Both = (PFILE_BOTH_DIR_INFORMATION)Buffer;
    PFILE_DIRECTORY_INFORMATION Info = (PFILE_DIRECTORY_INFORMATION)Buffer;
    FILE_INTERNAL_INFORMATION LongId;
    FILE_INTERNAL_INFORMATION ShortId;
    UNICODE_STRING Pattern;
    WCHAR ShortPath[40];
    BOOLEAN Found;
    NTSTATUS First;
    NTSTATUS Status;
    ULONG Count;

    Status = KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE,
                        FILE_OPEN, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    Count = KmtFatCountEntries(Root, NULL, KMT_LONG_NAME, &Found, &First);
    ok_eq_hex(First, STATUS_SUCCESS);
    ok_eq_ulong(Count, 5);      // the four the host wrote for these tests, and System32 (the drivers, the hive)
    ok_eq_bool(Found, TRUE);
    ok_eq_hex(ZwQueryDirectoryFile(Root, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileNamesInformation, FALSE,
                                   NULL, FALSE), STATUS_NO_MORE_FILES);
    ZwClose(Root);

    KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN, FILE_DIRECTORY_FILE);
    Count = KmtFatCountEntries(Root, L"*.TXT", L"readme.txt", &Found, &First);
    ok_eq_ulong(Count, 2);
    ok_eq_bool(Found, TRUE);
    ZwClose(Root);
    KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN, FILE_DIRECTORY_FILE);
    Count = KmtFatCountEntries(Root, L"nomatch*", NULL, &Found, &First);
    ok_eq_hex(First, STATUS_NO_SUCH_FILE);
    ok_eq_ulong(Count, 0);
    ZwClose(Root);

    //
    // A subdirectory has "." and ".." too.
    //

    Status = KmtFatOpen(&Directory, L"\\SystemRoot\\dir", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN,
                        FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        Count = KmtFatCountEntries(Directory, NULL, L"..", &Found, &First);
        ok_eq_ulong(Count, 4);
        ok_eq_bool(Found, TRUE);
        ZwClose(Directory);
    }

    //
    // The long name's entry: its size, attributes and short name, which opens the same file.
    //

    KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN, FILE_DIRECTORY_FILE);
    RtlInitUnicodeString(&Pattern, KMT_LONG_NAME);
    Status = ZwQueryDirectoryFile(Root, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileBothDirectoryInformation,
                                  TRUE, &Pattern, TRUE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_ulong(Both->EndOfFile.LowPart, 3000);
        ok_eq_hex(Both->FileAttributes, FILE_ATTRIBUTE_ARCHIVE);
        ok_eq_ulong(Both->NextEntryOffset, 0);
        ok(Both->ShortNameLength > 0 && Both->ShortNameLength <= 24, "a short name: %d bytes\n", Both->ShortNameLength);
        ok(KmtFatNameIs(Both->FileName, Both->FileNameLength, KMT_LONG_NAME), "the entry's long name\n");
        if (Both->ShortNameLength > 0 && Both->ShortNameLength <= 24) {
            RtlCopyMemory(ShortPath, L"\\SystemRoot\\", 12 * sizeof(WCHAR));
            RtlCopyMemory(&ShortPath[12], Both->ShortName, Both->ShortNameLength);
            ShortPath[12 + Both->ShortNameLength / sizeof(WCHAR)] = 0;
            Status = KmtFatOpen(&Handle, ShortPath, NULL, FILE_READ_ATTRIBUTES, FILE_SHARE_READ, FILE_OPEN, 0);
            ok_eq_hex(Status, STATUS_SUCCESS);
            if (NT_SUCCESS(Status)) {
                ZwQueryInformationFile(Handle, &IoStatus, &ShortId, sizeof(ShortId), FileInternalInformation);
                ZwClose(Handle);
                KmtFatOpen(&Handle, L"\\SystemRoot\\" KMT_LONG_NAME, NULL, FILE_READ_ATTRIBUTES, FILE_SHARE_READ,
                           FILE_OPEN, 0);
                ZwQueryInformationFile(Handle, &IoStatus, &LongId, sizeof(LongId), FileInternalInformation);
                ZwClose(Handle);
                ok(LongId.IndexNumber.QuadPart == ShortId.IndexNumber.QuadPart, "the short name opens the same file\n");
            }
        }
    }
    ZwClose(Root);

    //
    // A handle's pattern is the one its first query gave: a new handle for another.
    //

    KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN, FILE_DIRECTORY_FILE);
    RtlInitUnicodeString(&Pattern, L"DIR");
    Status = ZwQueryDirectoryFile(Root, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileDirectoryInformation,
                                  TRUE, &Pattern, TRUE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_hex(Info->FileAttributes & FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_DIRECTORY);
    ok(KmtFatNameIs(Info->FileName, Info->FileNameLength, L"dir"), "the entry's name as on the volume\n");
    ok_eq_hex(ZwQueryDirectoryFile(Root, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileBasicInformation,
                                   TRUE, NULL, TRUE), STATUS_INVALID_INFO_CLASS);
    ZwClose(Root);
}

static
VOID
KmtFatTestVolume(
    VOID
    )
{
    static UCHAR Sector[512];
    HANDLE Disk;
    HANDLE Root;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    FILE_FS_SIZE_INFORMATION Size;
    UCHAR Buffer[sizeof(FILE_FS_VOLUME_INFORMATION) + 64];
    PFILE_FS_VOLUME_INFORMATION Volume = (PFILE_FS_VOLUME_INFORMATION)Buffer;
    PFILE_FS_ATTRIBUTE_INFORMATION Attribute = (PFILE_FS_ATTRIBUTE_INFORMATION)Buffer;
    BOOLEAN Fat32;
    ULONG Serial;
    NTSTATUS Status;

    //
    // The boot sector, read from the disk directly, is the reference.
    //

    Status = KmtFatOpen(&Disk, L"\\Device\\Ramdisk0", NULL, FILE_READ_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    Offset.QuadPart = 0;
    ok_eq_hex(ZwReadFile(Disk, NULL, NULL, NULL, &IoStatus, Sector, sizeof(Sector), &Offset, NULL), STATUS_SUCCESS);
    ZwClose(Disk);
    Fat32 = (BOOLEAN)((Sector[22] | Sector[23]) == 0);
    Serial = Fat32 ? (Sector[67] | (Sector[68] << 8) | (Sector[69] << 16) | ((ULONG)Sector[70] << 24)) : (Sector[39] | (Sector[40] << 8) | (Sector[41] << 16) | ((ULONG)Sector[42] << 24));

    Status = KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ, FILE_OPEN, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    ok_eq_hex(ZwQueryVolumeInformationFile(Root, &IoStatus, &Size, sizeof(Size), FileFsSizeInformation), STATUS_SUCCESS);
    ok_eq_ulong(Size.BytesPerSector, Sector[11] | (Sector[12] << 8));
    ok_eq_ulong(Size.SectorsPerAllocationUnit, Sector[13]);
    ok(Size.AvailableAllocationUnits.QuadPart > 0 && Size.AvailableAllocationUnits.QuadPart < Size.TotalAllocationUnits.QuadPart,
       "some clusters are free, some used\n");
    ok_eq_hex(ZwQueryVolumeInformationFile(Root, &IoStatus, Volume, sizeof(Buffer), FileFsVolumeInformation), STATUS_SUCCESS);
    ok_eq_hex(Volume->VolumeSerialNumber, Serial);
    ok_eq_hex(ZwQueryVolumeInformationFile(Root, &IoStatus, Attribute, sizeof(Buffer), FileFsAttributeInformation),
              STATUS_SUCCESS);
    ok(KmtFatNameIs(Attribute->FileSystemName, Attribute->FileSystemNameLength, Fat32 ? L"FAT32" : L"FAT"),
       "the file system's name\n");
    ok_eq_ulong(Attribute->MaximumComponentNameLength, 255);
    ZwClose(Root);
}

NTSTATUS
KmtFatWrite(
    IN HANDLE Handle,
    IN ULONG Offset,
    IN ULONG Length,
    IN ULONG Seed
    )

/*++

Routine Description:

    Writes the pattern's bytes [Offset, Offset + Length) at Offset (FILE_WRITE_TO_END_OF_FILE when Offset is
    MAXULONG, continuing the pattern at Length's start... the caller's) in pieces of up to 4096 bytes.

--*/

{
    static UCHAR Buffer[4096];
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Position;
    ULONG Done = 0;
    ULONG Chunk;
    ULONG Index;
    NTSTATUS Status;

    while (Done < Length) {
        Chunk = Length - Done > sizeof(Buffer) ? sizeof(Buffer) : Length - Done;
        for (Index = 0; Index < Chunk; Index += 1) {
            Buffer[Index] = KmtFatPattern(Offset + Done + Index, Seed);
        }
        Position.QuadPart = Offset + Done;
        Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, Chunk, &Position, NULL);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (IoStatus.Information != Chunk) {
            return STATUS_UNSUCCESSFUL;
        }
        Done += Chunk;
    }
    return STATUS_SUCCESS;
}

VOID
KmtFatStandard(
    IN HANDLE Handle,
    OUT PFILE_STANDARD_INFORMATION Standard
    )

/*++

Routine Description:

    The file's standard information; MAXULONG sizes when the query fails.

--*/

{
    IO_STATUS_BLOCK IoStatus;

    RtlZeroMemory(Standard, sizeof(FILE_STANDARD_INFORMATION));
    Standard->EndOfFile.LowPart = MAXULONG;
    Standard->AllocationSize.LowPart = MAXULONG;
    ZwQueryInformationFile(Handle, &IoStatus, Standard, sizeof(FILE_STANDARD_INFORMATION), FileStandardInformation);
}

ULONG
KmtFatSize(
    IN HANDLE Handle
    )
{
    FILE_STANDARD_INFORMATION Standard;

    KmtFatStandard(Handle, &Standard);
    return Standard.EndOfFile.LowPart;
}

ULONGLONG
KmtFatFreeUnits(
    VOID
    )
{
    HANDLE Root;
    IO_STATUS_BLOCK IoStatus;
    FILE_FS_SIZE_INFORMATION Size;

    RtlZeroMemory(&Size, sizeof(Size));
    if (NT_SUCCESS(KmtFatOpen(&Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE,
                              FILE_OPEN, FILE_DIRECTORY_FILE))) {
        ZwQueryVolumeInformationFile(Root, &IoStatus, &Size, sizeof(Size), FileFsSizeInformation);
        ZwClose(Root);
    }
    return (ULONGLONG)Size.AvailableAllocationUnits.QuadPart;
}

NTSTATUS
KmtFatDelete(
    IN PCWSTR Path
    )
{
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    FILE_DISPOSITION_INFORMATION Disposition;
    NTSTATUS Status;

    Status = KmtFatOpen(&Handle, Path, NULL, DELETE, 0, FILE_OPEN, 0);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Disposition.DeleteFile = TRUE;
    Status = ZwSetInformationFile(Handle, &IoStatus, &Disposition, sizeof(Disposition), FileDispositionInformation);
    ZwClose(Handle);
    return Status;
}

static
NTSTATUS
KmtFatRename(
    IN PCWSTR From,
    IN PCWSTR To,
    IN BOOLEAN Replace
    )
{
    static UCHAR Buffer[sizeof(FILE_RENAME_INFORMATION) + 128 * sizeof(WCHAR)];
    PFILE_RENAME_INFORMATION Rename = (PFILE_RENAME_INFORMATION)Buffer;
    UNICODE_STRING Name;
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    NTSTATUS Status;

    Status = KmtFatOpen(&Handle, From, NULL, DELETE, 0, FILE_OPEN, 0);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&Name, To);
    Rename->ReplaceIfExists = Replace;
    Rename->RootDirectory = NULL;
    Rename->FileNameLength = Name.Length;
    RtlCopyMemory(Rename->FileName, Name.Buffer, Name.Length);
    Status = ZwSetInformationFile(Handle, &IoStatus, Rename, sizeof(Buffer), FileRenameInformation);
    ZwClose(Handle);
    return Status;
}

static
VOID
KmtFatTestWrites(
    VOID
    )
{
    static UCHAR Buffer[64];
    static WCHAR Path[80];
    HANDLE Handle;
    HANDLE Directory;
    IO_STATUS_BLOCK IoStatus;
    FILE_END_OF_FILE_INFORMATION EndOfFile;
    FILE_BASIC_INFORMATION Basic;
    LARGE_INTEGER Offset;
    LARGE_INTEGER Now;
    ULONGLONG FreeBefore;
    BOOLEAN Found;
    NTSTATUS First;
    ULONG Index;
    ULONG Count;
    ULONG Written;
    NTSTATUS Status;

    FreeBefore = KmtFatFreeUnits();
    Status = KmtFatOpen(&Directory, L"\\SystemRoot\\kmtw", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE,
                        FILE_CREATE, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    ZwClose(Directory);

    //
    // A new file across clusters, read back through a new open.
    //

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\Short.txt", NULL, FILE_READ_DATA | FILE_WRITE_DATA, 0, FILE_CREATE,
                        FILE_NON_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_hex(KmtFatWrite(Handle, 0, 5000, 9), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 5000);
    ok_eq_hex(ZwQueryInformationFile(Handle, &IoStatus, &Basic, sizeof(Basic), FileBasicInformation), STATUS_SUCCESS);
    KeQuerySystemTime(&Now);
    ok(Basic.LastWriteTime.QuadPart <= Now.QuadPart && Now.QuadPart - Basic.LastWriteTime.QuadPart < 40000000,
       "the last write time is the system time (to FAT's two seconds)\n");
    ok_eq_hex(Basic.FileAttributes, FILE_ATTRIBUTE_ARCHIVE);
    ZwClose(Handle);
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\SHORT.TXT", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok(KmtFatCheckPattern(Handle, 5000, 9, 1000), "the new file reads back\n");
        ZwClose(Handle);
    }

    //
    // Overwritten, truncated, extended with zeros, appended to, written past its end.
    //

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\Short.txt", NULL, FILE_READ_DATA | FILE_WRITE_DATA, 0,
                        FILE_OVERWRITE, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 0);
    ok_eq_hex(KmtFatWrite(Handle, 0, 100, 4), STATUS_SUCCESS);
    EndOfFile.EndOfFile.QuadPart = 50;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, &EndOfFile, sizeof(EndOfFile), FileEndOfFileInformation), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 50);
    EndOfFile.EndOfFile.QuadPart = 3000;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, &EndOfFile, sizeof(EndOfFile), FileEndOfFileInformation), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 3000);
    Offset.QuadPart = 40;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 20, &Offset, NULL), STATUS_SUCCESS);
    ok(Buffer[9] == KmtFatPattern(49, 4) && Buffer[10] == 0 && Buffer[19] == 0, "data to 50, zeros after\n");
    Offset.QuadPart = 2990;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 20, &Offset, NULL), STATUS_SUCCESS);
    ok(IoStatus.Information == 10 && Buffer[0] == 0 && Buffer[9] == 0, "the extension is zeros\n");
    Offset.LowPart = FILE_WRITE_TO_END_OF_FILE;
    Offset.HighPart = -1;
    ok_eq_hex(ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, "append", 6, &Offset, NULL), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 3006);
    Offset.QuadPart = 4000;
    ok_eq_hex(ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, "far", 3, &Offset, NULL), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 4003);
    Offset.QuadPart = 3000;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 10, &Offset, NULL), STATUS_SUCCESS);
    ok(RtlCompareMemory(Buffer, "append", 6) == 6 && Buffer[6] == 0, "appended, then zeros to the far write\n");
    ZwClose(Handle);

    //
    // Renames: in place, to another directory by path, onto an existing name.
    //

    Status = KmtFatOpen(&Directory, L"\\SystemRoot\\kmtw\\sub2", NULL, FILE_LIST_DIRECTORY, 0, FILE_CREATE,
                        FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ZwClose(Directory);
    }
    ok_eq_hex(KmtFatRename(L"\\SystemRoot\\kmtw\\Short.txt", L"Renamed file.txt", FALSE), STATUS_SUCCESS);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\Short.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(KmtFatRename(L"\\SystemRoot\\kmtw\\Renamed file.txt", L"\\SystemRoot\\kmtw\\sub2\\moved.txt", FALSE),
              STATUS_SUCCESS);
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\sub2\\moved.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_ulong(KmtFatSize(Handle), 4003);
        ZwClose(Handle);
    }
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\other.bin", NULL, FILE_WRITE_DATA, 0, FILE_CREATE, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(KmtFatWrite(Handle, 0, 700, 6), STATUS_SUCCESS);
        ZwClose(Handle);
    }
    ok_eq_hex(KmtFatRename(L"\\SystemRoot\\kmtw\\other.bin", L"\\SystemRoot\\kmtw\\sub2\\moved.txt", FALSE),
              STATUS_OBJECT_NAME_COLLISION);
    ok_eq_hex(KmtFatRename(L"\\SystemRoot\\kmtw\\other.bin", L"\\SystemRoot\\kmtw\\sub2\\moved.txt", TRUE),
              STATUS_SUCCESS);
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\sub2\\moved.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok(KmtFatCheckPattern(Handle, 700, 6, 512), "the replacing file's data\n");
        ZwClose(Handle);
    }

    //
    // A directory grown past its first cluster by long names; every name enumerated.
    //

    for (Index = 0; Index < 24; Index += 1) {
        RtlCopyMemory(Path, L"\\SystemRoot\\kmtw\\A much longer file name number 00.data", 56 * sizeof(WCHAR));
        Path[48] = (WCHAR)(L'0' + Index / 10);
        Path[49] = (WCHAR)(L'0' + Index % 10);
        Path[56] = 0;
        Status = KmtFatOpen(&Handle, Path, NULL, FILE_WRITE_DATA, 0, FILE_CREATE, 0);
        if (!NT_SUCCESS(Status)) {
            break;
        }
        ZwClose(Handle);
    }
    ok_eq_hex(Status, STATUS_SUCCESS);
    Status = KmtFatOpen(&Directory, L"\\SystemRoot\\kmtw", NULL, FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE,
                        FILE_OPEN, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        Count = KmtFatCountEntries(Directory, L"A much longer*", L"A much longer file name number 23.data", &Found, &First);
        ok_eq_ulong(Count, 24);
        ok_eq_bool(Found, TRUE);
        ZwClose(Directory);
    }
    for (Index = 0; Index < 24; Index += 1) {
        Path[48] = (WCHAR)(L'0' + Index / 10);
        Path[49] = (WCHAR)(L'0' + Index % 10);
        if (!NT_SUCCESS(KmtFatDelete(Path))) {
            break;
        }
    }
    ok_eq_ulong(Index, 24);

    //
    // Deletion: a non-empty directory cannot be; delete on close; every cluster given back at the end.
    //

    ok_eq_hex(KmtFatDelete(L"\\SystemRoot\\kmtw\\sub2"), STATUS_DIRECTORY_NOT_EMPTY);
    ok_eq_hex(KmtFatDelete(L"\\SystemRoot\\kmtw\\sub2\\moved.txt"), STATUS_SUCCESS);
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\sub2\\moved.txt", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_NAME_NOT_FOUND);
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\temp.tmp", NULL, FILE_WRITE_DATA | DELETE, 0, FILE_CREATE,
                        FILE_DELETE_ON_CLOSE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ZwClose(Handle);
    }
    ok_eq_hex(KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\temp.tmp", NULL, FILE_READ_DATA, 0, FILE_OPEN, 0),
              STATUS_OBJECT_NAME_NOT_FOUND);
    //
    // The disk filled (on a volume of at most 4096 free clusters, so quickly: the default 1440 KiB one).
    //

    if (FreeBefore <= 4096) {
        Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kmtw\\big.bin", NULL, FILE_WRITE_DATA, 0, FILE_CREATE, 0);
        ok_eq_hex(Status, STATUS_SUCCESS);
        if (NT_SUCCESS(Status)) {
            Written = 0;
            for (;;) {
                Status = KmtFatWrite(Handle, Written, 65536, 7);
                if (!NT_SUCCESS(Status)) {
                    break;
                }
                Written += 65536;
                if (Written > 64u << 20) {
                    break;
                }
            }
            ok_eq_hex(Status, STATUS_DISK_FULL);
            ok(KmtFatSize(Handle) <= Written + 65536 && KmtFatSize(Handle) >= Written, "a failed write leaves the size it had\n");
            ZwClose(Handle);
        }
        ok_eq_hex(KmtFatDelete(L"\\SystemRoot\\kmtw\\big.bin"), STATUS_SUCCESS);
    }
    ok_eq_hex(KmtFatDelete(L"\\SystemRoot\\kmtw\\sub2"), STATUS_SUCCESS);
    ok_eq_hex(KmtFatDelete(L"\\SystemRoot\\kmtw"), STATUS_SUCCESS);
    ok(KmtFatFreeUnits() == FreeBefore, "every cluster is free again\n");
}

static
VOID
KmtFatKeepFiles(
    VOID
    )

/*++

Routine Description:

    /FATKEEP: leaves \kept with a long-named pattern file and a short one for the host's fsck.fat and mtools
    (FatBootVolumeTests), renames one file there so an old name's entries are freed, and leaves one open.

--*/

{
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    FILE_ALLOCATION_INFORMATION Allocation;
    NTSTATUS Status;

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kept", NULL, FILE_LIST_DIRECTORY, 0, FILE_OPEN_IF, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ZwClose(Handle);
    }
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kept\\Written by the kernel.bin", NULL, FILE_WRITE_DATA, 0,
                        FILE_OVERWRITE_IF, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(KmtFatWrite(Handle, 0, 40000, 5), STATUS_SUCCESS);
        ZwClose(Handle);
    }
    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kept\\first name.txt", NULL, FILE_WRITE_DATA, 0, FILE_OVERWRITE_IF, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(KmtFatWrite(Handle, 0, 1234, 8), STATUS_SUCCESS);
        ZwClose(Handle);
    }
    ok_eq_hex(KmtFatRename(L"\\SystemRoot\\kept\\first name.txt", L"RENAMED.TXT", TRUE), STATUS_SUCCESS);

    //
    // Last (a written file's last cleanup flushes the whole cache): a file written, given clusters beyond its
    // end, and left open. Only the shutdown notification gets it to the disk whole, its chain its size's.
    //

    Status = KmtFatOpen(&Handle, L"\\SystemRoot\\kept\\Open at power-off.bin", NULL, FILE_WRITE_DATA, 0,
                        FILE_OVERWRITE_IF, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(KmtFatWrite(Handle, 0, 30000, 3), STATUS_SUCCESS);
        Allocation.AllocationSize.QuadPart = 40000;
        ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, &Allocation, sizeof(Allocation), FileAllocationInformation),
                  STATUS_SUCCESS);
    }
}

START_TEST(FatFs)
{
    KmtFatTestReads();
    KmtFatTestDirectories();
    KmtFatTestVolume();
    KmtFatTestWrites();
    if (KiBootOptionPresent(KeLoaderBlock->LoadOptions, "/FATKEEP")) {
        KmtFatKeepFiles();
    }
}
