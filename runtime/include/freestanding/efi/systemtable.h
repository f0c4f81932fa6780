/* efi/systemtable.h - EFI_SYSTEM_TABLE, the configuration table and the GUIDs of the tables it lists (UEFI 2.10, 4.3
   and 4.6), and the image entry point (4.1). */
#ifndef _NT2CS_EFI_SYSTEMTABLE_H
#define _NT2CS_EFI_SYSTEMTABLE_H

#define EFI_SYSTEM_TABLE_SIGNATURE 0x5453595320494249ull /* "IBI SYST" */

#define EFI_2_100_SYSTEM_TABLE_REVISION ((2 << 16) | 100)
#define EFI_2_90_SYSTEM_TABLE_REVISION ((2 << 16) | 90)
#define EFI_2_80_SYSTEM_TABLE_REVISION ((2 << 16) | 80)
#define EFI_2_70_SYSTEM_TABLE_REVISION ((2 << 16) | 70)
#define EFI_2_60_SYSTEM_TABLE_REVISION ((2 << 16) | 60)
#define EFI_2_50_SYSTEM_TABLE_REVISION ((2 << 16) | 50)
#define EFI_2_40_SYSTEM_TABLE_REVISION ((2 << 16) | 40)
#define EFI_2_31_SYSTEM_TABLE_REVISION ((2 << 16) | 31)
#define EFI_2_30_SYSTEM_TABLE_REVISION ((2 << 16) | 30)
#define EFI_2_20_SYSTEM_TABLE_REVISION ((2 << 16) | 20)
#define EFI_2_10_SYSTEM_TABLE_REVISION ((2 << 16) | 10)
#define EFI_2_00_SYSTEM_TABLE_REVISION ((2 << 16) | 0)
#define EFI_1_10_SYSTEM_TABLE_REVISION ((1 << 16) | 10)
#define EFI_1_02_SYSTEM_TABLE_REVISION ((1 << 16) | 2)
#define EFI_SPECIFICATION_VERSION EFI_2_100_SYSTEM_TABLE_REVISION
#define EFI_SYSTEM_TABLE_REVISION EFI_SPECIFICATION_VERSION
#define EFI_BOOT_SERVICES_REVISION EFI_SPECIFICATION_VERSION
#define EFI_RUNTIME_SERVICES_REVISION EFI_SPECIFICATION_VERSION

/* Configuration tables (4.6.1). */
#define EFI_ACPI_20_TABLE_GUID \
    { 0x8868e871, 0xe4f1, 0x11d3, { 0xbc, 0x22, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81 } }
#define EFI_ACPI_TABLE_GUID EFI_ACPI_20_TABLE_GUID
#define ACPI_TABLE_GUID \
    { 0xeb9d2d30, 0x2d88, 0x11d3, { 0x9a, 0x16, 0x00, 0x90, 0x27, 0x3f, 0xc1, 0x4d } }
#define ACPI_10_TABLE_GUID ACPI_TABLE_GUID
#define SMBIOS_TABLE_GUID \
    { 0xeb9d2d31, 0x2d88, 0x11d3, { 0x9a, 0x16, 0x00, 0x90, 0x27, 0x3f, 0xc1, 0x4d } }
#define SMBIOS3_TABLE_GUID \
    { 0xf2fd1544, 0x9794, 0x4a2c, { 0x99, 0x2e, 0xe5, 0xbb, 0xcf, 0x20, 0xe3, 0x94 } }

typedef struct {
    EFI_GUID VendorGuid;
    VOID *VendorTable;
} EFI_CONFIGURATION_TABLE;

typedef struct {
    EFI_TABLE_HEADER Hdr;
    CHAR16 *FirmwareVendor;
    UINT32 FirmwareRevision;
    EFI_HANDLE ConsoleInHandle;
    EFI_SIMPLE_TEXT_INPUT_PROTOCOL *ConIn;
    EFI_HANDLE ConsoleOutHandle;
    EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL *ConOut;
    EFI_HANDLE StandardErrorHandle;
    EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL *StdErr;
    EFI_RUNTIME_SERVICES *RuntimeServices;
    EFI_BOOT_SERVICES *BootServices;
    UINTN NumberOfTableEntries;
    EFI_CONFIGURATION_TABLE *ConfigurationTable;
} EFI_SYSTEM_TABLE;

typedef EFI_STATUS (EFIAPI *EFI_IMAGE_ENTRY_POINT)(IN EFI_HANDLE ImageHandle, IN EFI_SYSTEM_TABLE *SystemTable);

#endif
