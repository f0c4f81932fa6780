/*++

Module Name:

    blmain.c

Abstract:

    The OS loader, an EFI application the firmware's boot manager starts as \EFI\BOOT\BOOTIA32.EFI: reads the
    boot configuration (\EFI\NT2CS\BOOT.INI) and the kernel's and the HAL's image files from the EFI system
    partition it came from; from the boot volume (a partition of the same disk) the SYSTEM hive and the
    boot-start drivers the hive names, and the volume itself whole for the kernel's RAM disk; then ends boot
    services and starts the kernel (blkernel.c). A failure is printed on the console, saying what and where,
    and ends the run with ResetSystem(EfiResetShutdown, error).

--*/

#include "blefi.h"

EFI_HANDLE BlImageHandle;
EFI_SYSTEM_TABLE *BlSystemTable;
EFI_BOOT_SERVICES *BlBootServices;

static EFI_GUID BlpLoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;

#define BL_CONFIGURATION_PATH L"\\EFI\\NT2CS\\BOOT.INI"

static BL_CONFIGURATION BlpConfiguration;
static BL_KERNEL_FILES BlpFiles;
static BL_BOOT_DRIVER BlpBootDrivers[BL_MAX_BOOT_DRIVERS];
static WCHAR BlpPath[BL_MAX_PATH + BL_MAX_SERVICE_NAME];

static
PCWSTR
BlpWidePath(
    IN PCSTR Prefix OPTIONAL,
    IN PCSTR Path
    )

/*++

Routine Description:

    The path the firmware's file protocol takes: Prefix then Path as CHAR16, in a buffer of the loader's.

--*/

{
    ULONG Length = 0;

    for (; Prefix != NULL && *Prefix != '\0' && Length < BL_MAX_PATH; Prefix += 1) {
        BlpPath[Length++] = (WCHAR)(UCHAR)*Prefix;
    }
    for (; *Path != '\0' && Length < BL_MAX_PATH; Path += 1) {
        BlpPath[Length++] = (WCHAR)(UCHAR)*Path;
    }
    BlpPath[Length] = 0;
    return BlpPath;
}

static
PCWSTR
BlpDriverPath(
    IN PCWSTR ImagePath
    )

/*++

Routine Description:

    Where a boot driver's image file is on the boot volume: its ImagePath without \SystemRoot (the volume is
    the system root), with a leading backslash.

--*/

{
    static CONST WCHAR SystemRoot[] = L"\\SystemRoot\\";
    ULONG Prefix = sizeof(SystemRoot) / sizeof(WCHAR) - 1;
    ULONG Index;
    ULONG Length = 0;

    for (Index = 0; Index < Prefix && ImagePath[Index] != 0; Index += 1) {
        if ((ImagePath[Index] | 0x20) != (SystemRoot[Index] | 0x20)) {
            break;
        }
    }
    ImagePath += Index == Prefix ? Prefix : 0;
    if (*ImagePath != L'\\') {
        BlpPath[Length++] = L'\\';
    }
    for (; *ImagePath != 0 && Length < BL_MAX_PATH + BL_MAX_SERVICE_NAME - 1; ImagePath += 1) {
        BlpPath[Length++] = *ImagePath;
    }
    BlpPath[Length] = 0;
    return BlpPath;
}

static
VOID
BlpCheck(
    IN EFI_STATUS Status
    )
{
    if (EFI_ERROR(Status)) {
        BlFail(Status);
    }
}

