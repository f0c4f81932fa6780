/*
 * The child image the images application loads and starts: it checks its Loaded Image protocol, tries to exit
 * as its parent (not the running image), and exits with a warning and exit data.
 */
#include "efitest.h"

static EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;

static void Leave(EFI_HANDLE ImageHandle)
{
    CHAR16 *ExitData;
    static const CHAR16 Text[] = L"child's exit data";
    gBS->AllocatePool(EfiBootServicesData, sizeof(Text), (VOID **)&ExitData);
    gBS->CopyMem(ExitData, (VOID *)Text, sizeof(Text));
    gBS->Exit(ImageHandle, EFI_WARN_STALE_DATA, sizeof(Text), ExitData);
    Print("child: still running after Exit\n");
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_LOADED_IMAGE_PROTOCOL *Image;

    TestInit(SystemTable);
    Print("child: running\n");
    PrintStatus("child: HandleProtocol loaded image", gBS->HandleProtocol(ImageHandle, &LoadedImageGuid, (VOID **)&Image));
    Print(Image->ParentHandle != NULL && Image->ParentHandle != ImageHandle ? "child: has a parent: yes\n" : "child: has a parent: no\n");
    PrintStatus("child: Exit as the parent", gBS->Exit(Image->ParentHandle, EFI_ABORTED, 0, NULL));
    Leave(ImageHandle);
    return EFI_SUCCESS;
}
