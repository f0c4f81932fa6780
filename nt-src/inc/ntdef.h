/*++

Module Name:

    ntdef.h

Abstract:

    Basic types and macros of the NT architecture: sized integers, status codes, counted strings and
    doubly linked lists, as the NT DDK documents them. Shared by every image in the tree.

--*/

#ifndef _NTDEF_
#define _NTDEF_

#define VOID void
typedef char CHAR, *PCHAR;
typedef unsigned char UCHAR, *PUCHAR;
typedef short SHORT, *PSHORT;
typedef unsigned short USHORT, *PUSHORT;
typedef long LONG, *PLONG;
typedef unsigned long ULONG, *PULONG;
typedef __int64 LONGLONG, *PLONGLONG;
typedef unsigned __int64 ULONGLONG, *PULONGLONG;
typedef void *PVOID;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef const char *PCSZ;
typedef unsigned long ULONG_PTR, *PULONG_PTR;

#define TRUE 1
#define FALSE 0
#ifndef NULL
#define NULL ((void *)0)
#endif

#define IN
#define OUT
#define OPTIONAL
#define NTAPI __stdcall

typedef LONG NTSTATUS;

#define NT_SUCCESS(Status) ((NTSTATUS)(Status) >= 0)
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_BUFFER_OVERFLOW ((NTSTATUS)0x80000005L)
#define STATUS_NO_MORE_ENTRIES ((NTSTATUS)0x8000001AL)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023L)

#define FIELD_OFFSET(Type, Field) ((LONG)(LONG_PTR)&(((Type *)0)->Field))
typedef long LONG_PTR;
#define CONTAINING_RECORD(Address, Type, Field) \
    ((Type *)((PCHAR)(Address) - (ULONG_PTR)(&((Type *)0)->Field)))

//
// Counted strings.
//

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING;

//
// Doubly linked lists, threaded through the structures they link.
//

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY;

#endif // _NTDEF_
