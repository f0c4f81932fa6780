/*++

Module Name:

    blhive.h

Abstract:

    The OS loader's view of the SYSTEM hive: a read-only walk of a regf image in memory (keys by name or by
    position, values by name) and the list of boot-start drivers the kernel needs loaded before it can read a
    disk. Every cell the walk touches is checked to lie within the bins and be of the kind expected, so a
    damaged hive is STATUS_REGISTRY_CORRUPT, never a wild read; the kernel checks the hive whole later.

--*/

#ifndef _BLHIVE_
#define _BLHIVE_

#include "bl.h"
#include <regf.h>

typedef struct _BL_HIVE {
    PUCHAR Bins;                            // the first bin (the image after its base block)
    ULONG Length;                           // of the bins
    ULONG Minor;                            // the format's minor version: big data cells from 4
    HCELL_INDEX RootCell;
} BL_HIVE, *PBL_HIVE;

NTSTATUS
BlHiveInitialize(
    OUT PBL_HIVE Hive,
    IN PVOID Image,
    IN ULONG ImageLength
    );

NTSTATUS
BlHiveEnumerateSubKey(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN ULONG Index,
    OUT PHCELL_INDEX SubKey
    );

NTSTATUS
BlHiveOpenSubKey(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR Name,
    OUT PHCELL_INDEX SubKey
    );

NTSTATUS
BlHiveKeyName(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    OUT PWCHAR Buffer,
    IN ULONG BufferChars
    );

NTSTATUS
BlHiveQueryValue(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR Name,
    OUT PULONG Type,
    OUT PVOID Data,
    IN OUT PULONG DataLength
    );

BOOLEAN
BlEqualNames(
    IN PCWSTR First,
    IN ULONG FirstChars,
    IN PCWSTR Second,
    IN ULONG SecondChars
    );

//
// The boot-start drivers: every service of the current control set whose Type is a kernel (1) or file system
// (2) driver and whose Start is boot (0), in the order of its Group in Control\ServiceGroupOrder\List (groups
// not listed after those listed), then by Tag, then as the hive lists the services; the image path is the
// service's ImagePath, or System32\Drivers\NAME.sys without one.
//

#define BL_MAX_SERVICE_NAME 256             // a key name's longest, and its NUL
#define BL_MAX_IMAGE_PATH 260

typedef struct _BL_BOOT_DRIVER {
    WCHAR Name[BL_MAX_SERVICE_NAME];
    WCHAR ImagePath[BL_MAX_IMAGE_PATH];
    ULONG GroupRank;
    ULONG Tag;
    ULONG Order;                            // the service's place among the Services subkeys
} BL_BOOT_DRIVER, *PBL_BOOT_DRIVER;

NTSTATUS
BlFindBootDrivers(
    IN PBL_HIVE Hive,
    OUT PBL_BOOT_DRIVER Drivers,
    IN ULONG MaximumDrivers,
    OUT PULONG DriverCount
    );

#endif // _BLHIVE_
