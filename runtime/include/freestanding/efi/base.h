/* efi/base.h - UEFI's common data types (UEFI 2.10, 2.3.1), IA32 sizes, and the table header every service
   table starts with (4.2). */
#ifndef _NT2CS_EFI_BASE_H
#define _NT2CS_EFI_BASE_H

#include <stddef.h>

typedef unsigned char BOOLEAN;
typedef int INTN;
typedef unsigned int UINTN;
typedef signed char INT8;
typedef unsigned char UINT8;
typedef short INT16;
typedef unsigned short UINT16;
typedef int INT32;
typedef unsigned int UINT32;
typedef long long INT64;
typedef unsigned long long UINT64;
typedef char CHAR8;
typedef wchar_t CHAR16;
#define VOID void

typedef UINTN EFI_STATUS;
typedef VOID *EFI_HANDLE;
typedef VOID *EFI_EVENT;
typedef UINT64 EFI_LBA;
typedef UINTN EFI_TPL;
typedef UINT64 EFI_PHYSICAL_ADDRESS;
typedef UINT64 EFI_VIRTUAL_ADDRESS;

#ifndef TRUE
#define TRUE ((BOOLEAN)1)
#define FALSE ((BOOLEAN)0)
#endif

#ifndef NULL
#define NULL ((VOID *)0)
#endif

/* Parameter modifiers: documentation only. */
#define IN
#define OUT
#define OPTIONAL
#define CONST const

/* The calling convention of every UEFI interface: on IA32 the C one (2.3.2). */
#define EFIAPI __cdecl

/* A 128-bit identifier; the four fields give it 4-byte alignment, as IA32 firmware lays it out. */
typedef struct {
    UINT32 Data1;
    UINT16 Data2;
    UINT16 Data3;
    UINT8 Data4[8];
} EFI_GUID;

typedef struct {
    UINT64 Signature;
    UINT32 Revision;
    UINT32 HeaderSize;
    UINT32 CRC32;
    UINT32 Reserved;
} EFI_TABLE_HEADER;

typedef struct {
    UINT8 Addr[4];
} EFI_IPv4_ADDRESS;

typedef struct {
    UINT8 Addr[16];
} EFI_IPv6_ADDRESS;

typedef struct {
    UINT8 Addr[32];
} EFI_MAC_ADDRESS;

#endif
