/*++

Module Name:

    ntdef.h

Abstract:

    The basic types and macros of the NT architecture, as the DDK documents them: sized integers, pointers,
    handles, status values, counted strings, large integers and list entries. Every image of the tree
    includes it, kernel and user mode alike.

--*/

#ifndef _NTDEF_
#define _NTDEF_

#define VOID void
typedef char CHAR, *PCHAR, *PSTR;
typedef char CCHAR;
typedef const char *PCSTR, *PCSZ;
typedef unsigned char UCHAR, *PUCHAR;
typedef short SHORT, *PSHORT;
typedef unsigned short USHORT, *PUSHORT;
typedef long LONG, *PLONG;
typedef unsigned long ULONG, *PULONG;
typedef ULONG CLONG;
typedef int INT;
typedef unsigned int UINT;
typedef __int64 LONGLONG, *PLONGLONG;
typedef unsigned __int64 ULONGLONG, *PULONGLONG;
typedef unsigned __int64 ULONG64, *PULONG64;
typedef unsigned short WCHAR, *PWCHAR, *PWSTR;
typedef const unsigned short *PCWSTR;
typedef void *PVOID, **PPVOID;
typedef void *HANDLE, **PHANDLE;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef long LONG_PTR, *PLONG_PTR;
typedef unsigned long ULONG_PTR, *PULONG_PTR;
typedef ULONG_PTR SIZE_T, *PSIZE_T;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;
typedef UCHAR KIRQL, *PKIRQL;
typedef CHAR KPROCESSOR_MODE;

#define TRUE 1
#define FALSE 0
#ifndef NULL
#define NULL ((void *)0)
#endif

#define IN
#define OUT
#define OPTIONAL
#define NTAPI __stdcall
#define FASTCALL __fastcall
#define NTSYSAPI
#define CONST const

#define MINCHAR 0x80
#define MAXCHAR 0x7f
#define MINSHORT 0x8000
#define MAXSHORT 0x7fff
#define MINLONG 0x80000000
#define MAXLONG 0x7fffffff
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffff

//
// Status values: severity in the top two bits, so success and information values are non-negative.
//

typedef LONG NTSTATUS, *PNTSTATUS;

#define NT_SUCCESS(Status) ((NTSTATUS)(Status) >= 0)
#define NT_INFORMATION(Status) ((ULONG)(Status) >> 30 == 1)
#define NT_WARNING(Status) ((ULONG)(Status) >> 30 == 2)
#define NT_ERROR(Status) ((ULONG)(Status) >> 30 == 3)

#define FIELD_OFFSET(Type, Field) ((LONG)(LONG_PTR)&(((Type *)0)->Field))
#define CONTAINING_RECORD(Address, Type, Field) \
    ((Type *)((PCHAR)(Address) - (ULONG_PTR)(&((Type *)0)->Field)))
#define ARGUMENT_PRESENT(Argument) ((CHAR *)((ULONG_PTR)(Argument)) != (CHAR *)NULL)
#define RTL_NUMBER_OF(Array) (sizeof(Array) / sizeof((Array)[0]))
#define UNREFERENCED_PARAMETER(P) (P)
#define NOTHING
#define DECLSPEC_NORETURN __declspec(noreturn)

//
// 64-bit integers as the DDK presents them: a quad word, or its two halves.
//

typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

//
// Counted strings: Length and MaximumLength in bytes, the buffer not necessarily terminated.
//

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;

typedef const STRING *PCANSI_STRING;

typedef struct _GUID {
    ULONG Data1;
    USHORT Data2;
    USHORT Data3;
    UCHAR Data4[8];
} GUID;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;

typedef const UNICODE_STRING *PCUNICODE_STRING;

//
// Doubly linked lists threaded through the structures they link, and singly linked ones.
//

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

#endif // _NTDEF_
