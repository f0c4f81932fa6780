/*++

Module Name:

    kmtfs.h

Abstract:

    The file service self-tests' drivers (tests/kmtfs.c): a disk driver with three small disks (one holding
    the test file system's volume, one foreign, one the test file system finds damaged) and a test file
    system, KmtFs: a flat root directory of at most KMT_FS_FILES files of at most KMT_FS_FILE_SIZE bytes,
    kept in memory, with share access, delete on close and pending, rename and enumeration. What the
    drivers saw is counted in KmtFs.

--*/

#ifndef _KMTFS_
#define _KMTFS_

#include <kmtest.h>
#include <io.h>

#define KMT_FS_FILES 12
#define KMT_FS_FILE_SIZE 1024
#define KMT_FS_NAME_CHARS 32

#define KMT_DISK_VOLUME L"\\Device\\KmtDisk0"
#define KMT_DISK_FOREIGN L"\\Device\\KmtDisk1"
#define KMT_DISK_CORRUPT L"\\Device\\KmtDisk2"
#define KMT_DISK_IOCTL CTL_CODE(FILE_DEVICE_DISK, 0x900, METHOD_BUFFERED, FILE_READ_ACCESS)
#define KMT_DISK_SECTOR 512

typedef struct _KMT_FS_FILE {
    BOOLEAN InUse;
    BOOLEAN Directory;
    BOOLEAN DeletePending;
    USHORT NameLength;              // bytes
    WCHAR Name[KMT_FS_NAME_CHARS];
    ULONG Size;
    ULONG Attributes;
    ULONG OpenCount;                // opens not yet cleaned up
    SHARE_ACCESS ShareAccess;
    UCHAR Data[KMT_FS_FILE_SIZE];
} KMT_FS_FILE, *PKMT_FS_FILE;

typedef struct _KMT_FS_STATE {
    PDRIVER_OBJECT DiskDriver;
    PDRIVER_OBJECT FsDriver;
    PDEVICE_OBJECT Disks[3];
    PDEVICE_OBJECT FsControl;
    PDEVICE_OBJECT Volume;          // the mounted volume's device
    ULONG MountRequests;
    ULONG Mounts;
    ULONG Creates;
    ULONG Cleanups;
    ULONG Closes;
    ULONG Flushes;
    ULONG DiskReads;
    UCHAR LastCreateFlags;          // the create's stack location Flags
    ULONG LastDisposition;
    PFILE_OBJECT LastRelated;       // the create's RelatedFileObject
    KMT_FS_FILE Files[KMT_FS_FILES];  // [0] is the root directory
} KMT_FS_STATE;

extern KMT_FS_STATE KmtFs;

NTSTATUS KmtFsLoadDrivers(VOID);
VOID KmtFsUnloadDrivers(VOID);
VOID KmtTestCompletionApcs(VOID);

#endif // _KMTFS_
