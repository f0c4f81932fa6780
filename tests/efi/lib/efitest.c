/* efitest.c - output, checks and small helpers for the test applications (efitest.h). */
#include "efitest.h"

EFI_HANDLE gImageHandle;
EFI_SYSTEM_TABLE *gST;
EFI_BOOT_SERVICES *gBS;
EFI_RUNTIME_SERVICES *gRT;

static CONST CHAR16 *s_Name;
static UINTN s_Passed;
static UINTN s_Failed;
static BOOLEAN s_Exited;

VOID TestBegin(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable, CONST CHAR16 *Name)
{
    gImageHandle = ImageHandle;
    gST = SystemTable;
    gBS = SystemTable->BootServices;
    gRT = SystemTable->RuntimeServices;
    s_Name = Name;
    /* The boot manager arms a five-minute watchdog; a test ends long before, and must not be reset midway. */
    gBS->SetWatchdogTimer(0, 0, 0, NULL);
    Print(L"=== efitest ");
    Print(Name);
    Print(L" begin ===");
    PrintLine();
}

EFI_STATUS TestEnd(VOID)
{
    Print(L"result: ");
    PrintDec(s_Passed);
    Print(L" passed, ");
    PrintDec(s_Failed);
    Print(L" failed");
    PrintLine();
    Print(L"=== efitest ");
    Print(s_Name);
    Print(L" end ===");
    PrintLine();
    return s_Failed == 0 && s_Passed != 0 ? EFI_SUCCESS : EFI_ABORTED;
}

VOID TestShutdown(VOID)
{
    EFI_STATUS Status = TestEnd();
    gRT->ResetSystem(EfiResetShutdown, Status, 0, NULL);
}

VOID TestExitedBootServices(VOID)
{
    s_Exited = TRUE;
}

VOID Print(CONST CHAR16 *Text)
{
    if (!s_Exited) {
        gST->ConOut->OutputString(gST->ConOut, (CHAR16 *)Text);
        return;
    }
    for (; *Text != 0; Text++)
        Com1Write(*Text < 0x80 ? (UINT8)*Text : (UINT8)'?');
}

VOID PrintAscii(CONST CHAR8 *Text)
{
    CHAR16 Buffer[65];
    UINTN Length = 0;
    while (*Text != 0) {
        Buffer[Length++] = (CHAR16)(UINT8)*Text++;
        if (Length == 64) {
            Buffer[Length] = 0;
            Print(Buffer);
            Length = 0;
        }
    }
    Buffer[Length] = 0;
    Print(Buffer);
}

VOID PrintLine(VOID)
{
    Print(L"\r\n");
}

/* Divides the 64-bit Value by 10 in 16-bit steps: IA32 has no 64-bit division, and a native build has no helper
   library to call for one. */
static UINT32 DivideBy10(UINT64 *Value)
{
    UINT32 Parts[4];
    UINT32 Remainder = 0;
    UINT64 Quotient = 0;
    int i;
    Parts[0] = (UINT32)(*Value >> 48) & 0xFFFF;
    Parts[1] = (UINT32)(*Value >> 32) & 0xFFFF;
    Parts[2] = (UINT32)(*Value >> 16) & 0xFFFF;
    Parts[3] = (UINT32)*Value & 0xFFFF;
    for (i = 0; i < 4; i++) {
        UINT32 Current = (Remainder << 16) | Parts[i];
        Quotient = (Quotient << 16) | (Current / 10);
        Remainder = Current % 10;
    }
    *Value = Quotient;
    return Remainder;
}

VOID PrintDec(UINT64 Value)
{
    CHAR16 Buffer[21];
    UINTN Position = 20;
    Buffer[Position] = 0;
    do {
        Buffer[--Position] = (CHAR16)(L'0' + DivideBy10(&Value));
    } while (Value != 0);
    Print(&Buffer[Position]);
}

VOID PrintHex(UINT64 Value, UINTN Digits)
{
    CHAR16 Buffer[17];
    UINTN i;
    if (Digits > 16)
        Digits = 16;
    for (i = 0; i < Digits; i++) {
        UINT32 Nibble = (UINT32)(Value >> (4 * (Digits - 1 - i))) & 0xF;
        Buffer[i] = (CHAR16)(Nibble < 10 ? L'0' + Nibble : L'A' + Nibble - 10);
    }
    Buffer[Digits] = 0;
    Print(Buffer);
}

