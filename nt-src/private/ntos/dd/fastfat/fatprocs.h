/*++

Module Name:

    fatprocs.h

Abstract:

    The FAT file system driver's structures and routines. Facts about the on-disk format are from
    Microsoft's published FAT specification ("Microsoft Extensible Firmware Initiative FAT32 File System
    Specification", version 1.03): the boot sector's BIOS parameter block, the FAT type decided by the count
    of clusters alone, the FAT entries, 32-byte directory entries and the long name entries before them.

    A mounted volume is a VCB (the volume device's extension). Each open file or directory has one FCB per
    volume, found by its full path; each file object has a CCB (its place in a directory enumeration, its
    pattern, delete on close). Everything on a volume is serialised by the volume's mutex (a KMUTEX, which
    leaves special kernel APCs, and so the completion of the disk requests it waits for, enabled).

--*/

#ifndef _FATPROCS_
#define _FATPROCS_

#include <ntifs.h>

#define FAT_TAG 'tafF'
#define FAT_CACHE_SECTORS 64
#define FAT_MAX_NAME 255                    // characters of a long name

//
// Directory entries (the specification's DIR_* and LDIR_* fields).
//

#define FAT_DIRENT_SIZE 32
#define FAT_ATTR_READ_ONLY 0x01
#define FAT_ATTR_HIDDEN 0x02
#define FAT_ATTR_SYSTEM 0x04
#define FAT_ATTR_VOLUME_ID 0x08
#define FAT_ATTR_DIRECTORY 0x10
#define FAT_ATTR_ARCHIVE 0x20
#define FAT_ATTR_LONG_NAME 0x0F
#define FAT_ATTR_LONG_NAME_MASK 0x3F
#define FAT_DIRENT_FREE 0xE5
#define FAT_DIRENT_END 0x00
#define FAT_LAST_LONG_ENTRY 0x40
#define FAT_NTRES_LOWER_BASE 0x08           // the convention Windows NT and mtools keep in DIR_NTRes
#define FAT_NTRES_LOWER_EXT 0x10

typedef struct _FAT_VCB {
    PDEVICE_OBJECT VolumeDevice;
    PDEVICE_OBJECT TargetDevice;            // the top of the disk's stack
    PVPB Vpb;
    KMUTEX Lock;
    ULONG BytesPerSector;
    ULONG SectorsPerCluster;
    ULONG ClusterSize;
    ULONG ReservedSectors;
    ULONG NumberOfFats;
    ULONG FatSectors;
    ULONG RootEntries;
    ULONG RootDirSectors;
    ULONG TotalSectors;
    ULONG FirstDataSector;
    ULONG ClusterCount;
    ULONG FatType;                          // 12, 16 or 32
    ULONG RootCluster;                      // FAT32: the root directory's first cluster; else 0
    ULONG FsInfoSector;                     // FAT32: BPB_FSInfo
    ULONG SerialNumber;
    ULONG LabelLength;                      // bytes
    WCHAR Label[11];
    LIST_ENTRY FcbList;

    //
    // The sector cache: FAT_CACHE_SECTORS sectors, replaced in turn.
    //

    PUCHAR CacheBuffer;
    ULONG CacheSector[FAT_CACHE_SECTORS];
    BOOLEAN CacheValid[FAT_CACHE_SECTORS];
    BOOLEAN CacheDirty[FAT_CACHE_SECTORS];
    ULONG NextFree;                         // where the search for a free cluster starts
    ULONG FreeClusters;                     // counted at the mount, kept since
    BOOLEAN FsInfoDirty;                    // the clusters changed since FSInfo was last written
    ULONG CacheNext;
} FAT_VCB, *PFAT_VCB;

typedef struct _FAT_FCB {
    LIST_ENTRY Links;
    ULONG References;                       // file objects
    ULONG OpenCount;                        // opens not yet cleaned up
    SHARE_ACCESS ShareAccess;
    BOOLEAN Directory;
    BOOLEAN Root;
    ULONG FirstCluster;                     // 0: none (an empty file, or the FAT12/16 root)
    ULONG FileSize;
    ULONG Attributes;                       // FAT_ATTR_*
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER LastAccessTime;
    BOOLEAN DeletePending;
    BOOLEAN Deleted;                        // its entry is gone (deleted at its last cleanup)
    BOOLEAN Written;                        // changed since its last flush
    BOOLEAN Preallocated;                   // may hold clusters beyond its size (FileAllocationInformation)
    ULONG HintIndex;                        // the chain's HintIndex-th cluster is HintCluster (0: no hint), so
    ULONG HintCluster;                      // sequential requests do not walk it from its start
    ULONG ParentCluster;                    // the directory holding its entry (0: the FAT12/16 root)
    ULONG DirentIndex;                      // its short entry's index in that directory
    UNICODE_STRING FullName;                // from the root, "\dir\name"; "\" for the root
} FAT_FCB, *PFAT_FCB;

typedef struct _FAT_CCB {
    ULONG NextIndex;                        // the enumeration's next directory entry index
    BOOLEAN Enumerating;                    // a first query was made (the pattern is kept)
    BOOLEAN DeleteOnClose;
    UNICODE_STRING Pattern;
} FAT_CCB, *PFAT_CCB;

//
// A directory entry as read: its names and its short entry's fields.
//

typedef struct _FAT_DIRENT {
    ULONG Index;                            // the short entry's index in its directory
    UCHAR Raw[FAT_DIRENT_SIZE];             // the short entry
    ULONG Attributes;
    ULONG FirstCluster;
    ULONG FileSize;
    USHORT ShortLength;                     // characters
    WCHAR ShortName[12];
    USHORT LongLength;                      // characters; 0: none
    WCHAR LongName[FAT_MAX_NAME + 1];
} FAT_DIRENT, *PFAT_DIRENT;

