/*++

Module Name:

    fattest.h

Abstract:

    What the FAT self-tests (tests/fatfs.c, tests/fatspace.c) share: opening on the boot volume, the pattern
    files are written with and checked against, sizes, the volume's free clusters, deletion.

--*/

#ifndef _FATTEST_
#define _FATTEST_

#include <kmtest.h>
#include <ntos.h>
#include <ntifs.h>

UCHAR KmtFatPattern(IN ULONG Index, IN ULONG Seed);
NTSTATUS KmtFatOpen(OUT PHANDLE Handle, IN PCWSTR Path, IN HANDLE Root OPTIONAL, IN ACCESS_MASK Access, IN ULONG Share,
    IN ULONG Disposition, IN ULONG Options);
BOOLEAN KmtFatCheckPattern(IN HANDLE Handle, IN ULONG Size, IN ULONG Seed, IN ULONG Chunk);
NTSTATUS KmtFatWrite(IN HANDLE Handle, IN ULONG Offset, IN ULONG Length, IN ULONG Seed);
VOID KmtFatStandard(IN HANDLE Handle, OUT PFILE_STANDARD_INFORMATION Standard);
ULONG KmtFatSize(IN HANDLE Handle);
ULONGLONG KmtFatFreeUnits(VOID);
NTSTATUS KmtFatDelete(IN PCWSTR Path);

#endif // _FATTEST_
