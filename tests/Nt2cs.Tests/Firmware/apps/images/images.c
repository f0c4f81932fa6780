/*
 * Image services: LoadImage's failures (no source, not an image, a tampered image, bad handles), a child image
 * loaded from a buffer (its file comes from the variable Child, which the host put in the variable store), started
 * (it exits with a warning and exit data), unloaded before and after starting; Exit and UnloadImage on the running
 * image. The application ends by calling Exit from a nested function with EFI_NOT_FOUND.
 */
#include "efitest.h"

static EFI_GUID Vendor = { 0x7E57BEEF, 0x0001, 0x0002, { 'n', 't', '2', 'c', 's', 'v', 'a', 'r' } };
static EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;

static void Leave(EFI_HANDLE ImageHandle)
{
    gBS->Exit(ImageHandle, EFI_NOT_FOUND, 0, NULL);
    Print("still running after Exit\n");
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_HANDLE Child;
    EFI_LOADED_IMAGE_PROTOCOL *Image;
    UINT8 Garbage[100];
    UINTN Size = 0, ExitDataSize = 0;
    UINT8 *File, *Tampered;
    CHAR16 *ExitData = NULL;
    EFI_STATUS Status;

    TestInit(SystemTable);
    PrintStatus("StartImage of the running image", gBS->StartImage(ImageHandle, NULL, NULL));
    PrintStatus("UnloadImage of the running image", gBS->UnloadImage(ImageHandle));
    PrintStatus("LoadImage without a source", gBS->LoadImage(FALSE, ImageHandle, NULL, NULL, 0, &Child));
    gBS->SetMem(Garbage, sizeof(Garbage), 0x4D);
    PrintStatus("LoadImage of no image", gBS->LoadImage(FALSE, ImageHandle, NULL, Garbage, sizeof(Garbage), &Child));

    PrintStatus("GetVariable Child's size", gRT->GetVariable(L"Child", &Vendor, NULL, &Size, NULL));
    gBS->AllocatePool(EfiLoaderData, Size, (VOID **)&File);
    gBS->AllocatePool(EfiLoaderData, Size, (VOID **)&Tampered);
    PrintStatus("GetVariable Child", gRT->GetVariable(L"Child", &Vendor, NULL, &Size, File));
    PrintStatus("LoadImage with no handle out", gBS->LoadImage(FALSE, ImageHandle, NULL, File, Size, NULL));
    PrintStatus("LoadImage with a bad parent", gBS->LoadImage(FALSE, (EFI_HANDLE)Garbage, NULL, File, Size, &Child));
    gBS->CopyMem(Tampered, File, Size);
    Tampered[Size - 100] ^= 1;
    PrintStatus("LoadImage of a tampered image", gBS->LoadImage(FALSE, ImageHandle, NULL, Tampered, Size, &Child));

    /* Load, start: the child exits with a warning and exit data; an application is unloaded when it returns. */
    PrintStatus("LoadImage", gBS->LoadImage(FALSE, ImageHandle, NULL, File, Size, &Child));
    gBS->HandleProtocol(Child, &LoadedImageGuid, (VOID **)&Image);
    Print(Image->ParentHandle == ImageHandle && Image->SystemTable == gST && Image->ImageCodeType == EfiLoaderCode
        ? "child's loaded image: parent, system table, code type yes\n" : "child's loaded image: no\n");
    Status = gBS->StartImage(Child, &ExitDataSize, &ExitData);
    PrintStatus("StartImage", Status);
    PrintValue("exit data size", ExitDataSize);
    Print(ExitData != NULL && ExitData[0] == L'c' && ExitData[16] == L'a' ? "exit data: the child's\n" : "exit data: missing\n");
    PrintStatus("FreePool of the exit data", gBS->FreePool(ExitData));
    PrintStatus("HandleProtocol on the returned child", gBS->HandleProtocol(Child, &LoadedImageGuid, (VOID **)&Image));
    PrintStatus("StartImage again", gBS->StartImage(Child, NULL, NULL));

    /* Unloading before starting, by UnloadImage and by Exit. */
    PrintStatus("LoadImage again", gBS->LoadImage(FALSE, ImageHandle, NULL, File, Size, &Child));
    PrintStatus("UnloadImage", gBS->UnloadImage(Child));
    PrintStatus("UnloadImage again", gBS->UnloadImage(Child));
    PrintStatus("LoadImage once more", gBS->LoadImage(FALSE, ImageHandle, NULL, File, Size, &Child));
    PrintStatus("Exit of the loaded child", gBS->Exit(Child, EFI_SUCCESS, 0, NULL));
    PrintStatus("HandleProtocol on it", gBS->HandleProtocol(Child, &LoadedImageGuid, (VOID **)&Image));

    Print("leaving with EFI_NOT_FOUND\n");
    Leave(ImageHandle);
    return EFI_SUCCESS;
}
