/* tables.c - the system table, the boot and runtime services tables and the configuration table (UEFI 2.10, 4.2-4.6):
   signatures, sizes that match this build's structures, CRC-32s, and the ACPI 2.0 RSDP (ACPI 6.5, 5.2.5). */
#include "../lib/efitest.h"

/* The table's CRC-32 with its CRC32 field taken as zero, as 4.2.1 defines it. */
static UINT32 TableCrc(EFI_TABLE_HEADER *Header)
{
    UINT32 Saved = Header->CRC32;
    UINT32 Crc;
    Header->CRC32 = 0;
    Crc = Crc32(Header, Header->HeaderSize);
    Header->CRC32 = Saved;
    return Crc;
}

static VOID CheckHeader(EFI_TABLE_HEADER *Header, UINT64 Signature, UINTN Size, CONST CHAR16 *Name)
{
    Print(Name);
    PrintLine();
    CheckValue(Header->Signature, Signature, L"  Hdr.Signature");
    CheckValue(Header->HeaderSize, Size, L"  Hdr.HeaderSize is the size of the structure");
    Check((Header->Revision >> 16) == 2, L"  Hdr.Revision is 2.x");
    CheckValue(Header->CRC32, TableCrc(Header), L"  Hdr.CRC32 is the table's CRC-32");
}

static BOOLEAN ChecksumZero(CONST UINT8 *Bytes, UINTN Length)
{
    UINT8 Sum = 0;
    UINTN i;
    for (i = 0; i < Length; i++)
        Sum = (UINT8)(Sum + Bytes[i]);
    return Sum == 0;
}

VOID TestTables(VOID)
{
    EFI_GUID Acpi20 = EFI_ACPI_20_TABLE_GUID;
    CONST UINT8 *Rsdp = NULL;
    UINT32 Crc = 0;
    UINTN i;

    CheckHeader(&gST->Hdr, EFI_SYSTEM_TABLE_SIGNATURE, sizeof(EFI_SYSTEM_TABLE), L"system table");
    CheckHeader(&gBS->Hdr, EFI_BOOT_SERVICES_SIGNATURE, sizeof(EFI_BOOT_SERVICES), L"boot services");
    CheckHeader(&gRT->Hdr, EFI_RUNTIME_SERVICES_SIGNATURE, sizeof(EFI_RUNTIME_SERVICES), L"runtime services");
    Check(gST->FirmwareVendor != NULL && gST->FirmwareVendor[0] != 0, L"FirmwareVendor is a non-empty string");
    Check(gST->ConIn != NULL && gST->ConOut != NULL && gST->StdErr != NULL, L"ConIn, ConOut and StdErr are set");

    CheckStatus(gBS->CalculateCrc32((VOID *)"123456789", 9, &Crc), EFI_SUCCESS, L"CalculateCrc32");
    CheckValue(Crc, 0xCBF43926u, L"CalculateCrc32 of \"123456789\" is CRC-32's check value");
    CheckStatus(gBS->CalculateCrc32(NULL, 9, &Crc), EFI_INVALID_PARAMETER, L"CalculateCrc32 of NULL data");
    CheckStatus(gBS->CalculateCrc32((VOID *)"1", 0, &Crc), EFI_INVALID_PARAMETER, L"CalculateCrc32 of 0 bytes");

    for (i = 0; i < gST->NumberOfTableEntries; i++)
        if (GuidEqual(&gST->ConfigurationTable[i].VendorGuid, &Acpi20))
            Rsdp = (CONST UINT8 *)gST->ConfigurationTable[i].VendorTable;
    if (Check(Rsdp != NULL, L"the configuration table lists EFI_ACPI_20_TABLE_GUID")) {
        UINT32 Length = (UINT32)Rsdp[20] | (UINT32)Rsdp[21] << 8 | (UINT32)Rsdp[22] << 16 | (UINT32)Rsdp[23] << 24;
        Check(MemEqual(Rsdp, "RSD PTR ", 8), L"  it points at an RSDP (\"RSD PTR \")");
        Check(Rsdp[15] >= 2, L"  RSDP Revision is 2 or later");
        Check(ChecksumZero(Rsdp, 20), L"  RSDP checksum (first 20 bytes)");
        Check(Length >= 36 && ChecksumZero(Rsdp, Length), L"  RSDP extended checksum");
    }
}
