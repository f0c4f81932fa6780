/* image.c - the Loaded Image protocol, the device path of the device the image came from, and locating handles
   and protocols (UEFI 2.10, 7.3, 9.1, 10.3). The hard drive node is reported for the host to compare with the
   partition table it wrote. */
#include "../lib/efitest.h"

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable);

static VOID CheckFilePath(EFI_DEVICE_PATH_PROTOCOL *Node)
{
    CHAR16 Path[128];
    UINTN Length = 0;
    BOOLEAN FileNodes = TRUE;
    for (; !IsDevicePathEnd(Node) && DevicePathNodeLength(Node) >= 4; Node = NextDevicePathNode(Node)) {
        FILEPATH_DEVICE_PATH *File = (FILEPATH_DEVICE_PATH *)Node;
        UINTN Chars = (DevicePathNodeLength(Node) - 4) / sizeof(CHAR16), i;
        if (Node->Type != MEDIA_DEVICE_PATH || Node->SubType != MEDIA_FILEPATH_DP) {
            FileNodes = FALSE;
            continue;
        }
        /* Nodes are byte-packed: copy the name a byte at a time. */
        for (i = 0; i < Chars && Length < 127; i++) {
            CHAR16 C;
            MemCopy(&C, (UINT8 *)File->PathName + i * sizeof(CHAR16), sizeof C);
            if (C == 0)
                break;
            Path[Length++] = C;
        }
    }
    Path[Length] = 0;
    Check(FileNodes, L"  FilePath is file path nodes");
    Check(StrEqualNoCase(Path, L"\\EFI\\BOOT\\BOOTIA32.EFI"), L"  FilePath names \\EFI\\BOOT\\BOOTIA32.EFI");
}

static VOID ReportHardDrive(EFI_DEVICE_PATH_PROTOCOL *Node)
{
    HARDDRIVE_DEVICE_PATH Drive;
    BOOLEAN Found = FALSE;
    for (; !IsDevicePathEnd(Node) && DevicePathNodeLength(Node) >= 4; Node = NextDevicePathNode(Node))
        if (Node->Type == MEDIA_DEVICE_PATH && Node->SubType == MEDIA_HARDDRIVE_DP) {
            Found = Check(DevicePathNodeLength(Node) == sizeof(HARDDRIVE_DEVICE_PATH), L"  the hard drive node is 42 bytes");
            MemCopy(&Drive, Node, sizeof Drive);
        }
    Check(IsDevicePathEnd(Node), L"  the device path ends with an end node");
    if (!Check(Found, L"  the device's path has a hard drive node"))
        return;
    Fact(L"partition");
    Print(L"number ");
    PrintDec(Drive.PartitionNumber);
    Print(L" start ");
    PrintDec(Drive.PartitionStart);
    Print(L" size ");
    PrintDec(Drive.PartitionSize);
    Print(L" format ");
    PrintDec(Drive.MBRType);
    Print(L" signature-type ");
    PrintDec(Drive.SignatureType);
    Print(L" signature ");
    if (Drive.SignatureType == SIGNATURE_TYPE_GUID)
        PrintGuid((EFI_GUID *)Drive.Signature);
    else
        PrintHex((UINT32)Drive.Signature[0] | (UINT32)Drive.Signature[1] << 8 | (UINT32)Drive.Signature[2] << 16
            | (UINT32)Drive.Signature[3] << 24, 8);
    PrintLine();
}

