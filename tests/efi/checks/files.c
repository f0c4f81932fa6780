/* files.c - Simple File System and File protocols on the ESP the application came from (UEFI 2.10, 13.4-13.5):
   reading a file the host placed, creating, writing, reading back, seeking, GetInfo, deleting, and a file left
   behind for the host to read with its own FAT tools. */
#include "../lib/efitest.h"

#define DATA_SIZE 10000u
#define APPENDED 100u

/* What the application leaves in \NT2CS\OUTPUT.TXT: lines the host can tell apart. */
static UINTN MakeOutput(CHAR8 *Buffer)
{
    static CONST CHAR8 Line[] = "written through EFI_FILE_PROTOCOL, line ";
    UINTN Length = 0, n, i;
    for (n = 0; n < 200; n++) {
        for (i = 0; Line[i] != 0; i++)
            Buffer[Length++] = Line[i];
        Buffer[Length++] = (CHAR8)('0' + n / 100);
        Buffer[Length++] = (CHAR8)('0' + n / 10 % 10);
        Buffer[Length++] = (CHAR8)('0' + n % 10);
        Buffer[Length++] = '\r';
        Buffer[Length++] = '\n';
    }
    return Length;
}

static EFI_FILE_INFO *GetFileInfo(EFI_FILE_PROTOCOL *File)
{
    EFI_GUID InfoGuid = EFI_FILE_INFO_ID;
    UINTN Size = 0;
    EFI_FILE_INFO *Info;
    if (File->GetInfo(File, &InfoGuid, &Size, NULL) != EFI_BUFFER_TOO_SMALL || Size < SIZE_OF_EFI_FILE_INFO)
        return NULL;
    Info = (EFI_FILE_INFO *)AllocateZeroed(Size);
    if (Info != NULL && EFI_ERROR(File->GetInfo(File, &InfoGuid, &Size, Info))) {
        gBS->FreePool(Info);
        return NULL;
    }
    return Info;
}

static VOID ReadInput(EFI_FILE_PROTOCOL *Root, UINT8 *Buffer)
{
    EFI_FILE_PROTOCOL *File = NULL;
    EFI_FILE_INFO *Info;
    UINTN Size = 65536, Again = 16;
    if (!CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\INPUT.TXT", EFI_FILE_MODE_READ, 0), EFI_SUCCESS,
            L"Open(\\NT2CS\\INPUT.TXT, READ), a file the host placed"))
        return;
    CheckStatus(File->Read(File, &Size, Buffer), EFI_SUCCESS, L"  Read");
    Fact(L"INPUT.TXT");
    Print(L"size ");
    PrintDec(Size);
    Print(L" fnv1a ");
    PrintHex(Fnv1a(FNV_OFFSET_BASIS, Buffer, Size), 8);
    PrintLine();
    CheckStatus(File->Read(File, &Again, Buffer), EFI_SUCCESS, L"  Read at the end of the file");
    CheckValue(Again, 0, L"  reads no bytes");
    Info = GetFileInfo(File);
    if (Check(Info != NULL, L"  GetInfo(EFI_FILE_INFO_ID)")) {
        CheckValue(Info->FileSize, Size, L"  FileSize is what Read returned");
        Check(StrEqualNoCase(Info->FileName, L"INPUT.TXT"), L"  FileName is INPUT.TXT");
        Check((Info->Attribute & EFI_FILE_DIRECTORY) == 0, L"  it is not a directory");
        gBS->FreePool(Info);
    }
    Again = 1;
    CheckStatus(File->Write(File, &Again, Buffer), EFI_ACCESS_DENIED, L"  Write to a file opened for reading");
    CheckStatus(File->Close(File), EFI_SUCCESS, L"  Close");
}

