/*++

Module Name:

    blconfig.h

Abstract:

    The boot configuration file, \EFI\NT2CS\BOOT.INI on the EFI system partition: ASCII lines of key=value
    under a [boot loader] section, `;` comments, keys without regard to case:

        [boot loader]
        kernel=\EFI\NT2CS\NTOSKRNL.EXE      the kernel's image file, on the EFI system partition (required)
        hal=\EFI\NT2CS\HAL.DLL              the HAL's image file, there too (required)
        volume=2                            the boot volume: that partition of the disk the loader came from
        hive=\System32\Config\SYSTEM        the SYSTEM hive, on the boot volume (this is the default)
        options=/SELFTEST                   the boot options the kernel gets (default: none)

--*/

#ifndef _BLCONFIG_
#define _BLCONFIG_

#include "bl.h"

#define BL_MAX_PATH 260
#define BL_MAX_OPTIONS 1024
#define BL_MAX_CONFIG_LINE 1100

typedef struct _BL_CONFIGURATION {
    CHAR KernelPath[BL_MAX_PATH];
    CHAR HalPath[BL_MAX_PATH];
    CHAR HivePath[BL_MAX_PATH];
    CHAR Options[BL_MAX_OPTIONS];
    ULONG Volume;                           // 0: none given
} BL_CONFIGURATION, *PBL_CONFIGURATION;

//
// What is wrong with a configuration file: the line (1-based; 0 for the file as a whole) and why.
//

typedef struct _BL_CONFIG_ERROR {
    ULONG Line;
    PCSTR Reason;
} BL_CONFIG_ERROR, *PBL_CONFIG_ERROR;

NTSTATUS
BlParseConfiguration(
    IN CONST CHAR *Text,
    IN ULONG Length,
    OUT PBL_CONFIGURATION Configuration,
    OUT PBL_CONFIG_ERROR Error
    );

#endif // _BLCONFIG_
