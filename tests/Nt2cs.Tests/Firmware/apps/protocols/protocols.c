/*
 * The tables and the handle database: the system, boot and runtime services tables' headers and CRC32s,
 * CalculateCrc32, the application's Loaded Image protocol, protocol installation (single and multiple, with their
 * failures), HandleProtocol, OpenProtocol/CloseProtocol and their information, ProtocolsPerHandle, LocateHandle,
 * LocateHandleBuffer, LocateProtocol, protocol notification, the configuration table, CopyMem/SetMem. It ends by
 * raising the TPL downwards, which the firmware refuses by stopping the machine.
 */
#include "efitest.h"

static EFI_GUID GuidA = { 0x11111111, 0x2222, 0x3333, { 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB } };
static EFI_GUID GuidB = { 0x11111112, 0x2222, 0x3333, { 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB } };
static EFI_GUID GuidC = { 0x11111113, 0x2222, 0x3333, { 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB } };
static EFI_GUID GuidD = { 0x11111114, 0x2222, 0x3333, { 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB } };
static EFI_GUID Unknown = { 0xDEADBEEF, 0x2222, 0x3333, { 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB } };
static EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
static EFI_GUID TextOutGuid = EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL_GUID;

static UINT32 DataA, DataA2, DataB, DataC, DataD, TableData;
static UINTN Notified;

static VOID EFIAPI CountNotify(EFI_EVENT Event, VOID *Context)
{
    Notified++;
}

/* The header's CRC32 recomputed over a copy with the field zeroed. */
static BOOLEAN CrcValid(EFI_TABLE_HEADER *Header)
{
    UINT8 Copy[512];
    UINT32 Crc = 0;
    if (Header->HeaderSize > sizeof(Copy))
        return FALSE;
    gBS->CopyMem(Copy, Header, Header->HeaderSize);
    ((EFI_TABLE_HEADER *)Copy)->CRC32 = 0;
    gBS->CalculateCrc32(Copy, Header->HeaderSize, &Crc);
    return Crc == Header->CRC32;
}

