/*++

Module Name:

    blboot.c

Abstract:

    The boot-start drivers the SYSTEM hive names, in the order NT 3.5's loader loaded them (docs/BOOT.md): the
    current control set is Select\Current's (1 without one); every service of its Services key whose Type is a
    kernel or file system driver and whose Start is boot, ordered by its Group's place in
    Control\ServiceGroupOrder\List (no group, or one not listed: after every listed group), then by Tag (none:
    after every tag), then as the hive lists the services.

--*/

#include "blhive.h"

#define BL_SERVICE_KERNEL_DRIVER 1
#define BL_SERVICE_FILE_SYSTEM_DRIVER 2
#define BL_SERVICE_BOOT_START 0

//
// The longest ServiceGroupOrder List the loader reads, in bytes.
//

#define BL_MAX_GROUP_LIST 8192

static WCHAR BlpGroupList[BL_MAX_GROUP_LIST / sizeof(WCHAR)];

static
NTSTATUS
BlpQueryDword(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR Name,
    OUT PULONG Value
    )

/*++

Return Value:

    STATUS_SUCCESS for a REG_DWORD of four bytes; STATUS_OBJECT_NAME_NOT_FOUND when the value is missing or of
    another type or length (treated as absent, as the kernel does); STATUS_REGISTRY_CORRUPT.

--*/

{
    NTSTATUS Status;
    ULONG Type;
    ULONG Data;
    ULONG Length = sizeof(Data);

    Status = BlHiveQueryValue(Hive, Key, Name, &Type, &Data, &Length);
    if (Status == STATUS_BUFFER_OVERFLOW) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (Type != REG_DWORD || Length != sizeof(ULONG)) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    *Value = Data;
    return STATUS_SUCCESS;
}

static
NTSTATUS
BlpQueryString(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR Name,
    OUT PWCHAR Buffer,
    IN ULONG BufferChars,
    OUT PULONG Chars
    )

/*++

Routine Description:

    Reads a REG_SZ or REG_EXPAND_SZ value into Buffer, NUL-terminated, its trailing NULs dropped.

Return Value:

    STATUS_SUCCESS; STATUS_OBJECT_NAME_NOT_FOUND when it is missing or of another type; STATUS_NAME_TOO_LONG
    when it does not fit; STATUS_REGISTRY_CORRUPT.

--*/