EFI_STATUS
EFIAPI
efi_main(
    IN EFI_HANDLE ImageHandle,
    IN EFI_SYSTEM_TABLE *SystemTable
    )
{
    EFI_STATUS Status;
    NTSTATUS NtStatus;
    EFI_LOADED_IMAGE_PROTOCOL *LoadedImage;
    EFI_FILE_PROTOCOL *SystemPartition;
    EFI_FILE_PROTOCOL *BootVolume;
    EFI_HANDLE BootPartition;
    BL_FILE Configuration;
    BL_CONFIG_ERROR ConfigurationError;
    BL_HIVE Hive;
    EFI_MEMORY_DESCRIPTOR *Map;
    ULONG MapSize;
    ULONG DescriptorSize;
    ULONG Index;

    BlImageHandle = ImageHandle;
    BlSystemTable = SystemTable;
    BlBootServices = SystemTable->BootServices;
    BlPrint("osloader: starting\n");

    Status = BlBootServices->HandleProtocol(ImageHandle, &BlpLoadedImageGuid, (VOID **)&LoadedImage);
    if (!EFI_ERROR(Status)) {
        Status = BlOpenVolume(LoadedImage->DeviceHandle, &SystemPartition);
    }
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: the EFI system partition it was loaded from cannot be read (%r)\n", Status);
        BlFail(Status);
    }
    BlpCheck(BlReadFile(SystemPartition, "ESP:", BL_CONFIGURATION_PATH, &Configuration));
    NtStatus = BlParseConfiguration((PCSTR)Configuration.Buffer, Configuration.Size, &BlpConfiguration, &ConfigurationError);
    if (!NT_SUCCESS(NtStatus)) {
        BlPrint("osloader: ESP:%ws:%u: %s\n", BL_CONFIGURATION_PATH, ConfigurationError.Line, ConfigurationError.Reason);
        BlFail(EFI_LOAD_ERROR);
    }

    //
    // The fixed ranges first, before reading anything can take them.
    //

    BlpCheck(BlReserve(BL_PAGE_DIRECTORY, BL_LOADER_BLOCK - BL_PAGE_DIRECTORY, "the page directory"));
    BlpCheck(BlReserve(BL_LOADER_BLOCK, BL_IMAGE_BASE - BL_LOADER_BLOCK, "the loader block"));
    BlpCheck(BlReserve(BL_IMAGE_BASE, BL_KERNEL_STACK_TOP - BL_IMAGE_BASE, "the kernel's images and stack"));

    BlpCheck(BlReadFile(SystemPartition, "ESP:", BlpWidePath(NULL, BlpConfiguration.KernelPath), &BlpFiles.Kernel));
    BlpCheck(BlReadFile(SystemPartition, "ESP:", BlpWidePath(NULL, BlpConfiguration.HalPath), &BlpFiles.Hal));

    if (BlpConfiguration.Volume == 0) {
        BlPrint("osloader: ESP:%ws: no volume= (the boot volume's partition)\n", BL_CONFIGURATION_PATH);
        BlFail(EFI_LOAD_ERROR);
    }
    Status = BlFindPartition(LoadedImage->DeviceHandle, BlpConfiguration.Volume, &BootPartition);
    if (!EFI_ERROR(Status)) {
        Status = BlOpenVolume(BootPartition, &BootVolume);
    }
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: the boot volume, partition %u of the boot disk, cannot be read (%r)\n", BlpConfiguration.Volume, Status);
        BlFail(Status);
    }
    BlpCheck(BlReadFile(BootVolume, "boot volume:", BlpWidePath(NULL, BlpConfiguration.HivePath), &BlpFiles.Hive));
    NtStatus = BlHiveInitialize(&Hive, BlpFiles.Hive.Buffer, BlpFiles.Hive.Size);
    if (NT_SUCCESS(NtStatus)) {
        NtStatus = BlFindBootDrivers(&Hive, BlpBootDrivers, BL_MAX_BOOT_DRIVERS, &BlpFiles.BootDriverCount);
    }
    if (!NT_SUCCESS(NtStatus)) {
        BlPrint("osloader: boot volume:%s: the SYSTEM hive's boot drivers cannot be read (NTSTATUS 0x%08x)\n",
            BlpConfiguration.HivePath, (ULONG)NtStatus);
        BlFail(EFI_VOLUME_CORRUPTED);
    }
    for (Index = 0; Index < BlpFiles.BootDriverCount; Index += 1) {
        BlCopyMemory(BlpFiles.BootDriverNames[Index], BlpBootDrivers[Index].Name, sizeof(BlpBootDrivers[Index].Name));
        BlpCheck(BlReadFile(BootVolume, "boot volume:", BlpDriverPath(BlpBootDrivers[Index].ImagePath), &BlpFiles.BootDrivers[Index]));
    }
    Status = BlReadPartition(BootPartition, BL_KSEG0_BASE, &BlpFiles.RamDiskBase, &BlpFiles.RamDiskLength);
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: the boot volume cannot be read whole for the RAM disk (%r)\n", Status);
        BlFail(Status);
    }
    BlpFiles.LoadOptions = BlpConfiguration.Options;
    BlPrint("osloader: %u boot driver(s), options \"%s\": starting the kernel\n", BlpFiles.BootDriverCount, BlpConfiguration.Options);

    BlpCheck(BlExitBootServices(&Map, &MapSize, &DescriptorSize));
    BlStartKernel(&BlpFiles, Map, MapSize, DescriptorSize);
}