static void CheckHeader(const char *Name, EFI_TABLE_HEADER *Header, UINT64 Signature, UINT32 Size)
{
    Print(Name);
    Print(Header->Signature == Signature ? ": signature yes" : ": signature no");
    Print(Header->HeaderSize == Size ? ", size yes" : ", size no");
    Print(Header->Revision >= EFI_2_00_SYSTEM_TABLE_REVISION ? ", revision 2.x yes" : ", revision 2.x no");
    Print(CrcValid(Header) ? ", CRC32 yes\n" : ", CRC32 no\n");
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_STATUS Status;
    UINT32 Crc = 0;
    VOID *Interface;
    EFI_HANDLE Handle = NULL, Handle2 = NULL, Handle3 = NULL, Found[16];
    EFI_HANDLE *Buffer;
    UINTN Size, Count;

    TestInit(SystemTable);
    CheckHeader("system table", &gST->Hdr, EFI_SYSTEM_TABLE_SIGNATURE, sizeof(EFI_SYSTEM_TABLE));
    CheckHeader("boot services", &gBS->Hdr, EFI_BOOT_SERVICES_SIGNATURE, sizeof(EFI_BOOT_SERVICES));
    CheckHeader("runtime services", &gRT->Hdr, EFI_RUNTIME_SERVICES_SIGNATURE, sizeof(EFI_RUNTIME_SERVICES));
    Print(gST->FirmwareVendor != NULL && gST->FirmwareVendor[0] != 0 ? "firmware vendor named: yes\n" : "firmware vendor named: no\n");
    PrintStatus("CalculateCrc32", gBS->CalculateCrc32("123456789", 9, &Crc));
    Print("CRC32 of 123456789: 0x");
    PrintHex(Crc, 8);
    Print("\n");
    PrintStatus("CalculateCrc32 of 0 bytes", gBS->CalculateCrc32("x", 0, &Crc));
    PrintStatus("CalculateCrc32 to NULL", gBS->CalculateCrc32("x", 1, NULL));

    /* The application's own Loaded Image protocol. */
    EFI_LOADED_IMAGE_PROTOCOL *Image;
    PrintStatus("HandleProtocol loaded image", gBS->HandleProtocol(ImageHandle, &LoadedImageGuid, (VOID **)&Image));
    PrintHex(Image->Revision, 4);
    Print(Image->SystemTable == gST ? " system table yes" : " system table no");
    Print(Image->ParentHandle != NULL ? ", parent yes" : ", parent no");
    Print(Image->ImageCodeType == EfiLoaderCode && Image->ImageDataType == EfiLoaderData ? ", loader code and data yes" : ", loader code and data no");
    Print((UINTN)Image->ImageBase % EFI_PAGE_SIZE == 0 && Image->ImageSize > 0 ? ", placed yes" : ", placed no");
    Print((UINTN)&DataA >= (UINTN)Image->ImageBase && (UINTN)&DataA < (UINTN)Image->ImageBase + Image->ImageSize ? ", data inside yes\n" : ", data inside no\n");
    PrintStatus("HandleProtocol unknown GUID", gBS->HandleProtocol(ImageHandle, &Unknown, &Interface));
    Print(Interface == NULL ? "interface cleared: yes\n" : "interface cleared: no\n");
    PrintStatus("HandleProtocol NULL interface", gBS->HandleProtocol(ImageHandle, &LoadedImageGuid, NULL));
    PrintStatus("HandleProtocol NULL protocol", gBS->HandleProtocol(ImageHandle, NULL, &Interface));
    PrintStatus("HandleProtocol bad handle", gBS->HandleProtocol((EFI_HANDLE)&DataA, &LoadedImageGuid, &Interface));
    PrintStatus("HandleProtocol ConOut", gBS->HandleProtocol(gST->ConsoleOutHandle, &TextOutGuid, &Interface));
    Print(Interface == gST->ConOut ? "ConOut's handle carries it: yes\n" : "ConOut's handle carries it: no\n");

    /* Installing. */
    PrintStatus("InstallProtocolInterface", gBS->InstallProtocolInterface(&Handle, &GuidA, EFI_NATIVE_INTERFACE, &DataA));
    Print(Handle != NULL ? "new handle: yes\n" : "new handle: no\n");
    PrintStatus("InstallProtocolInterface again", gBS->InstallProtocolInterface(&Handle, &GuidA, EFI_NATIVE_INTERFACE, &DataA));
    PrintStatus("InstallProtocolInterface bad type", gBS->InstallProtocolInterface(&Handle, &GuidB, (EFI_INTERFACE_TYPE)1, &DataB));
    PrintStatus("InstallProtocolInterface NULL handle", gBS->InstallProtocolInterface(NULL, &GuidB, EFI_NATIVE_INTERFACE, &DataB));
    gBS->HandleProtocol(Handle, &GuidA, &Interface);
    Print(Interface == &DataA ? "HandleProtocol finds it: yes\n" : "HandleProtocol finds it: no\n");

    /* Locating. */
    Size = 0;
    PrintStatus("LocateHandle with no room", gBS->LocateHandle(ByProtocol, &GuidA, NULL, &Size, NULL));
    PrintValue("size needed", Size);
    PrintStatus("LocateHandle", gBS->LocateHandle(ByProtocol, &GuidA, NULL, &Size, Found));
    Print(Found[0] == Handle ? "found ours: yes\n" : "found ours: no\n");
    Size = sizeof(Found);
    PrintStatus("LocateHandle unknown", gBS->LocateHandle(ByProtocol, &Unknown, NULL, &Size, Found));
    PrintStatus("LocateHandle bad search type", gBS->LocateHandle((EFI_LOCATE_SEARCH_TYPE)7, &GuidA, NULL, &Size, Found));
    Size = sizeof(Found);
    PrintStatus("LocateHandle all", gBS->LocateHandle(AllHandles, NULL, NULL, &Size, Found));
    Print(Size / sizeof(EFI_HANDLE) >= 4 ? "at least 4 handles: yes\n" : "at least 4 handles: no\n");
    PrintStatus("LocateHandleBuffer", gBS->LocateHandleBuffer(ByProtocol, &LoadedImageGuid, NULL, &Count, &Buffer));
    Print(Count >= 2 ? "images: at least 2\n" : "images: fewer\n");
    PrintStatus("FreePool of it", gBS->FreePool(Buffer));
    PrintStatus("LocateHandleBuffer unknown", gBS->LocateHandleBuffer(ByProtocol, &Unknown, NULL, &Count, &Buffer));
    PrintStatus("LocateProtocol", gBS->LocateProtocol(&GuidA, NULL, &Interface));
    Print(Interface == &DataA ? "interface: ours\n" : "interface: another\n");
    PrintStatus("LocateProtocol unknown", gBS->LocateProtocol(&Unknown, NULL, &Interface));
    EFI_GUID **Protocols;
    PrintStatus("ProtocolsPerHandle", gBS->ProtocolsPerHandle(Handle, &Protocols, &Count));
    PrintValue("protocols", Count);
    Print(SameGuid(Protocols[0], &GuidA) ? "GUID A: yes\n" : "GUID A: no\n");
    gBS->FreePool(Protocols);

    /* Many at once: all or none. */
    PrintStatus("InstallMultipleProtocolInterfaces", gBS->InstallMultipleProtocolInterfaces(&Handle2, &GuidB, &DataB, &GuidC, &DataC, NULL));
    PrintStatus("InstallMultipleProtocolInterfaces with a duplicate", gBS->InstallMultipleProtocolInterfaces(&Handle2, &GuidD, &DataD, &GuidB, &DataB, NULL));
    PrintStatus("HandleProtocol D after the failure", gBS->HandleProtocol(Handle2, &GuidD, &Interface));
    PrintStatus("UninstallMultipleProtocolInterfaces with a wrong interface", gBS->UninstallMultipleProtocolInterfaces(Handle2, &GuidB, &DataB, &GuidC, &DataA, NULL));
    PrintStatus("HandleProtocol B after the failure", gBS->HandleProtocol(Handle2, &GuidB, &Interface));

    /* Reinstalling, opening and closing. */
    PrintStatus("ReinstallProtocolInterface", gBS->ReinstallProtocolInterface(Handle, &GuidA, &DataA, &DataA2));
    gBS->HandleProtocol(Handle, &GuidA, &Interface);
    Print(Interface == &DataA2 ? "new interface: yes\n" : "new interface: no\n");
    PrintStatus("ReinstallProtocolInterface with a wrong old one", gBS->ReinstallProtocolInterface(Handle, &GuidA, &DataA, &DataA2));
    PrintStatus("OpenProtocol get", gBS->OpenProtocol(Handle, &GuidA, &Interface, ImageHandle, NULL, EFI_OPEN_PROTOCOL_GET_PROTOCOL));
    PrintStatus("OpenProtocol by driver", gBS->OpenProtocol(Handle, &GuidA, &Interface, ImageHandle, Handle2, EFI_OPEN_PROTOCOL_BY_DRIVER));
    PrintStatus("OpenProtocol by driver again", gBS->OpenProtocol(Handle, &GuidA, &Interface, ImageHandle, Handle2, EFI_OPEN_PROTOCOL_BY_DRIVER));
    PrintStatus("OpenProtocol by another driver", gBS->OpenProtocol(Handle, &GuidA, &Interface, Handle2, Handle2, EFI_OPEN_PROTOCOL_BY_DRIVER));
    PrintStatus("OpenProtocol test", gBS->OpenProtocol(Handle, &GuidA, NULL, ImageHandle, NULL, EFI_OPEN_PROTOCOL_TEST_PROTOCOL));
    PrintStatus("OpenProtocol no attributes", gBS->OpenProtocol(Handle, &GuidA, &Interface, ImageHandle, NULL, 0));
    PrintStatus("OpenProtocol unknown", gBS->OpenProtocol(Handle, &Unknown, &Interface, ImageHandle, NULL, EFI_OPEN_PROTOCOL_GET_PROTOCOL));
    EFI_OPEN_PROTOCOL_INFORMATION_ENTRY *Entries;
    PrintStatus("OpenProtocolInformation", gBS->OpenProtocolInformation(Handle, &GuidA, &Entries, &Count));
    PrintValue("open entries", Count);
    BOOLEAN ByDriver = FALSE;
    for (UINTN i = 0; i < Count; i++)
        if (Entries[i].Attributes == EFI_OPEN_PROTOCOL_BY_DRIVER && Entries[i].AgentHandle == ImageHandle && Entries[i].ControllerHandle == Handle2)
            ByDriver = TRUE;
    Print(ByDriver ? "by driver recorded: yes\n" : "by driver recorded: no\n");
    gBS->FreePool(Entries);
    PrintStatus("UninstallProtocolInterface held by a driver", gBS->UninstallProtocolInterface(Handle, &GuidA, &DataA2));
    PrintStatus("CloseProtocol", gBS->CloseProtocol(Handle, &GuidA, ImageHandle, Handle2));
    PrintStatus("CloseProtocol again", gBS->CloseProtocol(Handle, &GuidA, ImageHandle, Handle2));
    PrintStatus("UninstallProtocolInterface", gBS->UninstallProtocolInterface(Handle, &GuidA, &DataA2));
    PrintStatus("HandleProtocol on the handle gone", gBS->HandleProtocol(Handle, &GuidA, &Interface));

    /* Protocol notification. */
    EFI_EVENT Event;
    VOID *Registration;
    gBS->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, CountNotify, NULL, &Event);
    PrintStatus("RegisterProtocolNotify", gBS->RegisterProtocolNotify(&GuidD, Event, &Registration));
    gBS->InstallProtocolInterface(&Handle3, &GuidD, EFI_NATIVE_INTERFACE, &DataD);
    PrintValue("notified", Notified);
    Size = sizeof(Found);
    PrintStatus("LocateHandle by notify", gBS->LocateHandle(ByRegisterNotify, NULL, Registration, &Size, Found));
    Print(Found[0] == Handle3 ? "the new handle: yes\n" : "the new handle: no\n");
    PrintStatus("LocateProtocol by notify, nothing new", gBS->LocateProtocol(&GuidD, Registration, &Interface));

    /* The configuration table. */
    UINTN Entries0 = gST->NumberOfTableEntries;
    PrintStatus("InstallConfigurationTable", gBS->InstallConfigurationTable(&GuidC, &TableData));
    Print(gST->NumberOfTableEntries == Entries0 + 1 && SameGuid(&gST->ConfigurationTable[Entries0].VendorGuid, &GuidC)
        && gST->ConfigurationTable[Entries0].VendorTable == &TableData ? "listed: yes\n" : "listed: no\n");
    Print(CrcValid(&gST->Hdr) ? "system table CRC32 still valid: yes\n" : "system table CRC32 still valid: no\n");
    PrintStatus("InstallConfigurationTable removing", gBS->InstallConfigurationTable(&GuidC, NULL));
    PrintStatus("InstallConfigurationTable removing again", gBS->InstallConfigurationTable(&GuidC, NULL));
    PrintValue("entries back to before", gST->NumberOfTableEntries - Entries0);

    /* Drivers, memory helpers. */
    PrintStatus("ConnectController", gBS->ConnectController(Handle2, NULL, NULL, TRUE));
    PrintStatus("DisconnectController", gBS->DisconnectController(Handle2, NULL, NULL));
    char Text[16] = "abcdefghij";
    gBS->CopyMem(Text + 2, Text, 6);
    gBS->SetMem(Text + 8, 2, '-');
    Print("CopyMem and SetMem: ");
    Print(Text);
    Print("\n");

    /* Raising the TPL downwards is not allowed: the firmware stops the machine. */
    EFI_TPL Old = gBS->RaiseTPL(TPL_NOTIFY);
    PrintValue("TPL before", Old);
    gBS->RaiseTPL(TPL_CALLBACK);
    return EFI_SUCCESS;
}