VOID PrintGuid(CONST EFI_GUID *Guid)
{
    UINTN i;
    PrintHex(Guid->Data1, 8);
    Print(L"-");
    PrintHex(Guid->Data2, 4);
    Print(L"-");
    PrintHex(Guid->Data3, 4);
    Print(L"-");
    PrintHex(Guid->Data4[0], 2);
    PrintHex(Guid->Data4[1], 2);
    Print(L"-");
    for (i = 2; i < 8; i++)
        PrintHex(Guid->Data4[i], 2);
}

static CONST CHAR16 *StatusName(EFI_STATUS Status)
{
    switch (Status) {
    case EFI_SUCCESS: return L"EFI_SUCCESS";
    case EFI_LOAD_ERROR: return L"EFI_LOAD_ERROR";
    case EFI_INVALID_PARAMETER: return L"EFI_INVALID_PARAMETER";
    case EFI_UNSUPPORTED: return L"EFI_UNSUPPORTED";
    case EFI_BAD_BUFFER_SIZE: return L"EFI_BAD_BUFFER_SIZE";
    case EFI_BUFFER_TOO_SMALL: return L"EFI_BUFFER_TOO_SMALL";
    case EFI_NOT_READY: return L"EFI_NOT_READY";
    case EFI_DEVICE_ERROR: return L"EFI_DEVICE_ERROR";
    case EFI_WRITE_PROTECTED: return L"EFI_WRITE_PROTECTED";
    case EFI_OUT_OF_RESOURCES: return L"EFI_OUT_OF_RESOURCES";
    case EFI_VOLUME_CORRUPTED: return L"EFI_VOLUME_CORRUPTED";
    case EFI_VOLUME_FULL: return L"EFI_VOLUME_FULL";
    case EFI_NO_MEDIA: return L"EFI_NO_MEDIA";
    case EFI_MEDIA_CHANGED: return L"EFI_MEDIA_CHANGED";
    case EFI_NOT_FOUND: return L"EFI_NOT_FOUND";
    case EFI_ACCESS_DENIED: return L"EFI_ACCESS_DENIED";
    case EFI_TIMEOUT: return L"EFI_TIMEOUT";
    case EFI_ALREADY_STARTED: return L"EFI_ALREADY_STARTED";
    case EFI_ABORTED: return L"EFI_ABORTED";
    case EFI_SECURITY_VIOLATION: return L"EFI_SECURITY_VIOLATION";
    case EFI_END_OF_FILE: return L"EFI_END_OF_FILE";
    case EFI_WARN_BUFFER_TOO_SMALL: return L"EFI_WARN_BUFFER_TOO_SMALL";
    default: return NULL;
    }
}

VOID PrintStatus(EFI_STATUS Status)
{
    CONST CHAR16 *Name = StatusName(Status);
    if (Name != NULL) {
        Print(Name);
        return;
    }
    Print(L"0x");
    PrintHex(Status, 8);
}

static VOID CountResult(BOOLEAN Passed, CONST CHAR16 *What)
{
    if (Passed)
        s_Passed++;
    else
        s_Failed++;
    Print(Passed ? L"ok: " : L"FAILED: ");
    Print(What);
}

BOOLEAN Check(BOOLEAN Passed, CONST CHAR16 *What)
{
    CountResult(Passed, What);
    PrintLine();
    return Passed;
}

static VOID PrintValue(UINT64 Value, BOOLEAN IsStatus)
{
    if (IsStatus) {
        PrintStatus((EFI_STATUS)Value);
        return;
    }
    Print(L"0x");
    PrintHex(Value, 16);
}

/* A comparison: counted, and on failure both values in the line. */
static BOOLEAN CheckEqual(UINT64 Got, UINT64 Expected, BOOLEAN IsStatus, CONST CHAR16 *What)
{
    BOOLEAN Passed = Got == Expected;
    CountResult(Passed, What);
    if (!Passed) {
        Print(L" (got ");
        PrintValue(Got, IsStatus);
        Print(L", expected ");
        PrintValue(Expected, IsStatus);
        Print(L")");
    }
    PrintLine();
    return Passed;
}

BOOLEAN CheckStatus(EFI_STATUS Got, EFI_STATUS Expected, CONST CHAR16 *What)
{
    return CheckEqual(Got, Expected, TRUE, What);
}

BOOLEAN CheckValue(UINT64 Got, UINT64 Expected, CONST CHAR16 *What)
{
    return CheckEqual(Got, Expected, FALSE, What);
}

VOID Fact(CONST CHAR16 *Key)
{
    Print(L"fact: ");
    Print(Key);
    Print(L" ");
}

BOOLEAN GuidEqual(CONST EFI_GUID *A, CONST EFI_GUID *B)
{
    return MemEqual(A, B, sizeof(EFI_GUID));
}