{
    NTSTATUS Status;
    ULONG Type;
    ULONG Length = (BufferChars - 1) * sizeof(WCHAR);

    Status = BlHiveQueryValue(Hive, Key, Name, &Type, Buffer, &Length);
    if (Status == STATUS_BUFFER_OVERFLOW) {
        return STATUS_NAME_TOO_LONG;
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (Type != REG_SZ && Type != REG_EXPAND_SZ) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    *Chars = Length / sizeof(WCHAR);
    while (*Chars != 0 && Buffer[*Chars - 1] == L'\0') {
        *Chars -= 1;
    }
    Buffer[*Chars] = L'\0';
    return STATUS_SUCCESS;
}

static
ULONG
BlpGroupRank(
    IN PCWSTR GroupList,
    IN ULONG GroupListChars,
    IN PCWSTR Group OPTIONAL,
    IN ULONG GroupChars
    )

/*++

Return Value:

    The place of Group among the non-empty strings of the REG_MULTI_SZ GroupList (compared without regard to
    case); the number of those strings when Group is absent or not listed.

--*/

{
    ULONG Rank = 0;
    ULONG Found = MAXULONG;
    ULONG Start = 0;
    ULONG Index;

    for (Index = 0; Index <= GroupListChars; Index += 1) {
        if (Index < GroupListChars && GroupList[Index] != L'\0') {
            continue;
        }
        if (Index > Start) {
            if (Found == MAXULONG && ARGUMENT_PRESENT(Group) &&
                BlEqualNames(GroupList + Start, Index - Start, Group, GroupChars)) {
                Found = Rank;
            }
            Rank += 1;
        }
        Start = Index + 1;
    }
    return Found != MAXULONG ? Found : Rank;
}

static
BOOLEAN
BlpLoadsBefore(
    IN PBL_BOOT_DRIVER First,
    IN PBL_BOOT_DRIVER Second
    )
{
    if (First->GroupRank != Second->GroupRank) {
        return (BOOLEAN)(First->GroupRank < Second->GroupRank);
    }
    if (First->Tag != Second->Tag) {
        return (BOOLEAN)(First->Tag < Second->Tag);
    }
    return (BOOLEAN)(First->Order < Second->Order);
}

static
NTSTATUS
BlpOpenPath(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR *Path,
    IN ULONG Count,
    OUT PHCELL_INDEX Result
    )
{
    NTSTATUS Status;
    ULONG Index;

    for (Index = 0; Index < Count; Index += 1) {
        Status = BlHiveOpenSubKey(Hive, Key, Path[Index], &Key);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    }
    *Result = Key;
    return STATUS_SUCCESS;
}

static
NTSTATUS
BlpAddBootDriver(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Service,
    IN ULONG Order,
    IN PCWSTR GroupList,
    IN ULONG GroupListChars,
    OUT PBL_BOOT_DRIVER Driver
    )

/*++

Routine Description:

    Fills Driver from a boot-start service's key: its name, image path, group rank and tag.

--*/

{
    NTSTATUS Status;
    WCHAR Group[BL_MAX_SERVICE_NAME];
    ULONG GroupChars;
    ULONG Chars;
    ULONG NameChars;
    static CONST WCHAR Prefix[] = L"System32\\Drivers\\";
    static CONST WCHAR Suffix[] = L".sys";

    Status = BlHiveKeyName(Hive, Service, Driver->Name, BL_MAX_SERVICE_NAME);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Driver->Order = Order;
    Status = BlpQueryDword(Hive, Service, L"Tag", &Driver->Tag);
    if (Status == STATUS_OBJECT_NAME_NOT_FOUND) {
        Driver->Tag = MAXULONG;
    } else if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = BlpQueryString(Hive, Service, L"Group", Group, BL_MAX_SERVICE_NAME, &GroupChars);
    if (Status == STATUS_OBJECT_NAME_NOT_FOUND || Status == STATUS_NAME_TOO_LONG) {
        Driver->GroupRank = BlpGroupRank(GroupList, GroupListChars, NULL, 0);
    } else if (NT_SUCCESS(Status)) {
        Driver->GroupRank = BlpGroupRank(GroupList, GroupListChars, Group, GroupChars);
    } else {
        return Status;
    }
    Status = BlpQueryString(Hive, Service, L"ImagePath", Driver->ImagePath, BL_MAX_IMAGE_PATH, &Chars);
    if (Status != STATUS_OBJECT_NAME_NOT_FOUND) {
        return Status;
    }
    for (NameChars = 0; Driver->Name[NameChars] != L'\0'; NameChars += 1) {
    }
    if (sizeof(Prefix) / sizeof(WCHAR) - 1 + NameChars + sizeof(Suffix) / sizeof(WCHAR) > BL_MAX_IMAGE_PATH) {
        return STATUS_NAME_TOO_LONG;
    }
    BlCopyMemory(Driver->ImagePath, Prefix, sizeof(Prefix) - sizeof(WCHAR));
    Chars = sizeof(Prefix) / sizeof(WCHAR) - 1;
    BlCopyMemory(Driver->ImagePath + Chars, Driver->Name, NameChars * sizeof(WCHAR));
    Chars += NameChars;
    BlCopyMemory(Driver->ImagePath + Chars, Suffix, sizeof(Suffix));
    return STATUS_SUCCESS;
}

NTSTATUS
BlFindBootDrivers(
    IN PBL_HIVE Hive,
    OUT PBL_BOOT_DRIVER Drivers,
    IN ULONG MaximumDrivers,
    OUT PULONG DriverCount
    )

/*++

Routine Description:

    Lists the boot-start drivers of the hive's current control set into Drivers, in load order.

Return Value:

    STATUS_SUCCESS; STATUS_OBJECT_NAME_NOT_FOUND when the control set or its Services key is missing;
    STATUS_BUFFER_TOO_SMALL for more than MaximumDrivers of them; STATUS_NAME_TOO_LONG for an ImagePath longer
    than BL_MAX_IMAGE_PATH; STATUS_REGISTRY_CORRUPT.

--*/

{
    NTSTATUS Status;
    HCELL_INDEX Select;
    HCELL_INDEX ControlSet;
    HCELL_INDEX Key;
    HCELL_INDEX Service;
    ULONG Current;
    ULONG Type;
    ULONG Start;
    ULONG Index;
    ULONG Count = 0;
    ULONG GroupListChars = 0;
    ULONG GroupListType;
    ULONG Length;
    ULONG Position;
    BL_BOOT_DRIVER Held;
    WCHAR ControlSetName[] = L"ControlSet000";
    PCWSTR GroupOrderPath[] = { L"Control", L"ServiceGroupOrder" };

    Current = 1;
    Status = BlHiveOpenSubKey(Hive, Hive->RootCell, L"Select", &Select);
    if (NT_SUCCESS(Status)) {
        Status = BlpQueryDword(Hive, Select, L"Current", &Current);
        if (Status == STATUS_OBJECT_NAME_NOT_FOUND) {
            Current = 1;
        } else if (!NT_SUCCESS(Status)) {
            return Status;
        }
    } else if (Status != STATUS_OBJECT_NAME_NOT_FOUND) {
        return Status;
    }
    if (Current > 999) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    ControlSetName[10] = (WCHAR)(L'0' + Current / 100);
    ControlSetName[11] = (WCHAR)(L'0' + Current / 10 % 10);
    ControlSetName[12] = (WCHAR)(L'0' + Current % 10);
    Status = BlHiveOpenSubKey(Hive, Hive->RootCell, ControlSetName, &ControlSet);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    Status = BlpOpenPath(Hive, ControlSet, GroupOrderPath, 2, &Key);
    if (NT_SUCCESS(Status)) {
        Length = sizeof(BlpGroupList);
        Status = BlHiveQueryValue(Hive, Key, L"List", &GroupListType, BlpGroupList, &Length);
        if (NT_SUCCESS(Status) && GroupListType == REG_MULTI_SZ) {
            GroupListChars = Length / sizeof(WCHAR);
        } else if (Status == STATUS_BUFFER_OVERFLOW) {
            return STATUS_NAME_TOO_LONG;
        } else if (Status == STATUS_REGISTRY_CORRUPT) {
            return Status;
        }
    } else if (Status != STATUS_OBJECT_NAME_NOT_FOUND) {
        return Status;
    }

    Status = BlHiveOpenSubKey(Hive, ControlSet, L"Services", &Key);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    for (Index = 0; ; Index += 1) {
        Status = BlHiveEnumerateSubKey(Hive, Key, Index, &Service);
        if (Status == STATUS_NO_MORE_ENTRIES) {
            break;
        }
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Status = BlpQueryDword(Hive, Service, L"Start", &Start);
        if (Status == STATUS_SUCCESS && Start == BL_SERVICE_BOOT_START) {
            Status = BlpQueryDword(Hive, Service, L"Type", &Type);
        }
        if (Status == STATUS_REGISTRY_CORRUPT) {
            return Status;
        }
        if (Status != STATUS_SUCCESS || Start != BL_SERVICE_BOOT_START ||
            (Type != BL_SERVICE_KERNEL_DRIVER && Type != BL_SERVICE_FILE_SYSTEM_DRIVER)) {
            continue;
        }
        if (Count == MaximumDrivers) {
            return STATUS_BUFFER_TOO_SMALL;
        }
        Status = BlpAddBootDriver(Hive, Service, Index, BlpGroupList, GroupListChars, &Drivers[Count]);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }

        //
        // Insertion sort: stable, and the list is short.
        //

        Held = Drivers[Count];
        for (Position = Count; Position != 0 && BlpLoadsBefore(&Held, &Drivers[Position - 1]); Position -= 1) {
            Drivers[Position] = Drivers[Position - 1];
        }
        Drivers[Position] = Held;
        Count += 1;
    }
    *DriverCount = Count;
    return STATUS_SUCCESS;
}
