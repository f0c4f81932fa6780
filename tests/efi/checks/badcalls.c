/* badcalls.c - services called wrongly get the status the specification gives for it (UEFI 2.10, 7.3). */
#include "../lib/efitest.h"

VOID TestBadUse(VOID)
{
    /* A GUID no firmware installs. */
    EFI_GUID Unknown = { 0x6e743263, 0x7321, 0x4b1e, { 0x9a, 0x7e, 0x11, 0x17, 0x2b, 0xad, 0x90, 0x1d } };
    EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
    VOID *Interface = NULL;

    CheckStatus(gBS->HandleProtocol(gImageHandle, &Unknown, &Interface), EFI_UNSUPPORTED,
        L"HandleProtocol with an unknown GUID");
    CheckStatus(gBS->HandleProtocol(gImageHandle, &LoadedImageGuid, NULL), EFI_INVALID_PARAMETER,
        L"HandleProtocol with Interface NULL");
    CheckStatus(gBS->HandleProtocol(NULL, &LoadedImageGuid, &Interface), EFI_INVALID_PARAMETER,
        L"HandleProtocol with Handle NULL");
    CheckStatus(gBS->HandleProtocol(gImageHandle, NULL, &Interface), EFI_INVALID_PARAMETER,
        L"HandleProtocol with Protocol NULL");
    CheckStatus(gBS->OpenProtocol(gImageHandle, &Unknown, &Interface, gImageHandle, NULL, EFI_OPEN_PROTOCOL_GET_PROTOCOL),
        EFI_UNSUPPORTED, L"OpenProtocol with an unknown GUID");
    CheckStatus(gBS->LocateProtocol(&Unknown, NULL, &Interface), EFI_NOT_FOUND, L"LocateProtocol with an unknown GUID");
    CheckStatus(gBS->LocateProtocol(&LoadedImageGuid, NULL, NULL), EFI_INVALID_PARAMETER,
        L"LocateProtocol with Interface NULL");
}