BOOLEAN MemEqual(CONST VOID *A, CONST VOID *B, UINTN Length)
{
    CONST UINT8 *X = (CONST UINT8 *)A;
    CONST UINT8 *Y = (CONST UINT8 *)B;
    UINTN i;
    for (i = 0; i < Length; i++)
        if (X[i] != Y[i])
            return FALSE;
    return TRUE;
}

VOID MemFill(VOID *Buffer, UINTN Length, UINT8 Value)
{
    volatile UINT8 *Bytes = (volatile UINT8 *)Buffer; /* volatile: no call to a memset that does not exist */
    UINTN i;
    for (i = 0; i < Length; i++)
        Bytes[i] = Value;
}

VOID MemCopy(VOID *Destination, CONST VOID *Source, UINTN Length)
{
    volatile UINT8 *To = (volatile UINT8 *)Destination;
    CONST UINT8 *From = (CONST UINT8 *)Source;
    UINTN i;
    for (i = 0; i < Length; i++)
        To[i] = From[i];
}

UINTN StrLen(CONST CHAR16 *Text)
{
    UINTN Length = 0;
    while (Text[Length] != 0)
        Length++;
    return Length;
}

BOOLEAN StrEqual(CONST CHAR16 *A, CONST CHAR16 *B)
{
    while (*A != 0 && *A == *B) {
        A++;
        B++;
    }
    return *A == *B;
}

static CHAR16 Upper(CHAR16 C)
{
    return C >= L'a' && C <= L'z' ? (CHAR16)(C - L'a' + L'A') : C;
}

BOOLEAN StrEqualNoCase(CONST CHAR16 *A, CONST CHAR16 *B)
{
    while (*A != 0 && Upper(*A) == Upper(*B)) {
        A++;
        B++;
    }
    return Upper(*A) == Upper(*B);
}

UINT32 Fnv1a(UINT32 Hash, CONST VOID *Data, UINTN Length)
{
    CONST UINT8 *Bytes = (CONST UINT8 *)Data;
    UINTN i;
    for (i = 0; i < Length; i++)
        Hash = (Hash ^ Bytes[i]) * 0x01000193u;
    return Hash;
}

UINT32 Crc32(CONST VOID *Data, UINTN Length)
{
    CONST UINT8 *Bytes = (CONST UINT8 *)Data;
    UINT32 Crc = 0xFFFFFFFFu;
    UINTN i;
    int Bit;
    for (i = 0; i < Length; i++) {
        Crc ^= Bytes[i];
        for (Bit = 0; Bit < 8; Bit++)
            Crc = (Crc >> 1) ^ (0xEDB88320u & (0u - (Crc & 1)));
    }
    return ~Crc;
}

VOID *AllocateZeroed(UINTN Size)
{
    VOID *Buffer = NULL;
    EFI_STATUS Status = gBS->AllocatePool(EfiLoaderData, Size, &Buffer);
    if (EFI_ERROR(Status) || Buffer == NULL) {
        CheckStatus(Status, EFI_SUCCESS, L"AllocatePool for the test's buffer");
        return NULL;
    }
    MemFill(Buffer, Size, 0);
    return Buffer;
}

EFI_MEMORY_DESCRIPTOR *GetMap(UINTN *MapSize, UINTN *MapKey, UINTN *DescriptorSize, UINT32 *DescriptorVersion OPTIONAL)
{
    UINT32 Version = 0;
    UINTN Size = 0;
    EFI_MEMORY_DESCRIPTOR *Map = NULL;
    EFI_STATUS Status = gBS->GetMemoryMap(&Size, NULL, MapKey, DescriptorSize, &Version);
    while (Status == EFI_BUFFER_TOO_SMALL) {
        /* Room for the descriptors the pool allocation itself may add. */
        Size += 4 * *DescriptorSize;
        if (Map != NULL)
            gBS->FreePool(Map);
        Map = NULL;
        if (EFI_ERROR(gBS->AllocatePool(EfiLoaderData, Size, (VOID **)&Map)))
            return NULL;
        Status = gBS->GetMemoryMap(&Size, Map, MapKey, DescriptorSize, &Version);
    }
    if (EFI_ERROR(Status)) {
        CheckStatus(Status, EFI_SUCCESS, L"GetMemoryMap");
        if (Map != NULL)
            gBS->FreePool(Map);
        return NULL;
    }
    *MapSize = Size;
    if (DescriptorVersion != NULL)
        *DescriptorVersion = Version;
    return Map;
}