static VOID WriteReadSeek(EFI_FILE_PROTOCOL *Root, UINT8 *Data, UINT8 *Back)
{
    EFI_FILE_PROTOCOL *Directory = NULL, *File = NULL;
    EFI_FILE_INFO *Info;
    UINT64 Position = 0;
    UINTN Size, i;

    for (i = 0; i < DATA_SIZE + APPENDED; i++)
        Data[i] = (UINT8)(i * 7 + i / 251);
    if (!CheckStatus(Root->Open(Root, &Directory, L"\\NT2CS\\WORK", EFI_FILE_MODE_CREATE | EFI_FILE_MODE_READ
            | EFI_FILE_MODE_WRITE, EFI_FILE_DIRECTORY), EFI_SUCCESS, L"Open(\\NT2CS\\WORK, CREATE, DIRECTORY)"))
        return;
    Info = GetFileInfo(Directory);
    Check(Info != NULL && (Info->Attribute & EFI_FILE_DIRECTORY) != 0, L"  GetInfo says it is a directory");
    if (Info != NULL)
        gBS->FreePool(Info);

    if (CheckStatus(Directory->Open(Directory, &File, L"DATA.BIN", EFI_FILE_MODE_CREATE | EFI_FILE_MODE_READ
            | EFI_FILE_MODE_WRITE, 0), EFI_SUCCESS, L"Open(DATA.BIN, CREATE) relative to the directory")) {
        Size = DATA_SIZE;
        CheckStatus(File->Write(File, &Size, Data), EFI_SUCCESS, L"  Write 10000 bytes");
        CheckValue(Size, DATA_SIZE, L"  all were written");
        CheckStatus(File->GetPosition(File, &Position), EFI_SUCCESS, L"  GetPosition");
        CheckValue(Position, DATA_SIZE, L"  the position is after them");
        CheckStatus(File->SetPosition(File, 0), EFI_SUCCESS, L"  SetPosition(0)");
        Size = DATA_SIZE;
        MemFill(Back, DATA_SIZE, 0);
        CheckStatus(File->Read(File, &Size, Back), EFI_SUCCESS, L"  Read them back");
        Check(Size == DATA_SIZE && MemEqual(Back, Data, DATA_SIZE), L"  the same bytes");
        CheckStatus(File->SetPosition(File, 5000), EFI_SUCCESS, L"  SetPosition(5000)");
        Size = 300;
        File->Read(File, &Size, Back);
        Check(Size == 300 && MemEqual(Back, Data + 5000, 300), L"  Read reads from there");
        CheckStatus(File->SetPosition(File, 0xFFFFFFFFFFFFFFFFull), EFI_SUCCESS, L"  SetPosition(0xFFFFFFFFFFFFFFFF)");
        File->GetPosition(File, &Position);
        CheckValue(Position, DATA_SIZE, L"  moves to the end of the file");
        Size = APPENDED;
        CheckStatus(File->Write(File, &Size, Data + DATA_SIZE), EFI_SUCCESS, L"  Write 100 bytes at the end");
        CheckStatus(File->Flush(File), EFI_SUCCESS, L"  Flush");
        Info = GetFileInfo(File);
        if (Check(Info != NULL, L"  GetInfo")) {
            CheckValue(Info->FileSize, DATA_SIZE + APPENDED, L"  FileSize is 10100");
            Check(StrEqualNoCase(Info->FileName, L"DATA.BIN"), L"  FileName is DATA.BIN");
            gBS->FreePool(Info);
        }
        CheckStatus(File->Close(File), EFI_SUCCESS, L"  Close");
    }

    if (CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\WORK\\DATA.BIN", EFI_FILE_MODE_READ, 0), EFI_SUCCESS,
            L"Open(\\NT2CS\\WORK\\DATA.BIN, READ) again")) {
        Size = DATA_SIZE + APPENDED + 50;
        CheckStatus(File->Read(File, &Size, Back), EFI_SUCCESS, L"  Read more than the file holds");
        Check(Size == DATA_SIZE + APPENDED && MemEqual(Back, Data, DATA_SIZE + APPENDED), L"  gets exactly its 10100 bytes");
        CheckStatus(File->SetPosition(File, 20000), EFI_SUCCESS, L"  SetPosition beyond the end");
        Size = 10;
        CheckStatus(File->Read(File, &Size, Back), EFI_DEVICE_ERROR, L"  Read beyond the end");
        File->Close(File);
    }
    if (CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\WORK\\DATA.BIN", EFI_FILE_MODE_READ | EFI_FILE_MODE_WRITE, 0),
            EFI_SUCCESS, L"Open(DATA.BIN, READ | WRITE)")) {
        CheckStatus(File->Delete(File), EFI_SUCCESS, L"  Delete");
        CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\WORK\\DATA.BIN", EFI_FILE_MODE_READ, 0), EFI_NOT_FOUND,
            L"  it cannot be opened any more");
    }
    CheckStatus(Directory->Delete(Directory), EFI_SUCCESS, L"Delete the emptied directory");
}

