/* after_exit.c - a boot service called after ExitBootServices: the specification leaves the outcome undefined
   (7.4: boot services are no longer available), so nt2cs's firmware stops the machine with a report naming the
   service. Real firmware may do anything, so this application is for nt2cs only, not for the OVMF oracle. If the
   call returns, the application says so and fails. */
#include "lib/efitest.h"

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    VOID *Buffer = NULL;
    EFI_STATUS Status;
    TestBegin(ImageHandle, SystemTable, L"after-exit");
    TestExitBootServices();
    Print(L"calling AllocatePool after ExitBootServices\r\n");
    Status = gBS->AllocatePool(EfiLoaderData, 16, &Buffer);
    Print(L"AllocatePool returned ");
    PrintStatus(Status);
    PrintLine();
    Check(FALSE, L"a boot service after ExitBootServices stops the machine");
    TestShutdown();
    return EFI_ABORTED;
}
