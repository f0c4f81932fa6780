/* storage.c - the checks that depend on the disk and on the boot before: the loaded image's device, Block I/O and
   Disk I/O, files, and variables kept in the non-volatile store across boots. */
#include "lib/efitest.h"

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    TestBegin(ImageHandle, SystemTable, L"storage");
    TestImage();
    TestBlockIo();
    TestFiles();
    TestVariables();
    TestShutdown();
    return EFI_ABORTED; /* ResetSystem does not return */
}