static VOID LeaveOutput(EFI_FILE_PROTOCOL *Root, UINT8 *Buffer)
{
    EFI_FILE_PROTOCOL *File = NULL;
    UINTN Length = MakeOutput((CHAR8 *)Buffer), Size = Length;
    if (!CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\OUTPUT.TXT", EFI_FILE_MODE_CREATE | EFI_FILE_MODE_READ
            | EFI_FILE_MODE_WRITE, 0), EFI_SUCCESS, L"Open(\\NT2CS\\OUTPUT.TXT, CREATE)"))
        return;
    CheckStatus(File->Write(File, &Size, Buffer), EFI_SUCCESS, L"  Write");
    CheckStatus(File->Close(File), EFI_SUCCESS, L"  Close");
    Fact(L"OUTPUT.TXT");
    Print(L"size ");
    PrintDec(Length);
    Print(L" fnv1a ");
    PrintHex(Fnv1a(FNV_OFFSET_BASIS, Buffer, Length), 8);
    PrintLine();
    if (CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\Long Name, Mixed Case.txt", EFI_FILE_MODE_CREATE
            | EFI_FILE_MODE_READ | EFI_FILE_MODE_WRITE, 0), EFI_SUCCESS, L"Open(a long mixed-case name, CREATE)")) {
        Size = 6;
        File->Write(File, &Size, "long\r\n");
        File->Close(File);
    }
}

VOID TestFiles(VOID)
{
    EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
    EFI_GUID FileSystemGuid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
    EFI_GUID SystemInfoGuid = EFI_FILE_SYSTEM_INFO_ID;
    EFI_GUID LabelGuid = EFI_FILE_SYSTEM_VOLUME_LABEL_ID;
    EFI_LOADED_IMAGE_PROTOCOL *Image = NULL;
    EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *FileSystem = NULL;
    EFI_FILE_PROTOCOL *Root = NULL, *File = NULL;
    EFI_FILE_SYSTEM_INFO *SystemInfo;
    EFI_FILE_INFO *Info;
    UINT8 *Data, *Back;
    UINTN Size;

    gBS->HandleProtocol(gImageHandle, &LoadedImageGuid, (VOID **)&Image);
    if (!CheckStatus(gBS->HandleProtocol(Image->DeviceHandle, &FileSystemGuid, (VOID **)&FileSystem), EFI_SUCCESS,
            L"the ESP's Simple File System protocol"))
        return;
    Check(FileSystem->Revision >= EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_REVISION, L"  Revision");
    if (!CheckStatus(FileSystem->OpenVolume(FileSystem, &Root), EFI_SUCCESS, L"OpenVolume"))
        return;
    Info = GetFileInfo(Root);
    Check(Info != NULL && (Info->Attribute & EFI_FILE_DIRECTORY) != 0, L"  the root is a directory");
    if (Info != NULL)
        gBS->FreePool(Info);

    Size = 0;
    CheckStatus(Root->GetInfo(Root, &SystemInfoGuid, &Size, NULL), EFI_BUFFER_TOO_SMALL,
        L"GetInfo(EFI_FILE_SYSTEM_INFO_ID) with no buffer");
    SystemInfo = (EFI_FILE_SYSTEM_INFO *)AllocateZeroed(Size);
    if (SystemInfo != NULL && CheckStatus(Root->GetInfo(Root, &SystemInfoGuid, &Size, SystemInfo), EFI_SUCCESS,
            L"GetInfo(EFI_FILE_SYSTEM_INFO_ID)")) {
        Check(!SystemInfo->ReadOnly, L"  the volume is writable");
        Check(SystemInfo->BlockSize != 0, L"  BlockSize is set");
        Check(SystemInfo->VolumeSize != 0 && SystemInfo->FreeSpace <= SystemInfo->VolumeSize, L"  FreeSpace <= VolumeSize");
        gBS->FreePool(SystemInfo);
    }

    Size = 0;
    CheckStatus(Root->GetInfo(Root, &LabelGuid, &Size, NULL), EFI_BUFFER_TOO_SMALL,
        L"GetInfo(EFI_FILE_SYSTEM_VOLUME_LABEL_ID) with no buffer");
    Check(Size >= sizeof(CHAR16), L"  it says how large the label is");

    CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\MISSING.TXT", EFI_FILE_MODE_READ, 0), EFI_NOT_FOUND,
        L"Open of a file that does not exist");
    CheckStatus(Root->Open(Root, &File, L"\\NT2CS\\BAD.TXT", EFI_FILE_MODE_CREATE | EFI_FILE_MODE_READ, 0),
        EFI_INVALID_PARAMETER, L"Open with CREATE but not WRITE");

    Data = (UINT8 *)AllocateZeroed(65536);
    Back = (UINT8 *)AllocateZeroed(65536);
    if (Data != NULL && Back != NULL) {
        ReadInput(Root, Data);
        WriteReadSeek(Root, Data, Back);
        LeaveOutput(Root, Data);
        gBS->FreePool(Data);
        gBS->FreePool(Back);
    }
    CheckStatus(Root->Close(Root), EFI_SUCCESS, L"Close the root");
}
