/* efitest.h - what the test applications share: output on the console (and straight to COM1 once boot services
   are gone), checks that count, and facts the host compares with what it knows (the image's bytes, the RTC it
   set). Everything between the begin and end markers is the application's; firmware prints its own lines around
   them. A line is "ok: WHAT", "FAILED: WHAT (detail)", "fact: KEY VALUE", "note: …" (where
   firmware is known to differ from the specification: shown, not counted) or free text; the last is
   "result: N passed, M failed". Written against the UEFI specification only, so the same source builds with nt2cs
   and natively. */
#ifndef _EFITEST_H
#define _EFITEST_H

#include <efi.h>

extern EFI_HANDLE gImageHandle;
extern EFI_SYSTEM_TABLE *gST;
extern EFI_BOOT_SERVICES *gBS;
extern EFI_RUNTIME_SERVICES *gRT;

/* Starts a test application: keeps the tables, stops the watchdog, prints the begin marker. */
VOID TestBegin(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable, CONST CHAR16 *Name);

/* Prints the result line and the end marker; returns EFI_SUCCESS when every check passed, else EFI_ABORTED. */
EFI_STATUS TestEnd(VOID);

/* TestEnd, then ResetSystem(EfiResetShutdown, its status). */
VOID TestShutdown(VOID);

/* Output. After TestExitedBootServices, output goes to COM1's registers instead of ConOut. */
VOID Print(CONST CHAR16 *Text);
VOID PrintAscii(CONST CHAR8 *Text);
VOID PrintDec(UINT64 Value);
VOID PrintHex(UINT64 Value, UINTN Digits);
VOID PrintGuid(CONST EFI_GUID *Guid);
VOID PrintStatus(EFI_STATUS Status);
VOID PrintLine(VOID);
VOID TestExitedBootServices(VOID);

/* Checks: each prints one line and is counted. */
BOOLEAN Check(BOOLEAN Passed, CONST CHAR16 *What);
BOOLEAN CheckStatus(EFI_STATUS Got, EFI_STATUS Expected, CONST CHAR16 *What);
BOOLEAN CheckValue(UINT64 Got, UINT64 Expected, CONST CHAR16 *What);

/* "fact: KEY " - the caller prints the value and ends the line. */
VOID Fact(CONST CHAR16 *Key);

/* Helpers the applications share. */
BOOLEAN GuidEqual(CONST EFI_GUID *A, CONST EFI_GUID *B);
BOOLEAN MemEqual(CONST VOID *A, CONST VOID *B, UINTN Length);
VOID MemFill(VOID *Buffer, UINTN Length, UINT8 Value);
VOID MemCopy(VOID *Destination, CONST VOID *Source, UINTN Length);
UINTN StrLen(CONST CHAR16 *Text);
BOOLEAN StrEqual(CONST CHAR16 *A, CONST CHAR16 *B);
BOOLEAN StrEqualNoCase(CONST CHAR16 *A, CONST CHAR16 *B);

/* FNV-1a (32 bits) over bytes, continuing from Hash (start with FNV_OFFSET_BASIS): the host computes the same. */
#define FNV_OFFSET_BASIS 0x811C9DC5u
UINT32 Fnv1a(UINT32 Hash, CONST VOID *Data, UINTN Length);

/* CRC-32 (IEEE 802.3, the one EFI_TABLE_HEADER.CRC32 uses), computed here to check the firmware's. */
UINT32 Crc32(CONST VOID *Data, UINTN Length);

/* Pool of EfiLoaderData, NULL (and a failed check) when the firmware has none. */
VOID *AllocateZeroed(UINTN Size);

/* The current memory map in a pool buffer the caller frees; NULL on failure. */
EFI_MEMORY_DESCRIPTOR *GetMap(UINTN *MapSize, UINTN *MapKey, UINTN *DescriptorSize, UINT32 *DescriptorVersion OPTIONAL);

/* COM1 (0x3F8), written directly: for output after ExitBootServices. */
VOID Com1Write(UINT8 Byte);

/* The groups of checks; a suite application calls the ones it wants. */
VOID TestTables(VOID);
VOID TestMemory(UINTN MemoryMiB);
VOID TestEvents(VOID);
VOID TestImage(VOID);
VOID TestBadUse(VOID);
VOID TestTime(VOID);
VOID TestConsole(VOID);
VOID TestFiles(VOID);
VOID TestBlockIo(VOID);
VOID TestVariables(VOID);
/* Ends boot services (a stale map key first, then the right one); prints through COM1 afterwards. */
VOID TestExitBootServices(VOID);

#endif
