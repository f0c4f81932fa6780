/*++

Module Name:

    cm.h

Abstract:

    The configuration manager's interface to the rest of the kernel: its initialisation from the loader block
    (the SYSTEM hive), loading another hive image under a key of the registry, and the Key object type.

--*/

#ifndef _CM_
#define _CM_

#include <ob.h>
#include <arc.h>

extern POBJECT_TYPE CmpKeyObjectType;

//
// Phase 1: \Registry, \Registry\Machine and \Registry\User in the volatile master hive, and the SYSTEM hive
// from the loader block at \Registry\Machine\System. A missing or corrupt SYSTEM hive is the bug check
// BAD_SYSTEM_CONFIG_INFO.
//

BOOLEAN CmInitSystem1(IN PLOADER_PARAMETER_BLOCK LoaderBlock);

//
// Checks a regf hive image and mounts a copy of it as the new key KeyPath (whose parent must exist), or
// fails: STATUS_REGISTRY_CORRUPT for an image that is not a sound hive, STATUS_OBJECT_NAME_COLLISION when
// KeyPath exists. The hive is volatile (ZwFlushKey has nowhere to write it).
//

NTSTATUS CmLoadHiveImage(IN PCUNICODE_STRING KeyPath, IN PVOID Image, IN ULONG Length);

//
// Unmounts a hive CmLoadHiveImage mounted (no handle to its keys may be open): STATUS_INVALID_PARAMETER when
// KeyPath is not one.
//

NTSTATUS CmUnloadHive(IN PCUNICODE_STRING KeyPath);

//
// The SYSTEM hive's file on the boot volume, which ZwFlushKey writes; CmShutdownSystem writes it once more
// before power-off if it changed since.
//

#define CM_SYSTEM_HIVE_FILE L"\\SystemRoot\\System32\\Config\\SYSTEM"

VOID CmShutdownSystem(VOID);

#endif // _CM_