VOID TestImage(VOID)
{
    EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
    EFI_GUID DevicePathGuid = EFI_DEVICE_PATH_PROTOCOL_GUID;
    EFI_GUID FileSystemGuid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
    EFI_GUID BlockIoGuid = EFI_BLOCK_IO_PROTOCOL_GUID;
    EFI_GUID TextOutGuid = EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL_GUID;
    EFI_GUID TextInGuid = EFI_SIMPLE_TEXT_INPUT_PROTOCOL_GUID;
    EFI_GUID ImagePathGuid = EFI_LOADED_IMAGE_DEVICE_PATH_PROTOCOL_GUID;
    EFI_LOADED_IMAGE_PROTOCOL *Image = NULL, *Opened = NULL;
    EFI_DEVICE_PATH_PROTOCOL *Path = NULL;
    EFI_HANDLE *Handles = NULL;
    EFI_GUID **Protocols = NULL;
    VOID *Interface = NULL;
    UINTN Count = 0, i;
    BOOLEAN Listed = FALSE;

    if (!CheckStatus(gBS->HandleProtocol(gImageHandle, &LoadedImageGuid, (VOID **)&Image), EFI_SUCCESS,
            L"HandleProtocol(ImageHandle, EFI_LOADED_IMAGE_PROTOCOL_GUID)"))
        return;
    CheckValue(Image->Revision, EFI_LOADED_IMAGE_PROTOCOL_REVISION, L"  Revision");
    Check(Image->SystemTable == gST, L"  SystemTable is the one efi_main received");
    /* 9.1: NULL when the firmware's boot manager loaded the image, as it did this one. */
    Check(Image->ParentHandle == NULL, L"  ParentHandle is NULL: the boot manager loaded the image");
    CheckValue(Image->ImageCodeType, EfiLoaderCode, L"  ImageCodeType of an application");
    CheckValue(Image->ImageDataType, EfiLoaderData, L"  ImageDataType of an application");
    Check(Image->ImageBase != NULL && Image->ImageSize != 0, L"  ImageBase and ImageSize are set");
    Check((UINTN)efi_main >= (UINTN)Image->ImageBase && (UINTN)efi_main < (UINTN)Image->ImageBase + Image->ImageSize,
        L"  efi_main lies in [ImageBase, ImageBase + ImageSize)");
    if (Check(Image->FilePath != NULL, L"  FilePath is set"))
        CheckFilePath(Image->FilePath);
    /* 9.2: LoadImage installs the Loaded Image Device Path protocol on the image's handle too. */
    CheckStatus(gBS->HandleProtocol(gImageHandle, &ImagePathGuid, &Interface), EFI_SUCCESS,
        L"HandleProtocol(ImageHandle, EFI_LOADED_IMAGE_DEVICE_PATH_PROTOCOL_GUID)");

    CheckStatus(gBS->OpenProtocol(gImageHandle, &LoadedImageGuid, (VOID **)&Opened, gImageHandle, NULL,
        EFI_OPEN_PROTOCOL_GET_PROTOCOL), EFI_SUCCESS, L"OpenProtocol(GET_PROTOCOL) of the loaded image");
    Check(Opened == Image, L"  the same interface as HandleProtocol's");
    CheckStatus(gBS->OpenProtocol(gImageHandle, &LoadedImageGuid, NULL, gImageHandle, NULL,
        EFI_OPEN_PROTOCOL_TEST_PROTOCOL), EFI_SUCCESS, L"OpenProtocol(TEST_PROTOCOL) with Interface NULL");

    if (CheckStatus(gBS->ProtocolsPerHandle(gImageHandle, &Protocols, &Count), EFI_SUCCESS, L"ProtocolsPerHandle(ImageHandle)")) {
        for (i = 0; i < Count; i++)
            if (GuidEqual(Protocols[i], &LoadedImageGuid))
                Listed = TRUE;
        Check(Listed, L"  lists EFI_LOADED_IMAGE_PROTOCOL_GUID");
        gBS->FreePool(Protocols);
    }

    /* The device the image came from: a partition with a file system. */
    CheckStatus(gBS->HandleProtocol(Image->DeviceHandle, &FileSystemGuid, &Interface), EFI_SUCCESS,
        L"DeviceHandle supports the Simple File System protocol");
    CheckStatus(gBS->HandleProtocol(Image->DeviceHandle, &BlockIoGuid, &Interface), EFI_SUCCESS,
        L"DeviceHandle supports the Block I/O protocol");
    if (CheckStatus(gBS->HandleProtocol(Image->DeviceHandle, &DevicePathGuid, (VOID **)&Path), EFI_SUCCESS,
            L"DeviceHandle supports the Device Path protocol"))
        ReportHardDrive(Path);

    Listed = FALSE;
    if (CheckStatus(gBS->LocateHandleBuffer(ByProtocol, &FileSystemGuid, NULL, &Count, &Handles), EFI_SUCCESS,
            L"LocateHandleBuffer(ByProtocol, EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID)")) {
        for (i = 0; i < Count; i++)
            if (Handles[i] == Image->DeviceHandle)
                Listed = TRUE;
        Check(Listed, L"  lists DeviceHandle");
        CheckStatus(gBS->FreePool(Handles), EFI_SUCCESS, L"  FreePool of the handle buffer");
    }
    Count = 0;
    CheckStatus(gBS->LocateHandle(ByProtocol, &FileSystemGuid, NULL, &Count, NULL), EFI_BUFFER_TOO_SMALL,
        L"LocateHandle with a zero-sized buffer");
    Check(Count >= sizeof(EFI_HANDLE), L"  it says how large the buffer must be");
    CheckStatus(gBS->LocateProtocol(&TextOutGuid, NULL, &Interface), EFI_SUCCESS,
        L"LocateProtocol(EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL_GUID)");
    CheckStatus(gBS->HandleProtocol(gST->ConsoleOutHandle, &TextOutGuid, &Interface), EFI_SUCCESS,
        L"ConsoleOutHandle supports the Simple Text Output protocol");
    CheckStatus(gBS->HandleProtocol(gST->ConsoleInHandle, &TextInGuid, &Interface), EFI_SUCCESS,
        L"ConsoleInHandle supports the Simple Text Input protocol");
}