//
// fatcache.c
//

NTSTATUS FatReadSector(IN PFAT_VCB Vcb, IN ULONG Sector, OUT PUCHAR *Data);
NTSTATUS FatReadDisk(IN PDEVICE_OBJECT Target, IN ULONGLONG Offset, IN ULONG Length, OUT PVOID Buffer);
NTSTATUS FatGetFatEntry(IN PFAT_VCB Vcb, IN ULONG Cluster, OUT PULONG Next);
BOOLEAN FatIsEndOfChain(IN PFAT_VCB Vcb, IN ULONG Entry);
VOID FatDirtySector(IN PFAT_VCB Vcb, IN PUCHAR Data);
NTSTATUS FatFlushCache(IN PFAT_VCB Vcb);
NTSTATUS FatCountFreeClusters(IN PFAT_VCB Vcb);
NTSTATUS FatSetFatEntry(IN PFAT_VCB Vcb, IN ULONG Cluster, IN ULONG Value);
ULONG FatEndOfChain(IN PFAT_VCB Vcb);
ULONG FatClusterToSector(IN PFAT_VCB Vcb, IN ULONG Cluster);
NTSTATUS FatClusterAt(IN PFAT_VCB Vcb, IN PFAT_FCB Fcb, IN ULONG Index, OUT PULONG Cluster);
NTSTATUS FatFileRun(IN PFAT_VCB Vcb, IN OUT PULONG Cluster, IN ULONG Position, IN ULONG Remaining, OUT PULONG Sector,
    OUT PULONG Bytes);
NTSTATUS FatTransferSectors(IN PFAT_VCB Vcb, IN ULONG Sector, IN ULONG Count, IN OUT PUCHAR Buffer, IN BOOLEAN Write);
VOID FatLockVolume(IN PFAT_VCB Vcb);
VOID FatUnlockVolume(IN PFAT_VCB Vcb);

//
// fatmount.c
//

NTSTATUS FatMountVolume(IN PDRIVER_OBJECT DriverObject, IN PIO_STACK_LOCATION Stack);

//
// fatdir.c
//

NTSTATUS FatReadDirent(IN PFAT_VCB Vcb, IN ULONG DirCluster, IN OUT PULONG Index, OUT PFAT_DIRENT Dirent);
NTSTATUS FatLookupPath(IN PFAT_VCB Vcb, IN PCUNICODE_STRING Path, OUT PFAT_DIRENT Dirent, OUT PULONG ParentCluster,
    OUT PBOOLEAN IsRoot, IN OUT PUNICODE_STRING Found);
BOOLEAN FatIsValidComponent(IN PCUNICODE_STRING Component);
BOOLEAN FatMatchName(IN PCUNICODE_STRING Pattern, IN PCWSTR Name, IN USHORT Length);
VOID FatEntryTimes(IN PUCHAR Raw, OUT PLARGE_INTEGER Creation, OUT PLARGE_INTEGER LastWrite,
    OUT PLARGE_INTEGER LastAccess);
VOID FatDirentTimes(IN PFAT_DIRENT Dirent, OUT PLARGE_INTEGER Creation, OUT PLARGE_INTEGER LastWrite,
    OUT PLARGE_INTEGER LastAccess);

//
// fatcreate.c, fatfile.c
//

NTSTATUS FatCreate(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatCleanup(IN PFAT_VCB Vcb, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatClose(IN PFAT_VCB Vcb, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatRead(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);

//
// fatwrite.c
//

NTSTATUS FatWrite(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatSetInformation(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatAddEntry(IN PFAT_VCB Vcb, IN ULONG DirCluster, IN PCUNICODE_STRING Name, IN ULONG Attributes,
    IN ULONG FirstCluster, IN ULONG FileSize, OUT PFAT_DIRENT Dirent);
NTSTATUS FatUpdateEntry(IN PFAT_VCB Vcb, IN PFAT_FCB Fcb, IN BOOLEAN Modified);
NTSTATUS FatRemoveEntry(IN PFAT_VCB Vcb, IN ULONG DirCluster, IN ULONG Index);
NTSTATUS FatFreeChain(IN PFAT_VCB Vcb, IN ULONG FirstCluster);
NTSTATUS FatTruncate(IN PFAT_VCB Vcb, IN PFAT_FCB Fcb, IN ULONG Size);
NTSTATUS FatLastCluster(IN PFAT_VCB Vcb, IN ULONG FirstCluster, OUT PULONG Last, OUT PULONG Count);
NTSTATUS FatTrimAllocation(IN PFAT_VCB Vcb, IN PFAT_FCB Fcb);
NTSTATUS FatShutdown(IN PFAT_VCB Vcb);
NTSTATUS FatMakeDirectory(IN PFAT_VCB Vcb, IN ULONG ParentCluster, OUT PULONG FirstCluster);
NTSTATUS FatIsDirectoryEmpty(IN PFAT_VCB Vcb, IN ULONG FirstCluster);
NTSTATUS FatDirentPointer(IN PFAT_VCB Vcb, IN ULONG DirCluster, IN ULONG Index, OUT PUCHAR *Entry);
NTSTATUS FatQueryInformation(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatQueryDirectory(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);
NTSTATUS FatQueryVolume(IN PFAT_VCB Vcb, IN PIRP Irp, IN PIO_STACK_LOCATION Stack);

#endif // _FATPROCS_
