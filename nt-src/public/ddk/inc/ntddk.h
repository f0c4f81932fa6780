/*++

Module Name:

    ntddk.h

Abstract:

    The kernel-mode interface drivers and kernel components program against, as the DDK documents it: list
    manipulation, run-time library (Rtl) routines, the HAL's port access, IRQL, debug output and bug checks.
    Names and signatures follow the documentation; the bodies are in nt-src/private/ntos.

--*/

#ifndef _NTDDK_
#define _NTDDK_

#include <ntdef.h>
#include <ntstatus.h>
#include <bugcodes.h>
#include <stdarg.h>
#include <stddef.h>

#define FORCEINLINE static __forceinline

typedef short CSHORT;
#define NTKERNELAPI
#define NTHALAPI

//
// Interrupt request levels on i386.
//

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define PROFILE_LEVEL 27
#define CLOCK1_LEVEL 28
#define CLOCK2_LEVEL 28
#define IPI_LEVEL 29
#define POWER_LEVEL 30
#define HIGH_LEVEL 31

//
// Doubly and singly linked lists (the DDK's inline routines).
//

FORCEINLINE VOID InitializeListHead(OUT PLIST_ENTRY ListHead)
{
    ListHead->Flink = ListHead->Blink = ListHead;
}

FORCEINLINE BOOLEAN IsListEmpty(IN const LIST_ENTRY *ListHead)
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

FORCEINLINE BOOLEAN RemoveEntryList(IN PLIST_ENTRY Entry)
{
    PLIST_ENTRY Flink = Entry->Flink;
    PLIST_ENTRY Blink = Entry->Blink;

    Blink->Flink = Flink;
    Flink->Blink = Blink;
    return (BOOLEAN)(Flink == Blink);
}

FORCEINLINE PLIST_ENTRY RemoveHeadList(IN OUT PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Flink;

    RemoveEntryList(Entry);
    return Entry;
}

FORCEINLINE PLIST_ENTRY RemoveTailList(IN OUT PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Blink;

    RemoveEntryList(Entry);
    return Entry;
}

FORCEINLINE VOID InsertTailList(IN OUT PLIST_ENTRY ListHead, IN OUT PLIST_ENTRY Entry)
{
    PLIST_ENTRY Blink = ListHead->Blink;

    Entry->Flink = ListHead;
    Entry->Blink = Blink;
    Blink->Flink = Entry;
    ListHead->Blink = Entry;
}

FORCEINLINE VOID InsertHeadList(IN OUT PLIST_ENTRY ListHead, IN OUT PLIST_ENTRY Entry)
{
    PLIST_ENTRY Flink = ListHead->Flink;

    Entry->Flink = Flink;
    Entry->Blink = ListHead;
    Flink->Blink = Entry;
    ListHead->Flink = Entry;
}

FORCEINLINE VOID PushEntryList(IN OUT PSINGLE_LIST_ENTRY ListHead, IN OUT PSINGLE_LIST_ENTRY Entry)
{
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

FORCEINLINE PSINGLE_LIST_ENTRY PopEntryList(IN OUT PSINGLE_LIST_ENTRY ListHead)
{
    PSINGLE_LIST_ENTRY Entry = ListHead->Next;

    if (Entry != NULL) {
        ListHead->Next = Entry->Next;
    }
    return Entry;
}

//
// The kernel's C run-time memory routines, and the Rtl names for them.
//

void *__cdecl memcpy(void *Destination, const void *Source, size_t Length);
void *__cdecl memmove(void *Destination, const void *Source, size_t Length);
void *__cdecl memset(void *Destination, int Fill, size_t Length);
int __cdecl memcmp(const void *Buffer1, const void *Buffer2, size_t Length);

#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define RtlEqualMemory(Destination, Source, Length) (!memcmp((Destination), (Source), (Length)))

//
// The kernel's C run-time formatting, with MSVC's rules: _vsnprintf writes at most Count characters and
// returns -1 (leaving the buffer unterminated) when the output does not fit.
//

int __cdecl _vsnprintf(char *Buffer, SIZE_T Count, const char *Format, va_list Arguments);
int __cdecl _snprintf(char *Buffer, SIZE_T Count, const char *Format, ...);

NTSYSAPI SIZE_T NTAPI RtlCompareMemory(IN const VOID *Source1, IN const VOID *Source2, IN SIZE_T Length);

//
// Counted strings.
//

NTSYSAPI VOID NTAPI RtlInitString(OUT PSTRING DestinationString, IN PCSZ SourceString OPTIONAL);
NTSYSAPI VOID NTAPI RtlInitAnsiString(OUT PANSI_STRING DestinationString, IN PCSZ SourceString OPTIONAL);
NTSYSAPI VOID NTAPI RtlInitUnicodeString(OUT PUNICODE_STRING DestinationString, IN PCWSTR SourceString OPTIONAL);
NTSYSAPI VOID NTAPI RtlCopyString(OUT PSTRING DestinationString, IN const STRING *SourceString OPTIONAL);
NTSYSAPI VOID NTAPI RtlCopyUnicodeString(IN OUT PUNICODE_STRING DestinationString, IN PCUNICODE_STRING SourceString OPTIONAL);
NTSYSAPI LONG NTAPI RtlCompareString(IN const STRING *String1, IN const STRING *String2, IN BOOLEAN CaseInSensitive);
NTSYSAPI LONG NTAPI RtlCompareUnicodeString(IN PCUNICODE_STRING String1, IN PCUNICODE_STRING String2, IN BOOLEAN CaseInSensitive);
NTSYSAPI BOOLEAN NTAPI RtlEqualString(IN const STRING *String1, IN const STRING *String2, IN BOOLEAN CaseInSensitive);
NTSYSAPI BOOLEAN NTAPI RtlEqualUnicodeString(IN PCUNICODE_STRING String1, IN PCUNICODE_STRING String2, IN BOOLEAN CaseInSensitive);
NTSYSAPI BOOLEAN NTAPI RtlPrefixUnicodeString(IN PCUNICODE_STRING String1, IN PCUNICODE_STRING String2, IN BOOLEAN CaseInSensitive);
NTSYSAPI NTSTATUS NTAPI RtlAppendStringToString(IN OUT PSTRING Destination, IN const STRING *Source);
NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeStringToString(IN OUT PUNICODE_STRING Destination, IN PCUNICODE_STRING Source);
NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeToString(IN OUT PUNICODE_STRING Destination, IN PCWSTR Source OPTIONAL);
NTSYSAPI CHAR NTAPI RtlUpperChar(IN CHAR Character);
NTSYSAPI WCHAR NTAPI RtlUpcaseUnicodeChar(IN WCHAR SourceCharacter);
NTSYSAPI WCHAR NTAPI RtlDowncaseUnicodeChar(IN WCHAR SourceCharacter);
NTSYSAPI NTSTATUS NTAPI RtlCharToInteger(IN PCSZ String, IN ULONG Base OPTIONAL, OUT PULONG Value);
NTSYSAPI NTSTATUS NTAPI RtlIntegerToChar(IN ULONG Value, IN ULONG Base OPTIONAL, IN LONG OutputLength, OUT PCHAR String);
NTSYSAPI NTSTATUS NTAPI RtlIntegerToUnicodeString(IN ULONG Value, IN ULONG Base OPTIONAL, IN OUT PUNICODE_STRING String);
NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToInteger(IN PCUNICODE_STRING String, IN ULONG Base OPTIONAL, OUT PULONG Value);

//
// Bitmaps: SizeOfBitMap bits in a buffer of ULONGs, bit 0 the lowest bit of the first ULONG.
//

typedef struct _RTL_BITMAP {
    ULONG SizeOfBitMap;
    PULONG Buffer;
} RTL_BITMAP, *PRTL_BITMAP;

NTSYSAPI VOID NTAPI RtlInitializeBitMap(OUT PRTL_BITMAP BitMapHeader, IN PULONG BitMapBuffer, IN ULONG SizeOfBitMap);
NTSYSAPI VOID NTAPI RtlClearAllBits(IN PRTL_BITMAP BitMapHeader);
NTSYSAPI VOID NTAPI RtlSetAllBits(IN PRTL_BITMAP BitMapHeader);
NTSYSAPI VOID NTAPI RtlClearBit(IN PRTL_BITMAP BitMapHeader, IN ULONG BitNumber);
NTSYSAPI VOID NTAPI RtlSetBit(IN PRTL_BITMAP BitMapHeader, IN ULONG BitNumber);
NTSYSAPI BOOLEAN NTAPI RtlTestBit(IN PRTL_BITMAP BitMapHeader, IN ULONG BitNumber);
NTSYSAPI VOID NTAPI RtlClearBits(IN PRTL_BITMAP BitMapHeader, IN ULONG StartingIndex, IN ULONG NumberToClear);
NTSYSAPI VOID NTAPI RtlSetBits(IN PRTL_BITMAP BitMapHeader, IN ULONG StartingIndex, IN ULONG NumberToSet);
NTSYSAPI BOOLEAN NTAPI RtlAreBitsClear(IN PRTL_BITMAP BitMapHeader, IN ULONG StartingIndex, IN ULONG Length);
NTSYSAPI BOOLEAN NTAPI RtlAreBitsSet(IN PRTL_BITMAP BitMapHeader, IN ULONG StartingIndex, IN ULONG Length);
NTSYSAPI ULONG NTAPI RtlFindClearBits(IN PRTL_BITMAP BitMapHeader, IN ULONG NumberToFind, IN ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindSetBits(IN PRTL_BITMAP BitMapHeader, IN ULONG NumberToFind, IN ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindClearBitsAndSet(IN PRTL_BITMAP BitMapHeader, IN ULONG NumberToFind, IN ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindSetBitsAndClear(IN PRTL_BITMAP BitMapHeader, IN ULONG NumberToFind, IN ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlNumberOfClearBits(IN PRTL_BITMAP BitMapHeader);
NTSYSAPI ULONG NTAPI RtlNumberOfSetBits(IN PRTL_BITMAP BitMapHeader);

//
// Splay links: a node of a binary tree kept inside the caller's structure. The root is its own parent.
//

typedef struct _RTL_SPLAY_LINKS {
    struct _RTL_SPLAY_LINKS *Parent;
    struct _RTL_SPLAY_LINKS *LeftChild;
    struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;

#define RtlInitializeSplayLinks(Links) {                        \
    PRTL_SPLAY_LINKS _SplayLinks = (PRTL_SPLAY_LINKS)(Links);   \
    _SplayLinks->Parent = _SplayLinks;                          \
    _SplayLinks->LeftChild = NULL;                              \
    _SplayLinks->RightChild = NULL;                             \
}

#define RtlParent(Links) ((PRTL_SPLAY_LINKS)(Links)->Parent)
#define RtlLeftChild(Links) ((PRTL_SPLAY_LINKS)(Links)->LeftChild)
#define RtlRightChild(Links) ((PRTL_SPLAY_LINKS)(Links)->RightChild)
#define RtlIsRoot(Links) (RtlParent(Links) == (PRTL_SPLAY_LINKS)(Links))
#define RtlIsLeftChild(Links) (RtlLeftChild(RtlParent(Links)) == (PRTL_SPLAY_LINKS)(Links))
#define RtlIsRightChild(Links) (RtlRightChild(RtlParent(Links)) == (PRTL_SPLAY_LINKS)(Links))

#define RtlInsertAsLeftChild(ParentLinks, ChildLinks) {             \
    PRTL_SPLAY_LINKS _SplayParent = (PRTL_SPLAY_LINKS)(ParentLinks); \
    PRTL_SPLAY_LINKS _SplayChild = (PRTL_SPLAY_LINKS)(ChildLinks);   \
    _SplayParent->LeftChild = _SplayChild;                          \
    _SplayChild->Parent = _SplayParent;                             \
}

#define RtlInsertAsRightChild(ParentLinks, ChildLinks) {            \
    PRTL_SPLAY_LINKS _SplayParent = (PRTL_SPLAY_LINKS)(ParentLinks); \
    PRTL_SPLAY_LINKS _SplayChild = (PRTL_SPLAY_LINKS)(ChildLinks);   \
    _SplayParent->RightChild = _SplayChild;                         \
    _SplayChild->Parent = _SplayParent;                             \
}

NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlSplay(IN OUT PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlDelete(IN PRTL_SPLAY_LINKS Links);
NTSYSAPI VOID NTAPI RtlDeleteNoSplay(IN PRTL_SPLAY_LINKS Links, IN OUT PRTL_SPLAY_LINKS *Root);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlSubtreeSuccessor(IN PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlSubtreePredecessor(IN PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlRealSuccessor(IN PRTL_SPLAY_LINKS Links);
NTSYSAPI PRTL_SPLAY_LINKS NTAPI RtlRealPredecessor(IN PRTL_SPLAY_LINKS Links);

//
// Generic tables: elements ordered by a caller's compare routine, kept in a splay tree. Each element is
// one allocation from the caller's allocate routine: the table's header (the splay links and an entry of
// the insertion-order list) followed by the caller's data.
//

typedef enum _RTL_GENERIC_COMPARE_RESULTS {
    GenericLessThan,
    GenericGreaterThan,
    GenericEqual
} RTL_GENERIC_COMPARE_RESULTS;

typedef enum _TABLE_SEARCH_RESULT {
    TableEmptyTree,
    TableFoundNode,
    TableInsertAsLeft,
    TableInsertAsRight
} TABLE_SEARCH_RESULT;

struct _RTL_GENERIC_TABLE;

typedef RTL_GENERIC_COMPARE_RESULTS (NTAPI *PRTL_GENERIC_COMPARE_ROUTINE)(IN struct _RTL_GENERIC_TABLE *Table,
    IN PVOID FirstStruct, IN PVOID SecondStruct);
typedef PVOID (NTAPI *PRTL_GENERIC_ALLOCATE_ROUTINE)(IN struct _RTL_GENERIC_TABLE *Table, IN CLONG ByteSize);
typedef VOID (NTAPI *PRTL_GENERIC_FREE_ROUTINE)(IN struct _RTL_GENERIC_TABLE *Table, IN PVOID Buffer);

typedef struct _RTL_GENERIC_TABLE {
    PRTL_SPLAY_LINKS TableRoot;
    LIST_ENTRY InsertOrderList;
    PLIST_ENTRY OrderedPointer;
    ULONG WhichOrderedElement;
    ULONG NumberGenericTableElements;
    PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine;
    PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine;
    PRTL_GENERIC_FREE_ROUTINE FreeRoutine;
    PVOID TableContext;
} RTL_GENERIC_TABLE, *PRTL_GENERIC_TABLE;

NTSYSAPI VOID NTAPI RtlInitializeGenericTable(OUT PRTL_GENERIC_TABLE Table, IN PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine,
    IN PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine, IN PRTL_GENERIC_FREE_ROUTINE FreeRoutine, IN PVOID TableContext OPTIONAL);
NTSYSAPI PVOID NTAPI RtlInsertElementGenericTable(IN PRTL_GENERIC_TABLE Table, IN PVOID Buffer, IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL);
NTSYSAPI PVOID NTAPI RtlInsertElementGenericTableFull(IN PRTL_GENERIC_TABLE Table, IN PVOID Buffer, IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL, IN PVOID NodeOrParent, IN TABLE_SEARCH_RESULT SearchResult);
NTSYSAPI BOOLEAN NTAPI RtlDeleteElementGenericTable(IN PRTL_GENERIC_TABLE Table, IN PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlLookupElementGenericTable(IN PRTL_GENERIC_TABLE Table, IN PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlLookupElementGenericTableFull(IN PRTL_GENERIC_TABLE Table, IN PVOID Buffer, OUT PVOID *NodeOrParent,
    OUT TABLE_SEARCH_RESULT *SearchResult);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTable(IN PRTL_GENERIC_TABLE Table, IN BOOLEAN Restart);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableWithoutSplaying(IN PRTL_GENERIC_TABLE Table, IN OUT PVOID *RestartKey);
NTSYSAPI PVOID NTAPI RtlGetElementGenericTable(IN PRTL_GENERIC_TABLE Table, IN ULONG I);
NTSYSAPI ULONG NTAPI RtlNumberGenericTableElements(IN PRTL_GENERIC_TABLE Table);
NTSYSAPI BOOLEAN NTAPI RtlIsGenericTableEmpty(IN PRTL_GENERIC_TABLE Table);

//
// AVL tables: the generic table's interface over a height-balanced tree. BalancedRoot is a sentinel whose
// RightChild is the tree's root (and the root's parent); each element is an RTL_BALANCED_LINKS header
// followed by the caller's data.
//

typedef struct _RTL_BALANCED_LINKS {
    struct _RTL_BALANCED_LINKS *Parent;
    struct _RTL_BALANCED_LINKS *LeftChild;
    struct _RTL_BALANCED_LINKS *RightChild;
    CHAR Balance;
    UCHAR Reserved[3];
} RTL_BALANCED_LINKS, *PRTL_BALANCED_LINKS;

struct _RTL_AVL_TABLE;

typedef RTL_GENERIC_COMPARE_RESULTS (NTAPI *PRTL_AVL_COMPARE_ROUTINE)(IN struct _RTL_AVL_TABLE *Table,
    IN PVOID FirstStruct, IN PVOID SecondStruct);
typedef PVOID (NTAPI *PRTL_AVL_ALLOCATE_ROUTINE)(IN struct _RTL_AVL_TABLE *Table, IN CLONG ByteSize);
typedef VOID (NTAPI *PRTL_AVL_FREE_ROUTINE)(IN struct _RTL_AVL_TABLE *Table, IN PVOID Buffer);

typedef struct _RTL_AVL_TABLE {
    RTL_BALANCED_LINKS BalancedRoot;
    PVOID OrderedPointer;
    ULONG WhichOrderedElement;
    ULONG NumberGenericTableElements;
    ULONG DepthOfTree;
    PRTL_BALANCED_LINKS RestartKey;
    ULONG DeleteCount;
    PRTL_AVL_COMPARE_ROUTINE CompareRoutine;
    PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine;
    PRTL_AVL_FREE_ROUTINE FreeRoutine;
    PVOID TableContext;
} RTL_AVL_TABLE, *PRTL_AVL_TABLE;

NTSYSAPI VOID NTAPI RtlInitializeGenericTableAvl(OUT PRTL_AVL_TABLE Table, IN PRTL_AVL_COMPARE_ROUTINE CompareRoutine,
    IN PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine, IN PRTL_AVL_FREE_ROUTINE FreeRoutine, IN PVOID TableContext OPTIONAL);
NTSYSAPI PVOID NTAPI RtlInsertElementGenericTableAvl(IN PRTL_AVL_TABLE Table, IN PVOID Buffer, IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL);
NTSYSAPI PVOID NTAPI RtlInsertElementGenericTableFullAvl(IN PRTL_AVL_TABLE Table, IN PVOID Buffer, IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL, IN PVOID NodeOrParent, IN TABLE_SEARCH_RESULT SearchResult);
NTSYSAPI BOOLEAN NTAPI RtlDeleteElementGenericTableAvl(IN PRTL_AVL_TABLE Table, IN PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlLookupElementGenericTableAvl(IN PRTL_AVL_TABLE Table, IN PVOID Buffer);
NTSYSAPI PVOID NTAPI RtlLookupElementGenericTableFullAvl(IN PRTL_AVL_TABLE Table, IN PVOID Buffer, OUT PVOID *NodeOrParent,
    OUT TABLE_SEARCH_RESULT *SearchResult);
NTSYSAPI PVOID NTAPI RtlLookupFirstMatchingElementGenericTableAvl(IN PRTL_AVL_TABLE Table, IN PVOID Buffer,
    OUT PVOID *RestartKey);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableAvl(IN PRTL_AVL_TABLE Table, IN BOOLEAN Restart);
NTSYSAPI PVOID NTAPI RtlEnumerateGenericTableWithoutSplayingAvl(IN PRTL_AVL_TABLE Table, IN OUT PVOID *RestartKey);
NTSYSAPI PVOID NTAPI RtlGetElementGenericTableAvl(IN PRTL_AVL_TABLE Table, IN ULONG I);
NTSYSAPI ULONG NTAPI RtlNumberGenericTableElementsAvl(IN PRTL_AVL_TABLE Table);
NTSYSAPI BOOLEAN NTAPI RtlIsGenericTableEmptyAvl(IN PRTL_AVL_TABLE Table);

//
// Checked arithmetic (ntintsafe.h's kernel-mode forms): STATUS_INTEGER_OVERFLOW, and *Result set to
// ULONG_ERROR, when the result does not fit.
//

#define ULONG_ERROR 0xffffffffUL

NTSYSAPI NTSTATUS NTAPI RtlULongAdd(IN ULONG Augend, IN ULONG Addend, OUT PULONG Result);
NTSYSAPI NTSTATUS NTAPI RtlULongSub(IN ULONG Minuend, IN ULONG Subtrahend, OUT PULONG Result);
NTSYSAPI NTSTATUS NTAPI RtlULongMult(IN ULONG Multiplicand, IN ULONG Multiplier, OUT PULONG Result);

//
// Time: 100-nanosecond intervals since January 1, 1601 (UTC), and its calendar fields.
//

typedef struct _TIME_FIELDS {
    CSHORT Year;         // 1601...
    CSHORT Month;        // 1..12
    CSHORT Day;          // 1..31
    CSHORT Hour;         // 0..23
    CSHORT Minute;       // 0..59
    CSHORT Second;       // 0..59
    CSHORT Milliseconds; // 0..999
    CSHORT Weekday;      // 0..6 = Sunday..Saturday
} TIME_FIELDS, *PTIME_FIELDS;

NTSYSAPI VOID NTAPI RtlTimeToTimeFields(IN PLARGE_INTEGER Time, OUT PTIME_FIELDS TimeFields);
NTSYSAPI BOOLEAN NTAPI RtlTimeFieldsToTime(IN PTIME_FIELDS TimeFields, OUT PLARGE_INTEGER Time);

//
// Debug output and bug checks.
//

NTSYSAPI ULONG __cdecl DbgPrint(IN PCSTR Format, ...);
NTKERNELAPI VOID NTAPI KeBugCheckEx(IN ULONG BugCheckCode, IN ULONG_PTR BugCheckParameter1, IN ULONG_PTR BugCheckParameter2,
    IN ULONG_PTR BugCheckParameter3, IN ULONG_PTR BugCheckParameter4);
NTKERNELAPI VOID NTAPI KeBugCheck(IN ULONG BugCheckCode);

//
// Port and register access (the HAL's).
//

NTHALAPI UCHAR NTAPI READ_PORT_UCHAR(IN PUCHAR Port);
NTHALAPI USHORT NTAPI READ_PORT_USHORT(IN PUSHORT Port);
NTHALAPI ULONG NTAPI READ_PORT_ULONG(IN PULONG Port);
NTHALAPI VOID NTAPI WRITE_PORT_UCHAR(IN PUCHAR Port, IN UCHAR Value);
NTHALAPI VOID NTAPI WRITE_PORT_USHORT(IN PUSHORT Port, IN USHORT Value);
NTHALAPI VOID NTAPI WRITE_PORT_ULONG(IN PULONG Port, IN ULONG Value);
NTHALAPI UCHAR NTAPI READ_REGISTER_UCHAR(IN PUCHAR Register);
NTHALAPI USHORT NTAPI READ_REGISTER_USHORT(IN PUSHORT Register);
NTHALAPI ULONG NTAPI READ_REGISTER_ULONG(IN PULONG Register);
NTHALAPI VOID NTAPI WRITE_REGISTER_UCHAR(IN PUCHAR Register, IN UCHAR Value);
NTHALAPI VOID NTAPI WRITE_REGISTER_USHORT(IN PUSHORT Register, IN USHORT Value);
NTHALAPI VOID NTAPI WRITE_REGISTER_ULONG(IN PULONG Register, IN ULONG Value);

NTHALAPI KIRQL NTAPI KeGetCurrentIrql(VOID);
NTHALAPI KIRQL FASTCALL KfRaiseIrql(IN KIRQL NewIrql);
NTHALAPI VOID FASTCALL KfLowerIrql(IN KIRQL NewIrql);

#define KeRaiseIrql(NewIrql, OldIrql) (*(OldIrql) = KfRaiseIrql(NewIrql))

//
// Assertions, kept in every build: a failed one prints the expression and its place and bug-checks
// (KMODE_EXCEPTION_NOT_HANDLED with STATUS_ASSERTION_FAILURE, as an unhandled assertion exception is).
//

NTSYSAPI VOID NTAPI RtlAssert(IN PVOID FailedAssertion, IN PVOID FileName, IN ULONG LineNumber, IN PCHAR Message OPTIONAL);

#define ASSERT(Expression) ((VOID)(!(Expression) ? (RtlAssert((PVOID)#Expression, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE))
#define ASSERTMSG(Message, Expression) \
    ((VOID)(!(Expression) ? (RtlAssert((PVOID)#Expression, (PVOID)__FILE__, __LINE__, (PCHAR)(Message)), FALSE) : TRUE))
#define PAGED_CODE() ASSERT(KeGetCurrentIrql() <= APC_LEVEL)
#define KeLowerIrql(NewIrql) KfLowerIrql(NewIrql)

NTHALAPI VOID NTAPI KeStallExecutionProcessor(IN ULONG MicroSeconds);

//
// Time: the tick count since boot, the clock interval (100-ns units per tick) and the system time.
//

NTKERNELAPI VOID NTAPI KeQueryTickCount(OUT PLARGE_INTEGER TickCount);
NTKERNELAPI ULONG NTAPI KeQueryTimeIncrement(VOID);
NTKERNELAPI VOID NTAPI KeQuerySystemTime(OUT PLARGE_INTEGER CurrentTime);
NTKERNELAPI ULONGLONG NTAPI KeQueryInterruptTime(VOID);

//
// Interrupt objects: a service routine connected to an interrupt vector at a device IRQL.
//

typedef struct _KINTERRUPT *PKINTERRUPT;
typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;

typedef enum _KINTERRUPT_MODE {
    LevelSensitive,
    Latched
} KINTERRUPT_MODE;

typedef BOOLEAN (NTAPI *PKSERVICE_ROUTINE)(IN PKINTERRUPT Interrupt, IN PVOID ServiceContext);

typedef struct _KINTERRUPT {
    CSHORT Type;
    CSHORT Size;
    LIST_ENTRY InterruptListEntry;
    PKSERVICE_ROUTINE ServiceRoutine;
    PVOID ServiceContext;
    PKSPIN_LOCK ActualLock;
    ULONG Vector;
    KIRQL Irql;
    KIRQL SynchronizeIrql;
    BOOLEAN ShareVector;
    BOOLEAN Connected;
    KINTERRUPT_MODE Mode;
} KINTERRUPT;

NTKERNELAPI VOID NTAPI KeInitializeInterrupt(OUT PKINTERRUPT Interrupt, IN PKSERVICE_ROUTINE ServiceRoutine,
    IN PVOID ServiceContext, IN PKSPIN_LOCK SpinLock OPTIONAL, IN ULONG Vector, IN KIRQL Irql, IN KIRQL SynchronizeIrql,
    IN KINTERRUPT_MODE InterruptMode, IN BOOLEAN ShareVector, IN CHAR ProcessorNumber, IN BOOLEAN FloatingSave);
NTKERNELAPI BOOLEAN NTAPI KeConnectInterrupt(IN PKINTERRUPT Interrupt);
NTKERNELAPI BOOLEAN NTAPI KeDisconnectInterrupt(IN PKINTERRUPT Interrupt);

typedef BOOLEAN (NTAPI *PKSYNCHRONIZE_ROUTINE)(IN PVOID SynchronizeContext);

NTKERNELAPI BOOLEAN NTAPI KeSynchronizeExecution(IN PKINTERRUPT Interrupt, IN PKSYNCHRONIZE_ROUTINE SynchronizeRoutine,
    IN PVOID SynchronizeContext OPTIONAL);

//
// Spin locks: on this uniprocessor, acquiring raises the IRQL to DISPATCH_LEVEL and marks the lock owned.
//

NTKERNELAPI VOID NTAPI KeInitializeSpinLock(OUT PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI KeAcquireSpinLock(IN PKSPIN_LOCK SpinLock, OUT PKIRQL OldIrql);
NTKERNELAPI VOID NTAPI KeReleaseSpinLock(IN PKSPIN_LOCK SpinLock, IN KIRQL NewIrql);
NTKERNELAPI VOID NTAPI KeAcquireSpinLockAtDpcLevel(IN PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI KeReleaseSpinLockFromDpcLevel(IN PKSPIN_LOCK SpinLock);

//
// Deferred procedure calls: queued at any IRQL, run at DISPATCH_LEVEL when the IRQL drops below it.
//

typedef struct _KDPC *PKDPC, *PRKDPC;

typedef VOID (NTAPI *PKDEFERRED_ROUTINE)(IN struct _KDPC *Dpc, IN PVOID DeferredContext, IN PVOID SystemArgument1,
    IN PVOID SystemArgument2);

typedef enum _KDPC_IMPORTANCE {
    LowImportance,
    MediumImportance,
    HighImportance
} KDPC_IMPORTANCE;

typedef struct _KDPC {
    CSHORT Type;
    UCHAR Number;
    UCHAR Importance;
    LIST_ENTRY DpcListEntry;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    BOOLEAN Inserted;
} KDPC;

NTKERNELAPI VOID NTAPI KeInitializeDpc(OUT PRKDPC Dpc, IN PKDEFERRED_ROUTINE DeferredRoutine, IN PVOID DeferredContext OPTIONAL);
NTKERNELAPI BOOLEAN NTAPI KeInsertQueueDpc(IN PRKDPC Dpc, IN PVOID SystemArgument1 OPTIONAL, IN PVOID SystemArgument2 OPTIONAL);
NTKERNELAPI BOOLEAN NTAPI KeRemoveQueueDpc(IN PRKDPC Dpc);
NTKERNELAPI VOID NTAPI KeSetImportanceDpc(IN PRKDPC Dpc, IN KDPC_IMPORTANCE Importance);

//
// Dispatcher objects share a header: their type, and their signal state.
//

typedef struct _DISPATCHER_HEADER {
    UCHAR Type;
    UCHAR Absolute;
    UCHAR Size;
    UCHAR Inserted;
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER;

//
// Kernel timers: due at an absolute system time or after a relative interval (negative, in 100-ns units),
// optionally periodic (milliseconds); on expiry signalled and their DPC queued.
//

typedef enum _TIMER_TYPE {
    NotificationTimer,
    SynchronizationTimer
} TIMER_TYPE;

typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    struct _KDPC *Dpc;
    LONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;

NTKERNELAPI VOID NTAPI KeInitializeTimer(OUT PKTIMER Timer);
NTKERNELAPI VOID NTAPI KeInitializeTimerEx(OUT PKTIMER Timer, IN TIMER_TYPE Type);
NTKERNELAPI BOOLEAN NTAPI KeSetTimer(IN OUT PKTIMER Timer, IN LARGE_INTEGER DueTime, IN PKDPC Dpc OPTIONAL);
NTKERNELAPI BOOLEAN NTAPI KeSetTimerEx(IN OUT PKTIMER Timer, IN LARGE_INTEGER DueTime, IN LONG Period OPTIONAL, IN PKDPC Dpc OPTIONAL);
NTKERNELAPI BOOLEAN NTAPI KeCancelTimer(IN OUT PKTIMER Timer);
NTKERNELAPI BOOLEAN NTAPI KeReadStateTimer(IN PKTIMER Timer);

//
// Threads and waits: dispatcher objects (events, semaphores, timers, threads) and the wait routines.
//

typedef LONG KPRIORITY;

#define LOW_PRIORITY 0
#define LOW_REALTIME_PRIORITY 16
#define HIGH_PRIORITY 31
#define MAXIMUM_PRIORITY 32

typedef enum _MODE {
    KernelMode,
    UserMode,
    MaximumMode
} MODE;

typedef enum _KWAIT_REASON {
    Executive,
    FreePage,
    PageIn,
    PoolAllocation,
    DelayExecution,
    Suspended,
    UserRequest,
    MaximumWaitReason
} KWAIT_REASON;

typedef enum _WAIT_TYPE {
    WaitAll,
    WaitAny
} WAIT_TYPE;

typedef enum _EVENT_TYPE {
    NotificationEvent,
    SynchronizationEvent
} EVENT_TYPE;

#define THREAD_WAIT_OBJECTS 3
#define MAXIMUM_WAIT_OBJECTS 64

typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;

typedef struct _KWAIT_BLOCK {
    LIST_ENTRY WaitListEntry;
    PRKTHREAD Thread;
    PVOID Object;
    struct _KWAIT_BLOCK *NextWaitBlock;
    USHORT WaitKey;
    USHORT WaitType;
} KWAIT_BLOCK, *PKWAIT_BLOCK, *PRKWAIT_BLOCK;

typedef struct _KEVENT {
    DISPATCHER_HEADER Header;
} KEVENT, *PKEVENT, *PRKEVENT;

typedef struct _KSEMAPHORE {
    DISPATCHER_HEADER Header;
    LONG Limit;
} KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;

typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    PRKTHREAD OwnerThread;
    BOOLEAN Abandoned;
    UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

NTKERNELAPI VOID NTAPI KeInitializeMutex(OUT PRKMUTEX Mutex, IN ULONG Level);
NTKERNELAPI LONG NTAPI KeReleaseMutex(IN PRKMUTEX Mutex, IN BOOLEAN Wait);
NTKERNELAPI LONG NTAPI KeReadStateMutex(IN PRKMUTEX Mutex);

//
// Fast mutexes: exclusive, not recursive, held at APC_LEVEL.
//

typedef struct _FAST_MUTEX {
    LONG Count;
    PKTHREAD Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX;

NTKERNELAPI VOID NTAPI ExInitializeFastMutex(OUT PFAST_MUTEX FastMutex);
NTKERNELAPI VOID FASTCALL ExAcquireFastMutex(IN OUT PFAST_MUTEX FastMutex);
NTKERNELAPI VOID FASTCALL ExReleaseFastMutex(IN OUT PFAST_MUTEX FastMutex);
NTKERNELAPI BOOLEAN FASTCALL ExTryToAcquireFastMutex(IN OUT PFAST_MUTEX FastMutex);

//
// Work items: routines run at PASSIVE_LEVEL by the system's worker threads.
//

typedef enum _WORK_QUEUE_TYPE {
    CriticalWorkQueue,
    DelayedWorkQueue,
    HyperCriticalWorkQueue,
    MaximumWorkQueue
} WORK_QUEUE_TYPE;

typedef VOID (NTAPI *PWORKER_THREAD_ROUTINE)(IN PVOID Parameter);

typedef struct _WORK_QUEUE_ITEM {
    LIST_ENTRY List;
    PWORKER_THREAD_ROUTINE WorkerRoutine;
    PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;

#define ExInitializeWorkItem(Item, Routine, Context) \
    ((Item)->WorkerRoutine = (Routine), (Item)->Parameter = (Context), (Item)->List.Flink = NULL)

NTKERNELAPI VOID NTAPI ExQueueWorkItem(IN PWORK_QUEUE_ITEM WorkItem, IN WORK_QUEUE_TYPE QueueType);

NTKERNELAPI VOID NTAPI KeInitializeEvent(OUT PRKEVENT Event, IN EVENT_TYPE Type, IN BOOLEAN State);
NTKERNELAPI LONG NTAPI KeSetEvent(IN PRKEVENT Event, IN KPRIORITY Increment, IN BOOLEAN Wait);
NTKERNELAPI LONG NTAPI KeResetEvent(IN PRKEVENT Event);
NTKERNELAPI VOID NTAPI KeClearEvent(IN PRKEVENT Event);
NTKERNELAPI LONG NTAPI KeReadStateEvent(IN PRKEVENT Event);
NTKERNELAPI VOID NTAPI KeInitializeSemaphore(OUT PRKSEMAPHORE Semaphore, IN LONG Count, IN LONG Limit);
NTKERNELAPI LONG NTAPI KeReleaseSemaphore(IN PRKSEMAPHORE Semaphore, IN KPRIORITY Increment, IN LONG Adjustment, IN BOOLEAN Wait);
NTKERNELAPI LONG NTAPI KeReadStateSemaphore(IN PRKSEMAPHORE Semaphore);
NTKERNELAPI NTSTATUS NTAPI KeWaitForSingleObject(IN PVOID Object, IN KWAIT_REASON WaitReason, IN KPROCESSOR_MODE WaitMode,
    IN BOOLEAN Alertable, IN PLARGE_INTEGER Timeout OPTIONAL);
NTKERNELAPI NTSTATUS NTAPI KeWaitForMultipleObjects(IN ULONG Count, IN PVOID Object[], IN WAIT_TYPE WaitType,
    IN KWAIT_REASON WaitReason, IN KPROCESSOR_MODE WaitMode, IN BOOLEAN Alertable, IN PLARGE_INTEGER Timeout OPTIONAL,
    OUT PKWAIT_BLOCK WaitBlockArray OPTIONAL);
NTKERNELAPI NTSTATUS NTAPI KeDelayExecutionThread(IN KPROCESSOR_MODE WaitMode, IN BOOLEAN Alertable, IN PLARGE_INTEGER Interval);
NTKERNELAPI PKTHREAD NTAPI KeGetCurrentThread(VOID);
NTKERNELAPI KPRIORITY NTAPI KeQueryPriorityThread(IN PKTHREAD Thread);
NTKERNELAPI KPRIORITY NTAPI KeSetPriorityThread(IN PKTHREAD Thread, IN KPRIORITY Priority);
NTKERNELAPI LONG NTAPI KeSetBasePriorityThread(IN PKTHREAD Thread, IN LONG Increment);

//
// Priority increments: what a thread woken from a wait gets added to its base priority (variable priorities
// only, never above LOW_REALTIME_PRIORITY - 1); the boost decays by one per quantum.
//

#define IO_NO_INCREMENT 0
#define IO_CD_ROM_INCREMENT 1
#define IO_DISK_INCREMENT 1
#define IO_KEYBOARD_INCREMENT 6
#define IO_MAILSLOT_INCREMENT 2
#define IO_MOUSE_INCREMENT 6
#define IO_NAMED_PIPE_INCREMENT 2
#define IO_NETWORK_INCREMENT 2
#define IO_PARALLEL_INCREMENT 1
#define IO_SERIAL_INCREMENT 2
#define IO_SOUND_INCREMENT 8
#define IO_VIDEO_INCREMENT 1
#define EVENT_INCREMENT 1
#define SEMAPHORE_INCREMENT 1

//
// Asynchronous procedure calls: a routine run in a given thread's context. A kernel APC's KernelRoutine runs
// at APC_LEVEL; a normal one's NormalRoutine then at PASSIVE_LEVEL; a special kernel APC has no NormalRoutine.
// A critical region holds off normal kernel APCs, a guarded region every kernel APC.
//

struct _KAPC;

typedef VOID (NTAPI *PKNORMAL_ROUTINE)(IN PVOID NormalContext, IN PVOID SystemArgument1, IN PVOID SystemArgument2);
typedef VOID (NTAPI *PKKERNEL_ROUTINE)(IN struct _KAPC *Apc, IN OUT PKNORMAL_ROUTINE *NormalRoutine,
    IN OUT PVOID *NormalContext, IN OUT PVOID *SystemArgument1, IN OUT PVOID *SystemArgument2);
typedef VOID (NTAPI *PKRUNDOWN_ROUTINE)(IN struct _KAPC *Apc);

typedef struct _KAPC {
    CSHORT Type;
    CSHORT Size;
    ULONG Spare0;
    struct _KTHREAD *Thread;
    LIST_ENTRY ApcListEntry;
    PKKERNEL_ROUTINE KernelRoutine;
    PKRUNDOWN_ROUTINE RundownRoutine;
    PKNORMAL_ROUTINE NormalRoutine;
    PVOID NormalContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    CCHAR ApcStateIndex;
    KPROCESSOR_MODE ApcMode;
    BOOLEAN Inserted;
} KAPC, *PKAPC, *PRKAPC;

NTKERNELAPI VOID NTAPI KeEnterCriticalRegion(VOID);
NTKERNELAPI VOID NTAPI KeLeaveCriticalRegion(VOID);
NTKERNELAPI VOID NTAPI KeEnterGuardedRegion(VOID);
NTKERNELAPI VOID NTAPI KeLeaveGuardedRegion(VOID);
NTKERNELAPI BOOLEAN NTAPI KeAreApcsDisabled(VOID);
NTKERNELAPI BOOLEAN NTAPI KeAreAllApcsDisabled(VOID);

//
// Executive resources: reader/writer locks a thread may acquire recursively, shared or exclusive. Callers
// acquire them with normal kernel APCs disabled (KeEnterCriticalRegion) or at APC_LEVEL.
//

typedef ULONG_PTR ERESOURCE_THREAD, *PERESOURCE_THREAD;

typedef struct _OWNER_ENTRY {
    ERESOURCE_THREAD OwnerThread;
    LONG OwnerCount;
} OWNER_ENTRY, *POWNER_ENTRY;

typedef struct _ERESOURCE {
    LIST_ENTRY SystemResourcesList;
    POWNER_ENTRY OwnerTable;            // shared owners beyond OwnerThreads (pool, TableSize entries)
    SHORT ActiveCount;                  // owning threads, counting those granted it that have not run yet
    USHORT Flag;
    PKSEMAPHORE SharedWaiters;
    PKEVENT ExclusiveWaiters;
    OWNER_ENTRY OwnerThreads[2];        // [0]: the exclusive owner, or a shared one; [1]: a shared owner
    ULONG ContentionCount;
    USHORT NumberOfSharedWaiters;
    USHORT NumberOfExclusiveWaiters;
    ULONG TableSize;
    KSPIN_LOCK SpinLock;
} ERESOURCE, *PERESOURCE;

#define ResourceOwnedExclusive 0x80

#define ExGetCurrentResourceThread() ((ERESOURCE_THREAD)KeGetCurrentThread())

NTKERNELAPI NTSTATUS NTAPI ExInitializeResourceLite(OUT PERESOURCE Resource);
NTKERNELAPI NTSTATUS NTAPI ExReinitializeResourceLite(IN OUT PERESOURCE Resource);
NTKERNELAPI NTSTATUS NTAPI ExDeleteResourceLite(IN OUT PERESOURCE Resource);
NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceSharedLite(IN OUT PERESOURCE Resource, IN BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceExclusiveLite(IN OUT PERESOURCE Resource, IN BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExAcquireSharedStarveExclusive(IN OUT PERESOURCE Resource, IN BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExAcquireSharedWaitForExclusive(IN OUT PERESOURCE Resource, IN BOOLEAN Wait);
NTKERNELAPI BOOLEAN NTAPI ExTryToAcquireResourceExclusiveLite(IN OUT PERESOURCE Resource);
NTKERNELAPI VOID FASTCALL ExReleaseResourceLite(IN OUT PERESOURCE Resource);
NTKERNELAPI VOID NTAPI ExReleaseResourceForThreadLite(IN OUT PERESOURCE Resource, IN ERESOURCE_THREAD ResourceThreadId);
NTKERNELAPI VOID NTAPI ExConvertExclusiveToSharedLite(IN OUT PERESOURCE Resource);
NTKERNELAPI BOOLEAN NTAPI ExIsResourceAcquiredExclusiveLite(IN PERESOURCE Resource);
NTKERNELAPI ULONG NTAPI ExIsResourceAcquiredSharedLite(IN PERESOURCE Resource);
NTKERNELAPI ULONG NTAPI ExGetExclusiveWaiterCount(IN PERESOURCE Resource);
NTKERNELAPI ULONG NTAPI ExGetSharedWaiterCount(IN PERESOURCE Resource);

//
// Memory: the system address range, physically contiguous allocations, device memory, MDLs, and pool.
//

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;
typedef ULONG PFN_NUMBER, *PPFN_NUMBER;

#define PAGE_SIZE 0x1000
#define PAGE_SHIFT 12
#define BYTES_TO_PAGES(Size) (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define ROUND_TO_PAGES(Size) (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
    ((ULONG)((((ULONG_PTR)(Size)) >> PAGE_SHIFT) + ((BYTE_OFFSET(Va) + ((ULONG_PTR)(Size) & (PAGE_SIZE - 1)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)))

#define MM_SYSTEM_RANGE_START ((PVOID)0x80000000)
#define MM_HIGHEST_USER_ADDRESS ((PVOID)0x7FFEFFFF)
#define MM_USER_PROBE_ADDRESS 0x7FFF0000

typedef enum _MEMORY_CACHING_TYPE {
    MmNonCached,
    MmCached,
    MmWriteCombined,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType
} MEMORY_CACHING_TYPE;

NTKERNELAPI PVOID NTAPI MmAllocateContiguousMemory(IN SIZE_T NumberOfBytes, IN PHYSICAL_ADDRESS HighestAcceptableAddress);
NTKERNELAPI VOID NTAPI MmFreeContiguousMemory(IN PVOID BaseAddress);
NTKERNELAPI PHYSICAL_ADDRESS NTAPI MmGetPhysicalAddress(IN PVOID BaseAddress);
NTKERNELAPI BOOLEAN NTAPI MmIsAddressValid(IN PVOID VirtualAddress);
NTKERNELAPI PVOID NTAPI MmMapIoSpace(IN PHYSICAL_ADDRESS PhysicalAddress, IN SIZE_T NumberOfBytes, IN MEMORY_CACHING_TYPE CacheType);
NTKERNELAPI VOID NTAPI MmUnmapIoSpace(IN PVOID BaseAddress, IN SIZE_T NumberOfBytes);

//
// Memory descriptor lists: a buffer's pages (the page frame numbers follow the MDL), locked and mapped.
//

typedef struct _MDL {
    struct _MDL *Next;
    CSHORT Size;                    // of the MDL with its page frame numbers
    CSHORT MdlFlags;
    struct _EPROCESS *Process;
    PVOID MappedSystemVa;
    PVOID StartVa;                  // the buffer's first page
    ULONG ByteCount;
    ULONG ByteOffset;               // of the buffer in its first page
} MDL, *PMDL;

#define MDL_MAPPED_TO_SYSTEM_VA 0x0001
#define MDL_PAGES_LOCKED 0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
#define MDL_ALLOCATED_FIXED_SIZE 0x0008
#define MDL_PARTIAL 0x0010
#define MDL_PARTIAL_HAS_BEEN_MAPPED 0x0020
#define MDL_IO_PAGE_READ 0x0040
#define MDL_WRITE_OPERATION 0x0080
#define MDL_PARENT_MAPPED_SYSTEM_VA 0x0100
#define MDL_IO_SPACE 0x0800
#define MDL_MAPPING_CAN_FAIL 0x2000

typedef enum _LOCK_OPERATION {
    IoReadAccess,
    IoWriteAccess,
    IoModifyAccess
} LOCK_OPERATION;

typedef enum _MM_PAGE_PRIORITY {
    LowPagePriority,
    NormalPagePriority = 16,
    HighPagePriority = 32
} MM_PAGE_PRIORITY;

#define MmGetMdlPfnArray(Mdl) ((PPFN_NUMBER)((Mdl) + 1))
#define MmGetMdlVirtualAddress(Mdl) ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))
#define MmGetMdlByteCount(Mdl) ((Mdl)->ByteCount)
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmInitializeMdl(MemoryDescriptorList, BaseVa, Length) { \
    (MemoryDescriptorList)->Next = (PMDL)NULL; \
    (MemoryDescriptorList)->Size = (CSHORT)(sizeof(MDL) + (sizeof(PFN_NUMBER) * ADDRESS_AND_SIZE_TO_SPAN_PAGES((BaseVa), (Length)))); \
    (MemoryDescriptorList)->MdlFlags = 0; \
    (MemoryDescriptorList)->StartVa = (PVOID)PAGE_ALIGN((BaseVa)); \
    (MemoryDescriptorList)->ByteOffset = BYTE_OFFSET((BaseVa)); \
    (MemoryDescriptorList)->ByteCount = (ULONG)(Length); \
    }
#define MmGetSystemAddressForMdl(Mdl) \
    (((Mdl)->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)) ? ((Mdl)->MappedSystemVa) \
        : (MmMapLockedPages((Mdl), KernelMode)))
#define MmGetSystemAddressForMdlSafe(Mdl, Priority) \
    (((Mdl)->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)) ? ((Mdl)->MappedSystemVa) \
        : (MmMapLockedPagesSpecifyCache((Mdl), KernelMode, MmCached, NULL, FALSE, (Priority))))

typedef struct _IRP *PIRP;

NTKERNELAPI PMDL NTAPI IoAllocateMdl(IN PVOID VirtualAddress, IN ULONG Length, IN BOOLEAN SecondaryBuffer,
    IN BOOLEAN ChargeQuota, IN OUT PIRP Irp OPTIONAL);
NTKERNELAPI VOID NTAPI IoFreeMdl(IN PMDL Mdl);
NTKERNELAPI SIZE_T NTAPI MmSizeOfMdl(IN PVOID Base, IN SIZE_T Length);
NTKERNELAPI VOID NTAPI MmBuildMdlForNonPagedPool(IN OUT PMDL MemoryDescriptorList);
NTKERNELAPI VOID NTAPI MmProbeAndLockPages(IN OUT PMDL MemoryDescriptorList, IN KPROCESSOR_MODE AccessMode, IN LOCK_OPERATION Operation);
NTKERNELAPI VOID NTAPI MmUnlockPages(IN OUT PMDL MemoryDescriptorList);
NTKERNELAPI PVOID NTAPI MmMapLockedPagesSpecifyCache(IN PMDL MemoryDescriptorList, IN KPROCESSOR_MODE AccessMode,
    IN MEMORY_CACHING_TYPE CacheType, IN PVOID RequestedAddress OPTIONAL, IN ULONG BugCheckOnFailure, IN ULONG Priority);
NTKERNELAPI VOID NTAPI MmUnmapLockedPages(IN PVOID BaseAddress, IN PMDL MemoryDescriptorList);
NTKERNELAPI PVOID NTAPI MmMapLockedPages(IN PMDL MemoryDescriptorList, IN KPROCESSOR_MODE AccessMode);

typedef enum _POOL_TYPE {
    NonPagedPool,
    PagedPool,
    NonPagedPoolMustSucceed,
    DontUseThisType,
    NonPagedPoolCacheAligned,
    PagedPoolCacheAligned,
    NonPagedPoolCacheAlignedMustS,
    MaxPoolType
} POOL_TYPE;

NTSYSAPI DECLSPEC_NORETURN VOID NTAPI RtlRaiseStatus(IN NTSTATUS Status);
NTKERNELAPI DECLSPEC_NORETURN VOID NTAPI ExRaiseStatus(IN NTSTATUS Status);

NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTag(IN POOL_TYPE PoolType, IN SIZE_T NumberOfBytes, IN ULONG Tag);
NTKERNELAPI PVOID NTAPI ExAllocatePool(IN POOL_TYPE PoolType, IN SIZE_T NumberOfBytes);
NTKERNELAPI VOID NTAPI ExFreePoolWithTag(IN PVOID P, IN ULONG Tag);
NTKERNELAPI VOID NTAPI ExFreePool(IN PVOID P);

//
// Lookaside lists: a cache of fixed-size nonpaged entries in front of pool (or of the caller's allocator).
//

typedef PVOID (NTAPI *PALLOCATE_FUNCTION)(IN POOL_TYPE PoolType, IN SIZE_T NumberOfBytes, IN ULONG Tag);
typedef VOID (NTAPI *PFREE_FUNCTION)(IN PVOID Buffer);

#define LOOKASIDE_MINIMUM_BLOCK_SIZE (sizeof(SINGLE_LIST_ENTRY))

typedef struct _NPAGED_LOOKASIDE_LIST {
    SINGLE_LIST_ENTRY ListHead;
    USHORT Depth;                   // how many free entries it keeps
    USHORT CurrentDepth;            // how many it holds now
    ULONG TotalAllocates;
    ULONG AllocateMisses;           // allocations the list could not serve
    ULONG TotalFrees;
    ULONG FreeMisses;               // frees that went past the list
    POOL_TYPE Type;
    ULONG Tag;
    ULONG Size;
    PALLOCATE_FUNCTION Allocate;
    PFREE_FUNCTION Free;
    KSPIN_LOCK Lock;
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;

NTKERNELAPI VOID NTAPI ExInitializeNPagedLookasideList(OUT PNPAGED_LOOKASIDE_LIST Lookaside, IN PALLOCATE_FUNCTION Allocate OPTIONAL,
    IN PFREE_FUNCTION Free OPTIONAL, IN ULONG Flags, IN SIZE_T Size, IN ULONG Tag, IN USHORT Depth);
NTKERNELAPI VOID NTAPI ExDeleteNPagedLookasideList(IN PNPAGED_LOOKASIDE_LIST Lookaside);
NTKERNELAPI PVOID NTAPI ExAllocateFromNPagedLookasideList(IN PNPAGED_LOOKASIDE_LIST Lookaside);
NTKERNELAPI VOID NTAPI ExFreeToNPagedLookasideList(IN PNPAGED_LOOKASIDE_LIST Lookaside, IN PVOID Entry);

//
// The HAL's interrupt routing: the vector and IRQL of a bus interrupt (ISA: the IRQ line).
//

typedef enum _INTERFACE_TYPE {
    Internal,
    Isa,
    Eisa,
    MicroChannel,
    TurboChannel,
    PCIBus,
    MaximumInterfaceType
} INTERFACE_TYPE;

typedef ULONG KAFFINITY, *PKAFFINITY;

//
// Bus configuration data (the HAL's): PCI configuration space by bus, device and function.
//

typedef enum _BUS_DATA_TYPE {
    ConfigurationSpaceUndefined = -1,
    Cmos,
    EisaConfiguration,
    Pos,
    CbusConfiguration,
    PCIConfiguration,
    VMEConfiguration,
    NuBusConfiguration,
    PCMCIAConfiguration,
    MPIConfiguration,
    MPSAConfiguration,
    PNPISAConfiguration,
    SgiInternalConfiguration,
    MaximumBusDataType
} BUS_DATA_TYPE, *PBUS_DATA_TYPE;

typedef struct _PCI_SLOT_NUMBER {
    union {
        struct {
            ULONG DeviceNumber : 5;
            ULONG FunctionNumber : 3;
            ULONG Reserved : 24;
        } bits;
        ULONG AsULONG;
    } u;
} PCI_SLOT_NUMBER, *PPCI_SLOT_NUMBER;

#define PCI_TYPE0_ADDRESSES 6
#define PCI_INVALID_VENDORID 0xFFFF
#define PCI_COMMON_HDR_LENGTH 0x40

typedef struct _PCI_COMMON_CONFIG {
    USHORT VendorID;
    USHORT DeviceID;
    USHORT Command;
    USHORT Status;
    UCHAR RevisionID;
    UCHAR ProgIf;
    UCHAR SubClass;
    UCHAR BaseClass;
    UCHAR CacheLineSize;
    UCHAR LatencyTimer;
    UCHAR HeaderType;
    UCHAR BIST;
    union {
        struct _PCI_HEADER_TYPE_0 {
            ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
            ULONG CIS;
            USHORT SubVendorID;
            USHORT SubSystemID;
            ULONG ROMBaseAddress;
            UCHAR CapabilitiesPtr;
            UCHAR Reserved1[3];
            ULONG Reserved2;
            UCHAR InterruptLine;
            UCHAR InterruptPin;
            UCHAR MinimumGrant;
            UCHAR MaximumLatency;
        } type0;
    } u;
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

NTHALAPI ULONG NTAPI HalGetBusData(IN BUS_DATA_TYPE BusDataType, IN ULONG BusNumber, IN ULONG SlotNumber, OUT PVOID Buffer,
    IN ULONG Length);
NTHALAPI ULONG NTAPI HalGetBusDataByOffset(IN BUS_DATA_TYPE BusDataType, IN ULONG BusNumber, IN ULONG SlotNumber,
    OUT PVOID Buffer, IN ULONG Offset, IN ULONG Length);
NTHALAPI ULONG NTAPI HalSetBusData(IN BUS_DATA_TYPE BusDataType, IN ULONG BusNumber, IN ULONG SlotNumber, IN PVOID Buffer,
    IN ULONG Length);
NTHALAPI ULONG NTAPI HalSetBusDataByOffset(IN BUS_DATA_TYPE BusDataType, IN ULONG BusNumber, IN ULONG SlotNumber,
    IN PVOID Buffer, IN ULONG Offset, IN ULONG Length);

NTHALAPI ULONG NTAPI HalGetInterruptVector(IN INTERFACE_TYPE InterfaceType, IN ULONG BusNumber, IN ULONG BusInterruptLevel,
    IN ULONG BusInterruptVector, OUT PKIRQL Irql, OUT PKAFFINITY Affinity);

//
// Interlocked operations (the compiler's intrinsics).
//

long _InterlockedIncrement(long volatile *Addend);
long _InterlockedDecrement(long volatile *Addend);
long _InterlockedExchange(long volatile *Target, long Value);
long _InterlockedCompareExchange(long volatile *Destination, long Exchange, long Comparand);
long _InterlockedExchangeAdd(long volatile *Addend, long Value);

#define InterlockedIncrement _InterlockedIncrement
#define InterlockedDecrement _InterlockedDecrement
#define InterlockedExchange _InterlockedExchange
#define InterlockedCompareExchange _InterlockedCompareExchange
#define InterlockedExchangeAdd _InterlockedExchangeAdd

//
// Access masks: the standard rights, the generic rights and their mapping to an object type's specific rights.
//

#define DELETE                           0x00010000L
#define READ_CONTROL                     0x00020000L
#define WRITE_DAC                        0x00040000L
#define WRITE_OWNER                      0x00080000L
#define SYNCHRONIZE                      0x00100000L
#define STANDARD_RIGHTS_REQUIRED         0x000F0000L
#define STANDARD_RIGHTS_READ             READ_CONTROL
#define STANDARD_RIGHTS_WRITE            READ_CONTROL
#define STANDARD_RIGHTS_EXECUTE          READ_CONTROL
#define STANDARD_RIGHTS_ALL              0x001F0000L
#define SPECIFIC_RIGHTS_ALL              0x0000FFFFL
#define ACCESS_SYSTEM_SECURITY           0x01000000L
#define MAXIMUM_ALLOWED                  0x02000000L
#define GENERIC_READ                     0x80000000L
#define GENERIC_WRITE                    0x40000000L
#define GENERIC_EXECUTE                  0x20000000L
#define GENERIC_ALL                      0x10000000L

typedef struct _GENERIC_MAPPING {
    ACCESS_MASK GenericRead;
    ACCESS_MASK GenericWrite;
    ACCESS_MASK GenericExecute;
    ACCESS_MASK GenericAll;
} GENERIC_MAPPING, *PGENERIC_MAPPING;

//
// Object attributes: what the routines that create or open objects are told about the name and the handle.
//

#define OBJ_INHERIT                      0x00000002L
#define OBJ_PERMANENT                    0x00000010L
#define OBJ_EXCLUSIVE                    0x00000020L
#define OBJ_CASE_INSENSITIVE             0x00000040L
#define OBJ_OPENIF                       0x00000080L
#define OBJ_OPENLINK                     0x00000100L
#define OBJ_KERNEL_HANDLE                0x00000200L
#define OBJ_FORCE_ACCESS_CHECK           0x00000400L
#define OBJ_VALID_ATTRIBUTES             0x000007F2L

typedef PVOID PSECURITY_DESCRIPTOR;

typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;

typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define InitializeObjectAttributes(p, n, a, r, s) { \
    (p)->Length = sizeof(OBJECT_ATTRIBUTES);        \
    (p)->RootDirectory = (r);                       \
    (p)->Attributes = (a);                          \
    (p)->ObjectName = (n);                          \
    (p)->SecurityDescriptor = (s);                  \
    (p)->SecurityQualityOfService = NULL;           \
    }

//
// Objects: their types are opaque; a reference keeps an object's body, a handle names it in a handle table.
//

typedef struct _OBJECT_TYPE *POBJECT_TYPE;
typedef struct _ACCESS_STATE *PACCESS_STATE;

typedef struct _OBJECT_HANDLE_INFORMATION {
    ULONG HandleAttributes;
    ACCESS_MASK GrantedAccess;
} OBJECT_HANDLE_INFORMATION, *POBJECT_HANDLE_INFORMATION;

extern POBJECT_TYPE *ExEventObjectType;
extern POBJECT_TYPE *PsProcessType;
extern POBJECT_TYPE *PsThreadType;

NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByHandle(IN HANDLE Handle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_TYPE ObjectType OPTIONAL, IN KPROCESSOR_MODE AccessMode, OUT PVOID *Object,
    OUT POBJECT_HANDLE_INFORMATION HandleInformation OPTIONAL);
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByPointer(IN PVOID Object, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_TYPE ObjectType OPTIONAL, IN KPROCESSOR_MODE AccessMode);
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByName(IN PUNICODE_STRING ObjectName, IN ULONG Attributes,
    IN PACCESS_STATE AccessState OPTIONAL, IN ACCESS_MASK DesiredAccess OPTIONAL, IN POBJECT_TYPE ObjectType,
    IN KPROCESSOR_MODE AccessMode, IN OUT PVOID ParseContext OPTIONAL, OUT PVOID *Object);
NTKERNELAPI LONG_PTR FASTCALL ObfReferenceObject(IN PVOID Object);
NTKERNELAPI LONG_PTR FASTCALL ObfDereferenceObject(IN PVOID Object);
NTKERNELAPI VOID NTAPI ObMakeTemporaryObject(IN PVOID Object);

#define ObReferenceObject(Object) ObfReferenceObject(Object)
#define ObDereferenceObject(Object) ObfDereferenceObject(Object)

//
// Processes and system threads. PEPROCESS and PETHREAD are opaque; a thread object is a dispatcher object
// (signalled when the thread ends), as is a process object.
//

typedef struct _EPROCESS *PEPROCESS;
typedef struct _ETHREAD *PETHREAD;

extern PEPROCESS PsInitialSystemProcess;

typedef struct _CLIENT_ID {
    HANDLE UniqueProcess;
    HANDLE UniqueThread;
} CLIENT_ID, *PCLIENT_ID;

//
// The pseudo handles of the current process and thread.
//

#define NtCurrentProcess() ((HANDLE)(LONG_PTR)-1)
#define NtCurrentThread() ((HANDLE)(LONG_PTR)-2)
#define ZwCurrentProcess() NtCurrentProcess()
#define ZwCurrentThread() NtCurrentThread()

#define PROCESS_TERMINATE                0x0001
#define PROCESS_CREATE_THREAD            0x0002
#define PROCESS_DUP_HANDLE               0x0040
#define PROCESS_QUERY_INFORMATION        0x0400
#define PROCESS_ALL_ACCESS               (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFF)

#define THREAD_TERMINATE                 0x0001
#define THREAD_QUERY_INFORMATION         0x0040
#define THREAD_SET_INFORMATION           0x0020
#define THREAD_ALL_ACCESS                (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3FF)

typedef VOID (NTAPI *PKSTART_ROUTINE)(IN PVOID StartContext);

NTKERNELAPI NTSTATUS NTAPI PsCreateSystemThread(OUT PHANDLE ThreadHandle, IN ULONG DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes OPTIONAL, IN HANDLE ProcessHandle OPTIONAL, OUT PCLIENT_ID ClientId OPTIONAL,
    IN PKSTART_ROUTINE StartRoutine, IN PVOID StartContext OPTIONAL);
NTKERNELAPI NTSTATUS NTAPI PsTerminateSystemThread(IN NTSTATUS ExitStatus);
NTKERNELAPI PETHREAD NTAPI PsGetCurrentThread(VOID);
NTKERNELAPI PEPROCESS NTAPI PsGetCurrentProcess(VOID);
NTKERNELAPI HANDLE NTAPI PsGetCurrentThreadId(VOID);
NTKERNELAPI HANDLE NTAPI PsGetCurrentProcessId(VOID);
NTKERNELAPI BOOLEAN NTAPI PsIsSystemThread(IN PETHREAD Thread);

#define IoGetCurrentProcess PsGetCurrentProcess

//
// The I/O manager: driver objects, device objects and their stacks, file objects, I/O request packets (IRPs)
// with one stack location per driver of the stack, and their completion.
//

#define IO_TYPE_ADAPTER                  0x00000001
#define IO_TYPE_CONTROLLER               0x00000002
#define IO_TYPE_DEVICE                   0x00000003
#define IO_TYPE_DRIVER                   0x00000004
#define IO_TYPE_FILE                     0x00000005
#define IO_TYPE_IRP                      0x00000006
#define IO_TYPE_MASTER_ADAPTER           0x00000007
#define IO_TYPE_OPEN_PACKET              0x00000008
#define IO_TYPE_TIMER                    0x00000009
#define IO_TYPE_VPB                      0x0000000a
#define IO_TYPE_ERROR_LOG                0x0000000b
#define IO_TYPE_ERROR_MESSAGE            0x0000000c
#define IO_TYPE_DEVICE_OBJECT_EXTENSION  0x0000000d

#define IRP_MJ_CREATE                    0x00
#define IRP_MJ_CREATE_NAMED_PIPE         0x01
#define IRP_MJ_CLOSE                     0x02
#define IRP_MJ_READ                      0x03
#define IRP_MJ_WRITE                     0x04
#define IRP_MJ_QUERY_INFORMATION         0x05
#define IRP_MJ_SET_INFORMATION           0x06
#define IRP_MJ_QUERY_EA                  0x07
#define IRP_MJ_SET_EA                    0x08
#define IRP_MJ_FLUSH_BUFFERS             0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION  0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION    0x0b
#define IRP_MJ_DIRECTORY_CONTROL         0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL       0x0d
#define IRP_MJ_DEVICE_CONTROL            0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL   0x0f
#define IRP_MJ_SHUTDOWN                  0x10
#define IRP_MJ_LOCK_CONTROL              0x11
#define IRP_MJ_CLEANUP                   0x12
#define IRP_MJ_CREATE_MAILSLOT           0x13
#define IRP_MJ_QUERY_SECURITY            0x14
#define IRP_MJ_SET_SECURITY              0x15
#define IRP_MJ_POWER                     0x16
#define IRP_MJ_SYSTEM_CONTROL            0x17
#define IRP_MJ_DEVICE_CHANGE             0x18
#define IRP_MJ_QUERY_QUOTA               0x19
#define IRP_MJ_SET_QUOTA                 0x1a
#define IRP_MJ_PNP                       0x1b
#define IRP_MJ_MAXIMUM_FUNCTION          0x1b

#define IRP_MN_QUERY_DIRECTORY           0x01
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY   0x02
#define IRP_MN_USER_FS_REQUEST           0x00
#define IRP_MN_MOUNT_VOLUME              0x01
#define IRP_MN_VERIFY_VOLUME             0x02
#define IRP_MN_LOAD_FILE_SYSTEM          0x03

#define IRP_MN_QUERY_DIRECTORY           0x01
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY   0x02
#define IRP_MN_USER_FS_REQUEST           0x00
#define IRP_MN_MOUNT_VOLUME              0x01
#define IRP_MN_VERIFY_VOLUME             0x02
#define IRP_MN_LOAD_FILE_SYSTEM          0x03

//
// Device types (the high 16 bits of an I/O control code) and characteristics.
//

typedef ULONG DEVICE_TYPE;

#define FILE_DEVICE_BEEP                 0x00000001
#define FILE_DEVICE_CD_ROM               0x00000002
#define FILE_DEVICE_CD_ROM_FILE_SYSTEM   0x00000003
#define FILE_DEVICE_CONTROLLER           0x00000004
#define FILE_DEVICE_DATALINK             0x00000005
#define FILE_DEVICE_DFS                  0x00000006
#define FILE_DEVICE_DISK                 0x00000007
#define FILE_DEVICE_DISK_FILE_SYSTEM     0x00000008
#define FILE_DEVICE_FILE_SYSTEM          0x00000009
#define FILE_DEVICE_INPORT_PORT          0x0000000a
#define FILE_DEVICE_KEYBOARD             0x0000000b
#define FILE_DEVICE_MAILSLOT             0x0000000c
#define FILE_DEVICE_MIDI_IN              0x0000000d
#define FILE_DEVICE_MIDI_OUT             0x0000000e
#define FILE_DEVICE_MOUSE                0x0000000f
#define FILE_DEVICE_MULTI_UNC_PROVIDER   0x00000010
#define FILE_DEVICE_NAMED_PIPE           0x00000011
#define FILE_DEVICE_NETWORK              0x00000012
#define FILE_DEVICE_NETWORK_BROWSER      0x00000013
#define FILE_DEVICE_NETWORK_FILE_SYSTEM  0x00000014
#define FILE_DEVICE_NULL                 0x00000015
#define FILE_DEVICE_PARALLEL_PORT        0x00000016
#define FILE_DEVICE_PHYSICAL_NETCARD     0x00000017
#define FILE_DEVICE_PRINTER              0x00000018
#define FILE_DEVICE_SCANNER              0x00000019
#define FILE_DEVICE_SERIAL_MOUSE_PORT    0x0000001a
#define FILE_DEVICE_SERIAL_PORT          0x0000001b
#define FILE_DEVICE_SCREEN               0x0000001c
#define FILE_DEVICE_SOUND                0x0000001d
#define FILE_DEVICE_STREAMS              0x0000001e
#define FILE_DEVICE_TAPE                 0x0000001f
#define FILE_DEVICE_TAPE_FILE_SYSTEM     0x00000020
#define FILE_DEVICE_TRANSPORT            0x00000021
#define FILE_DEVICE_UNKNOWN              0x00000022
#define FILE_DEVICE_VIDEO                0x00000023
#define FILE_DEVICE_VIRTUAL_DISK         0x00000024
#define FILE_DEVICE_WAVE_IN              0x00000025
#define FILE_DEVICE_WAVE_OUT             0x00000026
#define FILE_DEVICE_8042_PORT            0x00000027
#define FILE_DEVICE_NETWORK_REDIRECTOR   0x00000028
#define FILE_DEVICE_BATTERY              0x00000029
#define FILE_DEVICE_BUS_EXTENDER         0x0000002a
#define FILE_DEVICE_MODEM                0x0000002b
#define FILE_DEVICE_VDM                  0x0000002c
#define FILE_DEVICE_MASS_STORAGE         0x0000002d

#define FILE_REMOVABLE_MEDIA             0x00000001
#define FILE_READ_ONLY_DEVICE            0x00000002
#define FILE_FLOPPY_DISKETTE             0x00000004
#define FILE_WRITE_ONCE_MEDIA            0x00000008
#define FILE_REMOTE_DEVICE               0x00000010
#define FILE_DEVICE_IS_MOUNTED           0x00000020
#define FILE_VIRTUAL_VOLUME              0x00000040
#define FILE_DEVICE_SECURE_OPEN          0x00000100

//
// I/O control codes: CTL_CODE(DeviceType, Function, Method, Access); the method says how the I/O manager
// passes the buffers.
//

#define CTL_CODE(DeviceType, Function, Method, Access) \
    (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
#define DEVICE_TYPE_FROM_CTL_CODE(ControlCode) (((ULONG)((ControlCode) & 0xffff0000)) >> 16)
#define METHOD_FROM_CTL_CODE(ControlCode) ((ULONG)((ControlCode) & 3))

#define METHOD_BUFFERED                  0
#define METHOD_IN_DIRECT                 1
#define METHOD_OUT_DIRECT                2
#define METHOD_NEITHER                   3

#define FILE_ANY_ACCESS                  0
#define FILE_SPECIAL_ACCESS              (FILE_ANY_ACCESS)
#define FILE_READ_ACCESS                 0x0001
#define FILE_WRITE_ACCESS                0x0002

//
// File access rights, share access and the create dispositions and options of IRP_MJ_CREATE.
//

#define FILE_READ_DATA                   0x0001
#define FILE_LIST_DIRECTORY              0x0001
#define FILE_WRITE_DATA                  0x0002
#define FILE_ADD_FILE                    0x0002
#define FILE_APPEND_DATA                 0x0004
#define FILE_READ_EA                     0x0008
#define FILE_WRITE_EA                    0x0010
#define FILE_EXECUTE                     0x0020
#define FILE_TRAVERSE                    0x0020
#define FILE_READ_ATTRIBUTES             0x0080
#define FILE_WRITE_ATTRIBUTES            0x0100
#define FILE_ALL_ACCESS                  (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF)
#define FILE_GENERIC_READ                (STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES | FILE_READ_EA | SYNCHRONIZE)
#define FILE_GENERIC_WRITE               (STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES | FILE_WRITE_EA | \
                                          FILE_APPEND_DATA | SYNCHRONIZE)
#define FILE_GENERIC_EXECUTE             (STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE)

#define FILE_SHARE_READ                  0x00000001
#define FILE_SHARE_WRITE                 0x00000002
#define FILE_SHARE_DELETE                0x00000004

#define FILE_SUPERSEDE                   0x00000000
#define FILE_OPEN                        0x00000001
#define FILE_CREATE                      0x00000002
#define FILE_OPEN_IF                     0x00000003
#define FILE_OVERWRITE                   0x00000004
#define FILE_OVERWRITE_IF                0x00000005

#define FILE_DIRECTORY_FILE              0x00000001
#define FILE_WRITE_THROUGH               0x00000002
#define FILE_SEQUENTIAL_ONLY             0x00000004
#define FILE_SYNCHRONOUS_IO_ALERT        0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT     0x00000020
#define FILE_NON_DIRECTORY_FILE          0x00000040
#define FILE_CREATE_TREE_CONNECTION      0x00000080
#define FILE_COMPLETE_IF_OPLOCKED        0x00000100
#define FILE_NO_EA_KNOWLEDGE             0x00000200
#define FILE_RANDOM_ACCESS               0x00000800
#define FILE_DELETE_ON_CLOSE             0x00001000
#define FILE_OPEN_BY_FILE_ID             0x00002000
#define FILE_OPEN_FOR_BACKUP_INTENT      0x00004000
#define FILE_NO_COMPRESSION              0x00008000
#define FILE_NO_INTERMEDIATE_BUFFERING   0x00000008
#define FILE_VALID_OPTION_FLAGS          0x00ffffff
#define FILE_MAXIMUM_DISPOSITION         0x00000005

//
// What a create did (IoStatus.Information), and the file attributes.
//

#define FILE_SUPERSEDED                  0x00000000
#define FILE_OPENED                      0x00000001
#define FILE_CREATED                     0x00000002
#define FILE_OVERWRITTEN                 0x00000003
#define FILE_EXISTS                      0x00000004
#define FILE_DOES_NOT_EXIST              0x00000005

#define FILE_ATTRIBUTE_READONLY          0x00000001
#define FILE_ATTRIBUTE_HIDDEN            0x00000002
#define FILE_ATTRIBUTE_SYSTEM            0x00000004
#define FILE_ATTRIBUTE_DIRECTORY         0x00000010
#define FILE_ATTRIBUTE_ARCHIVE           0x00000020
#define FILE_ATTRIBUTE_NORMAL            0x00000080
#define FILE_ATTRIBUTE_TEMPORARY         0x00000100
#define FILE_ATTRIBUTE_VALID_FLAGS       0x00007fb7
#define FILE_ATTRIBUTE_VALID_SET_FLAGS   0x000031a7

//
// A read or write's ByteOffset may say: at the file's current position (a synchronous file), or at its end.
//

#define FILE_USE_FILE_POINTER_POSITION   0xfffffffe
#define FILE_WRITE_TO_END_OF_FILE        0xffffffff

#define FILE_BYTE_ALIGNMENT              0x00000000
#define FILE_WORD_ALIGNMENT              0x00000001
#define FILE_LONG_ALIGNMENT              0x00000003
#define FILE_QUAD_ALIGNMENT              0x00000007

//
// The status of an I/O request, and the routine a caller's APC runs when it completes.
//

typedef struct _IO_STATUS_BLOCK {
    union {
        NTSTATUS Status;
        PVOID Pointer;
    };
    ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef VOID (NTAPI *PIO_APC_ROUTINE)(IN PVOID ApcContext, IN PIO_STATUS_BLOCK IoStatusBlock, IN ULONG Reserved);

typedef enum _FILE_INFORMATION_CLASS {
    FileDirectoryInformation = 1,
    FileFullDirectoryInformation,
    FileBothDirectoryInformation,
    FileBasicInformation,
    FileStandardInformation,
    FileInternalInformation,
    FileEaInformation,
    FileAccessInformation,
    FileNameInformation,
    FileRenameInformation,
    FileLinkInformation,
    FileNamesInformation,
    FileDispositionInformation,
    FilePositionInformation,
    FileFullEaInformation,
    FileModeInformation,
    FileAlignmentInformation,
    FileAllInformation,
    FileAllocationInformation,
    FileEndOfFileInformation,
    FileAlternateNameInformation,
    FileStreamInformation,
    FilePipeInformation,
    FilePipeLocalInformation,
    FilePipeRemoteInformation,
    FileMailslotQueryInformation,
    FileMailslotSetInformation,
    FileCompressionInformation,
    FileCopyOnWriteInformation,
    FileCompletionInformation,
    FileMoveClusterInformation,
    FileOleClassIdInformation,
    FileOleStateBitsInformation,
    FileNetworkOpenInformation,
    FileObjectIdInformation,
    FileOleAllInformation,
    FileOleDirectoryInformation,
    FileContentIndexInformation,
    FileInheritContentIndexInformation,
    FileOleInformation,
    FileMaximumInformation
} FILE_INFORMATION_CLASS, *PFILE_INFORMATION_CLASS;

typedef enum _FSINFOCLASS {
    FileFsVolumeInformation = 1,
    FileFsLabelInformation,
    FileFsSizeInformation,
    FileFsDeviceInformation,
    FileFsAttributeInformation,
    FileFsControlInformation,
    FileFsFullSizeInformation,
    FileFsObjectIdInformation,
    FileFsMaximumInformation
} FS_INFORMATION_CLASS, *PFS_INFORMATION_CLASS;

//
// The file information classes a kernel caller queries and sets (ZwQueryInformationFile,
// ZwSetInformationFile), and the volume's (ZwQueryVolumeInformationFile).
//

typedef struct _FILE_BASIC_INFORMATION {
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    ULONG FileAttributes;
} FILE_BASIC_INFORMATION, *PFILE_BASIC_INFORMATION;

typedef struct _FILE_STANDARD_INFORMATION {
    LARGE_INTEGER AllocationSize;
    LARGE_INTEGER EndOfFile;
    ULONG NumberOfLinks;
    BOOLEAN DeletePending;
    BOOLEAN Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;

typedef struct _FILE_POSITION_INFORMATION {
    LARGE_INTEGER CurrentByteOffset;
} FILE_POSITION_INFORMATION, *PFILE_POSITION_INFORMATION;

typedef struct _FILE_END_OF_FILE_INFORMATION {
    LARGE_INTEGER EndOfFile;
} FILE_END_OF_FILE_INFORMATION, *PFILE_END_OF_FILE_INFORMATION;

typedef struct _FILE_ALLOCATION_INFORMATION {
    LARGE_INTEGER AllocationSize;
} FILE_ALLOCATION_INFORMATION, *PFILE_ALLOCATION_INFORMATION;

typedef struct _FILE_DISPOSITION_INFORMATION {
    BOOLEAN DeleteFile;
} FILE_DISPOSITION_INFORMATION, *PFILE_DISPOSITION_INFORMATION;

typedef struct _FILE_NAME_INFORMATION {
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_NAME_INFORMATION, *PFILE_NAME_INFORMATION;

typedef struct _FILE_ALIGNMENT_INFORMATION {
    ULONG AlignmentRequirement;
} FILE_ALIGNMENT_INFORMATION, *PFILE_ALIGNMENT_INFORMATION;

typedef struct _FILE_FS_DEVICE_INFORMATION {
    DEVICE_TYPE DeviceType;
    ULONG Characteristics;
} FILE_FS_DEVICE_INFORMATION, *PFILE_FS_DEVICE_INFORMATION;

typedef struct _FILE_FS_VOLUME_INFORMATION {
    LARGE_INTEGER VolumeCreationTime;
    ULONG VolumeSerialNumber;
    ULONG VolumeLabelLength;
    BOOLEAN SupportsObjects;
    WCHAR VolumeLabel[1];
} FILE_FS_VOLUME_INFORMATION, *PFILE_FS_VOLUME_INFORMATION;

typedef struct _FILE_FS_SIZE_INFORMATION {
    LARGE_INTEGER TotalAllocationUnits;
    LARGE_INTEGER AvailableAllocationUnits;
    ULONG SectorsPerAllocationUnit;
    ULONG BytesPerSector;
} FILE_FS_SIZE_INFORMATION, *PFILE_FS_SIZE_INFORMATION;

//
// Device queues: the entries a driver queues IRPs with (Tail.Overlay.DeviceQueueEntry).
//

typedef struct _KDEVICE_QUEUE_ENTRY {
    LIST_ENTRY DeviceListEntry;
    ULONG SortKey;
    BOOLEAN Inserted;
} KDEVICE_QUEUE_ENTRY, *PKDEVICE_QUEUE_ENTRY;

typedef struct _KDEVICE_QUEUE {
    CSHORT Type;
    CSHORT Size;
    LIST_ENTRY DeviceListHead;
    KSPIN_LOCK Lock;
    BOOLEAN Busy;
} KDEVICE_QUEUE, *PKDEVICE_QUEUE;

NTKERNELAPI VOID NTAPI KeInitializeDeviceQueue(OUT PKDEVICE_QUEUE DeviceQueue);
NTKERNELAPI BOOLEAN NTAPI KeInsertDeviceQueue(IN PKDEVICE_QUEUE DeviceQueue, IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry);
NTKERNELAPI BOOLEAN NTAPI KeInsertByKeyDeviceQueue(IN PKDEVICE_QUEUE DeviceQueue, IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry,
    IN ULONG SortKey);
NTKERNELAPI PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveDeviceQueue(IN PKDEVICE_QUEUE DeviceQueue);
NTKERNELAPI PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveByKeyDeviceQueue(IN PKDEVICE_QUEUE DeviceQueue, IN ULONG SortKey);
NTKERNELAPI BOOLEAN NTAPI KeRemoveEntryDeviceQueue(IN PKDEVICE_QUEUE DeviceQueue, IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry);

struct _DEVICE_OBJECT;
struct _DRIVER_OBJECT;
struct _FILE_OBJECT;
struct _IRP;
struct _IO_TIMER;

typedef struct _VPB *PVPB;

//
// A volume parameter block: a disk-type device's link to the file system volume mounted on it
// (DeviceObject, the file system's volume device, once VPB_MOUNTED).
//

#define MAXIMUM_VOLUME_LABEL_LENGTH      (32 * sizeof(WCHAR))

#define VPB_MOUNTED                      0x00000001
#define VPB_LOCKED                       0x00000002
#define VPB_PERSISTENT                   0x00000004
#define VPB_REMOVE_PENDING               0x00000008

typedef struct _VPB {
    CSHORT Type;
    CSHORT Size;
    USHORT Flags;
    USHORT VolumeLabelLength;           // in bytes
    struct _DEVICE_OBJECT *DeviceObject;
    struct _DEVICE_OBJECT *RealDevice;
    ULONG SerialNumber;
    ULONG ReferenceCount;               // the file objects open on the volume
    WCHAR VolumeLabel[MAXIMUM_VOLUME_LABEL_LENGTH / sizeof(WCHAR)];
} VPB;

//
// How a file is shared by its opens: kept by the file system per file, checked and updated with
// IoCheckShareAccess and its companions.
//

typedef struct _SHARE_ACCESS {
    ULONG OpenCount;
    ULONG Readers;
    ULONG Writers;
    ULONG Deleters;
    ULONG SharedRead;
    ULONG SharedWrite;
    ULONG SharedDelete;
} SHARE_ACCESS, *PSHARE_ACCESS;

//
// Device objects. Flags: DO_BUFFERED_IO or DO_DIRECT_IO say how read and write buffers reach the driver;
// DO_DEVICE_INITIALIZING is set by IoCreateDevice and cleared by the driver when the device may be opened.
//

#define DO_VERIFY_VOLUME                 0x00000002
#define DO_BUFFERED_IO                   0x00000004
#define DO_EXCLUSIVE                     0x00000008
#define DO_DIRECT_IO                     0x00000010
#define DO_MAP_IO_BUFFER                 0x00000020
#define DO_DEVICE_HAS_NAME               0x00000040
#define DO_DEVICE_INITIALIZING           0x00000080
#define DO_SHUTDOWN_REGISTERED           0x00000800

typedef struct _DEVOBJ_EXTENSION {
    CSHORT Type;
    USHORT Size;
    struct _DEVICE_OBJECT *DeviceObject;
    ULONG ExtensionFlags;               // DOE_*
    struct _DEVICE_OBJECT *AttachedTo;  // the device below this one in its stack
} DEVOBJ_EXTENSION, *PDEVOBJ_EXTENSION;

#define DOE_UNLOAD_PENDING               0x00000001
#define DOE_DELETE_PENDING               0x00000002

typedef struct _DEVICE_OBJECT {
    CSHORT Type;
    USHORT Size;
    LONG ReferenceCount;                // the file objects open on it
    struct _DRIVER_OBJECT *DriverObject;
    struct _DEVICE_OBJECT *NextDevice;  // the driver's next device
    struct _DEVICE_OBJECT *AttachedDevice;  // the device attached on top of this one
    struct _IRP *CurrentIrp;
    struct _IO_TIMER *Timer;
    ULONG Flags;
    ULONG Characteristics;
    PVPB Vpb;
    PVOID DeviceExtension;
    DEVICE_TYPE DeviceType;
    CCHAR StackSize;                    // the stack locations an IRP sent to it needs
    KDEVICE_QUEUE DeviceQueue;
    ULONG AlignmentRequirement;
    KDPC Dpc;
    ULONG ActiveThreadCount;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
    KEVENT DeviceLock;
    USHORT SectorSize;
    USHORT Spare1;
    PDEVOBJ_EXTENSION DeviceObjectExtension;
    PVOID Reserved;
} DEVICE_OBJECT, *PDEVICE_OBJECT;

//
// Driver objects: the driver's entry points, called by the I/O manager.
//

typedef NTSTATUS NTAPI DRIVER_INITIALIZE(IN struct _DRIVER_OBJECT *DriverObject, IN PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;
typedef NTSTATUS (NTAPI *PDRIVER_ADD_DEVICE)(IN struct _DRIVER_OBJECT *DriverObject, IN struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef VOID (NTAPI *PDRIVER_STARTIO)(IN struct _DEVICE_OBJECT *DeviceObject, IN struct _IRP *Irp);
typedef VOID NTAPI DRIVER_UNLOAD(IN struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS NTAPI DRIVER_DISPATCH(IN struct _DEVICE_OBJECT *DeviceObject, IN struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef VOID (NTAPI *PDRIVER_CANCEL)(IN struct _DEVICE_OBJECT *DeviceObject, IN struct _IRP *Irp);
typedef NTSTATUS (NTAPI *PIO_COMPLETION_ROUTINE)(IN struct _DEVICE_OBJECT *DeviceObject, IN struct _IRP *Irp, IN PVOID Context);
typedef VOID (NTAPI *PIO_TIMER_ROUTINE)(IN struct _DEVICE_OBJECT *DeviceObject, IN PVOID Context);

typedef struct _DRIVER_EXTENSION {
    struct _DRIVER_OBJECT *DriverObject;
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;                        // times DriverEntry was called
    UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

#define DRVO_UNLOAD_INVOKED              0x00000001
#define DRVO_LEGACY_DRIVER               0x00000002
#define DRVO_BUILTIN_DRIVER              0x00000004

typedef struct _DRIVER_OBJECT {
    CSHORT Type;
    CSHORT Size;
    PDEVICE_OBJECT DeviceObject;        // the driver's devices, through NextDevice
    ULONG Flags;
    PVOID DriverStart;
    ULONG DriverSize;
    PVOID DriverSection;
    PDRIVER_EXTENSION DriverExtension;
    UNICODE_STRING DriverName;
    PUNICODE_STRING HardwareDatabase;
    PVOID FastIoDispatch;
    PDRIVER_INITIALIZE DriverInit;
    PDRIVER_STARTIO DriverStartIo;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT, *PDRIVER_OBJECT;

//
// File objects: an open instance of a device (or of a file on a file system's volume).
//

#define FO_FILE_OPEN                     0x00000001
#define FO_SYNCHRONOUS_IO                0x00000002
#define FO_ALERTABLE_IO                  0x00000004
#define FO_NO_INTERMEDIATE_BUFFERING     0x00000008
#define FO_WRITE_THROUGH                 0x00000010
#define FO_SEQUENTIAL_ONLY               0x00000020
#define FO_CACHE_SUPPORTED               0x00000040
#define FO_NAMED_PIPE                    0x00000080
#define FO_STREAM_FILE                   0x00000100
#define FO_MAILSLOT                      0x00000200
#define FO_DIRECT_DEVICE_OPEN            0x00000800
#define FO_CLEANUP_COMPLETE              0x00004000
#define FO_HANDLE_CREATED                0x00040000

typedef struct _SECTION_OBJECT_POINTERS *PSECTION_OBJECT_POINTERS;

typedef struct _FILE_OBJECT {
    CSHORT Type;
    CSHORT Size;
    PDEVICE_OBJECT DeviceObject;        // the device opened (the bottom of the stack the IRPs go to)
    PVPB Vpb;
    PVOID FsContext;
    PVOID FsContext2;
    PSECTION_OBJECT_POINTERS SectionObjectPointer;
    PVOID PrivateCacheMap;
    NTSTATUS FinalStatus;
    struct _FILE_OBJECT *RelatedFileObject;
    BOOLEAN LockOperation;
    BOOLEAN DeletePending;
    BOOLEAN ReadAccess;
    BOOLEAN WriteAccess;
    BOOLEAN DeleteAccess;
    BOOLEAN SharedRead;
    BOOLEAN SharedWrite;
    BOOLEAN SharedDelete;
    ULONG Flags;
    UNICODE_STRING FileName;
    LARGE_INTEGER CurrentByteOffset;
    ULONG Waiter;
    ULONG Busy;
    PVOID LastLock;
    KEVENT Lock;
    KEVENT Event;
    PVOID CompletionContext;
} FILE_OBJECT, *PFILE_OBJECT;

//
// I/O request packets. The stack locations follow the IRP; CurrentLocation counts from StackCount + 1 (no
// driver yet) down to 1 (the lowest driver), and Tail.Overlay.CurrentStackLocation points at the current one.
//

#define IRP_NOCACHE                      0x00000001
#define IRP_PAGING_IO                    0x00000002
#define IRP_MOUNT_COMPLETION             0x00000002
#define IRP_SYNCHRONOUS_API              0x00000004
#define IRP_ASSOCIATED_IRP               0x00000008
#define IRP_BUFFERED_IO                  0x00000010
#define IRP_DEALLOCATE_BUFFER            0x00000020
#define IRP_INPUT_OPERATION              0x00000040
#define IRP_SYNCHRONOUS_PAGING_IO        0x00000040
#define IRP_CREATE_OPERATION             0x00000080
#define IRP_READ_OPERATION               0x00000100
#define IRP_WRITE_OPERATION              0x00000200
#define IRP_CLOSE_OPERATION              0x00000400
#define IRP_DEFER_IO_COMPLETION          0x00000800

#define IRP_QUOTA_CHARGED                0x01
#define IRP_ALLOCATED_MUST_SUCCEED       0x02
#define IRP_ALLOCATED_FIXED_SIZE         0x04
#define IRP_LOOKASIDE_ALLOCATION         0x08

typedef struct _IRP {
    CSHORT Type;
    USHORT Size;
    PMDL MdlAddress;
    ULONG Flags;
    union {
        struct _IRP *MasterIrp;
        LONG IrpCount;
        PVOID SystemBuffer;
    } AssociatedIrp;
    LIST_ENTRY ThreadListEntry;         // in the requesting thread's IRP list
    IO_STATUS_BLOCK IoStatus;
    KPROCESSOR_MODE RequestorMode;
    BOOLEAN PendingReturned;
    CHAR StackCount;
    CHAR CurrentLocation;
    BOOLEAN Cancel;
    KIRQL CancelIrql;
    CCHAR ApcEnvironment;
    UCHAR AllocationFlags;
    PIO_STATUS_BLOCK UserIosb;
    PKEVENT UserEvent;
    union {
        struct {
            PIO_APC_ROUTINE UserApcRoutine;
            PVOID UserApcContext;
        } AsynchronousParameters;
        LARGE_INTEGER AllocationSize;
    } Overlay;
    PDRIVER_CANCEL CancelRoutine;
    PVOID UserBuffer;
    union {
        struct {
            union {
                KDEVICE_QUEUE_ENTRY DeviceQueueEntry;
                struct {
                    PVOID DriverContext[4];
                };
            };
            PETHREAD Thread;
            PCHAR AuxiliaryBuffer;
            struct {
                LIST_ENTRY ListEntry;
                union {
                    struct _IO_STACK_LOCATION *CurrentStackLocation;
                    ULONG PacketType;
                };
            };
            struct _FILE_OBJECT *OriginalFileObject;
        } Overlay;
        KAPC Apc;
        PVOID CompletionKey;
    } Tail;
} IRP, *PIRP;

//
// Stack location Control bits: the IRP was pending at this level, and when the completion routine set here
// runs. Flags: SL_* per major function.
//

#define SL_PENDING_RETURNED              0x01
#define SL_INVOKE_ON_CANCEL              0x20
#define SL_INVOKE_ON_SUCCESS             0x40
#define SL_INVOKE_ON_ERROR               0x80

#define SL_FORCE_ACCESS_CHECK            0x01
#define SL_OPEN_PAGING_FILE              0x02
#define SL_OPEN_TARGET_DIRECTORY         0x04
#define SL_CASE_SENSITIVE                0x80
#define SL_KEY_SPECIFIED                 0x01
#define SL_OVERRIDE_VERIFY_VOLUME        0x02
#define SL_WRITE_THROUGH                 0x04
#define SL_FT_SEQUENTIAL_WRITE           0x08
#define SL_RESTART_SCAN                  0x01
#define SL_RETURN_SINGLE_ENTRY           0x02
#define SL_INDEX_SPECIFIED               0x04

typedef struct _IO_SECURITY_CONTEXT {
    PVOID SecurityQos;
    PACCESS_STATE AccessState;
    ACCESS_MASK DesiredAccess;
    ULONG FullCreateOptions;
} IO_SECURITY_CONTEXT, *PIO_SECURITY_CONTEXT;

typedef struct _IO_STACK_LOCATION {
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    UCHAR Flags;
    UCHAR Control;
    union {
        struct {
            PIO_SECURITY_CONTEXT SecurityContext;
            ULONG Options;              // the disposition in the high 8 bits, the create options below
            USHORT FileAttributes;
            USHORT ShareAccess;
            ULONG EaLength;
        } Create;
        struct {
            ULONG Length;
            ULONG Key;
            LARGE_INTEGER ByteOffset;
        } Read;
        struct {
            ULONG Length;
            ULONG Key;
            LARGE_INTEGER ByteOffset;
        } Write;
        struct {
            ULONG Length;
            PUNICODE_STRING FileName;
            FILE_INFORMATION_CLASS FileInformationClass;
            ULONG FileIndex;
        } QueryDirectory;
        struct {
            ULONG Length;
            ULONG CompletionFilter;
        } NotifyDirectory;
        struct {
            ULONG Length;
            FILE_INFORMATION_CLASS FileInformationClass;
        } QueryFile;
        struct {
            ULONG Length;
            FILE_INFORMATION_CLASS FileInformationClass;
            struct _FILE_OBJECT *FileObject;
            union {
                struct {
                    BOOLEAN ReplaceIfExists;
                    BOOLEAN AdvanceOnly;
                };
                ULONG ClusterCount;
                HANDLE DeleteHandle;
            };
        } SetFile;
        struct {
            ULONG Length;
            FS_INFORMATION_CLASS FsInformationClass;
        } QueryVolume;
        struct {
            ULONG Length;
            FS_INFORMATION_CLASS FsInformationClass;
        } SetVolume;
        struct {
            ULONG OutputBufferLength;
            ULONG InputBufferLength;
            ULONG FsControlCode;
            PVOID Type3InputBuffer;
        } FileSystemControl;
        struct {
            ULONG OutputBufferLength;
            ULONG InputBufferLength;
            ULONG IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            PVPB Vpb;
            PDEVICE_OBJECT DeviceObject;
        } MountVolume;
        struct {
            PVOID Argument1;
            PVOID Argument2;
            PVOID Argument3;
            PVOID Argument4;
        } Others;
    } Parameters;
    PDEVICE_OBJECT DeviceObject;
    struct _FILE_OBJECT *FileObject;
    PIO_COMPLETION_ROUTINE CompletionRoutine;
    PVOID Context;
} IO_STACK_LOCATION, *PIO_STACK_LOCATION;

//
// The stack location routines (inline, as in the DDK).
//

FORCEINLINE PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(IN PIRP Irp)
{
    return Irp->Tail.Overlay.CurrentStackLocation;
}

FORCEINLINE PIO_STACK_LOCATION IoGetNextIrpStackLocation(IN PIRP Irp)
{
    return Irp->Tail.Overlay.CurrentStackLocation - 1;
}

FORCEINLINE VOID IoSetNextIrpStackLocation(IN OUT PIRP Irp)
{
    Irp->CurrentLocation -= 1;
    Irp->Tail.Overlay.CurrentStackLocation -= 1;
}

FORCEINLINE VOID IoSkipCurrentIrpStackLocation(IN OUT PIRP Irp)
{
    Irp->CurrentLocation += 1;
    Irp->Tail.Overlay.CurrentStackLocation += 1;
}

FORCEINLINE VOID IoCopyCurrentIrpStackLocationToNext(IN OUT PIRP Irp)
{
    PIO_STACK_LOCATION Current = IoGetCurrentIrpStackLocation(Irp);
    PIO_STACK_LOCATION Next = IoGetNextIrpStackLocation(Irp);

    RtlCopyMemory(Next, Current, FIELD_OFFSET(IO_STACK_LOCATION, CompletionRoutine));
    Next->Control = 0;
}

FORCEINLINE VOID IoMarkIrpPending(IN OUT PIRP Irp)
{
    PIO_STACK_LOCATION Current = IoGetCurrentIrpStackLocation(Irp);

    Current->Control |= SL_PENDING_RETURNED;
}

FORCEINLINE VOID IoSetCompletionRoutine(IN PIRP Irp, IN PIO_COMPLETION_ROUTINE CompletionRoutine OPTIONAL,
    IN PVOID Context OPTIONAL, IN BOOLEAN InvokeOnSuccess, IN BOOLEAN InvokeOnError, IN BOOLEAN InvokeOnCancel)
{
    PIO_STACK_LOCATION Next = IoGetNextIrpStackLocation(Irp);

    Next->CompletionRoutine = CompletionRoutine;
    Next->Context = Context;
    Next->Control = 0;
    if (InvokeOnSuccess) {
        Next->Control = SL_INVOKE_ON_SUCCESS;
    }
    if (InvokeOnError) {
        Next->Control |= SL_INVOKE_ON_ERROR;
    }
    if (InvokeOnCancel) {
        Next->Control |= SL_INVOKE_ON_CANCEL;
    }
}

FORCEINLINE PDRIVER_CANCEL IoSetCancelRoutine(IN PIRP Irp, IN PDRIVER_CANCEL CancelRoutine OPTIONAL)
{
    return (PDRIVER_CANCEL)(ULONG_PTR)_InterlockedExchange((long volatile *)&Irp->CancelRoutine,
                                                           (long)(ULONG_PTR)CancelRoutine);
}

#define IoSizeOfIrp(StackSize) ((USHORT)(sizeof(IRP) + ((StackSize) * sizeof(IO_STACK_LOCATION))))

//
// The I/O manager's routines.
//

extern POBJECT_TYPE *IoDeviceObjectType;
extern POBJECT_TYPE *IoDriverObjectType;
extern POBJECT_TYPE *IoFileObjectType;

NTKERNELAPI NTSTATUS NTAPI IoCreateDevice(IN PDRIVER_OBJECT DriverObject, IN ULONG DeviceExtensionSize,
    IN PUNICODE_STRING DeviceName OPTIONAL, IN DEVICE_TYPE DeviceType, IN ULONG DeviceCharacteristics, IN BOOLEAN Exclusive,
    OUT PDEVICE_OBJECT *DeviceObject);
NTKERNELAPI VOID NTAPI IoDeleteDevice(IN PDEVICE_OBJECT DeviceObject);
NTKERNELAPI NTSTATUS NTAPI IoRegisterShutdownNotification(IN PDEVICE_OBJECT DeviceObject);
NTKERNELAPI VOID NTAPI IoUnregisterShutdownNotification(IN PDEVICE_OBJECT DeviceObject);
NTKERNELAPI NTSTATUS NTAPI IoCreateSymbolicLink(IN PUNICODE_STRING SymbolicLinkName, IN PUNICODE_STRING DeviceName);
NTKERNELAPI NTSTATUS NTAPI IoDeleteSymbolicLink(IN PUNICODE_STRING SymbolicLinkName);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoAttachDeviceToDeviceStack(IN PDEVICE_OBJECT SourceDevice, IN PDEVICE_OBJECT TargetDevice);
NTKERNELAPI NTSTATUS NTAPI IoAttachDevice(IN PDEVICE_OBJECT SourceDevice, IN PUNICODE_STRING TargetDevice,
    OUT PDEVICE_OBJECT *AttachedDevice);
NTKERNELAPI VOID NTAPI IoDetachDevice(IN OUT PDEVICE_OBJECT TargetDevice);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetAttachedDevice(IN PDEVICE_OBJECT DeviceObject);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetAttachedDeviceReference(IN PDEVICE_OBJECT DeviceObject);
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceObjectPointer(IN PUNICODE_STRING ObjectName, IN ACCESS_MASK DesiredAccess,
    OUT PFILE_OBJECT *FileObject, OUT PDEVICE_OBJECT *DeviceObject);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetRelatedDeviceObject(IN PFILE_OBJECT FileObject);

NTKERNELAPI PIRP NTAPI IoAllocateIrp(IN CCHAR StackSize, IN BOOLEAN ChargeQuota);
NTKERNELAPI VOID NTAPI IoFreeIrp(IN PIRP Irp);
NTKERNELAPI PIRP NTAPI IoMakeAssociatedIrp(IN PIRP Irp, IN CCHAR StackSize);
NTKERNELAPI VOID NTAPI IoInitializeIrp(IN OUT PIRP Irp, IN USHORT PacketSize, IN CCHAR StackSize);
NTKERNELAPI VOID NTAPI IoReuseIrp(IN OUT PIRP Irp, IN NTSTATUS Iostatus);
NTKERNELAPI NTSTATUS FASTCALL IofCallDriver(IN PDEVICE_OBJECT DeviceObject, IN OUT PIRP Irp);
NTKERNELAPI VOID FASTCALL IofCompleteRequest(IN PIRP Irp, IN CCHAR PriorityBoost);
NTKERNELAPI PIRP NTAPI IoBuildSynchronousFsdRequest(IN ULONG MajorFunction, IN PDEVICE_OBJECT DeviceObject,
    IN OUT PVOID Buffer OPTIONAL, IN ULONG Length OPTIONAL, IN PLARGE_INTEGER StartingOffset OPTIONAL, IN PKEVENT Event,
    OUT PIO_STATUS_BLOCK IoStatusBlock);
NTKERNELAPI PIRP NTAPI IoBuildAsynchronousFsdRequest(IN ULONG MajorFunction, IN PDEVICE_OBJECT DeviceObject,
    IN OUT PVOID Buffer OPTIONAL, IN ULONG Length OPTIONAL, IN PLARGE_INTEGER StartingOffset OPTIONAL,
    IN PIO_STATUS_BLOCK IoStatusBlock OPTIONAL);
NTKERNELAPI PIRP NTAPI IoBuildDeviceIoControlRequest(IN ULONG IoControlCode, IN PDEVICE_OBJECT DeviceObject,
    IN PVOID InputBuffer OPTIONAL, IN ULONG InputBufferLength, OUT PVOID OutputBuffer OPTIONAL, IN ULONG OutputBufferLength,
    IN BOOLEAN InternalDeviceIoControl, IN PKEVENT Event, OUT PIO_STATUS_BLOCK IoStatusBlock);

#define IoCallDriver(DeviceObject, Irp) IofCallDriver((DeviceObject), (Irp))
#define IoCompleteRequest(Irp, PriorityBoost) IofCompleteRequest((Irp), (PriorityBoost))

NTKERNELAPI BOOLEAN NTAPI IoCancelIrp(IN PIRP Irp);
NTKERNELAPI VOID NTAPI IoAcquireCancelSpinLock(OUT PKIRQL Irql);
NTKERNELAPI VOID NTAPI IoReleaseCancelSpinLock(IN KIRQL Irql);

NTKERNELAPI NTSTATUS NTAPI IoInitializeTimer(IN PDEVICE_OBJECT DeviceObject, IN PIO_TIMER_ROUTINE TimerRoutine,
    IN PVOID Context OPTIONAL);
NTKERNELAPI VOID NTAPI IoStartTimer(IN PDEVICE_OBJECT DeviceObject);
NTKERNELAPI VOID NTAPI IoStopTimer(IN PDEVICE_OBJECT DeviceObject);

NTKERNELAPI NTSTATUS NTAPI IoCheckShareAccess(IN ACCESS_MASK DesiredAccess, IN ULONG DesiredShareAccess,
    IN OUT PFILE_OBJECT FileObject, IN OUT PSHARE_ACCESS ShareAccess, IN BOOLEAN Update);
NTKERNELAPI VOID NTAPI IoSetShareAccess(IN ACCESS_MASK DesiredAccess, IN ULONG DesiredShareAccess,
    IN OUT PFILE_OBJECT FileObject, OUT PSHARE_ACCESS ShareAccess);
NTKERNELAPI VOID NTAPI IoUpdateShareAccess(IN PFILE_OBJECT FileObject, IN OUT PSHARE_ACCESS ShareAccess);
NTKERNELAPI VOID NTAPI IoRemoveShareAccess(IN PFILE_OBJECT FileObject, IN OUT PSHARE_ACCESS ShareAccess);

typedef enum _CREATE_FILE_TYPE {
    CreateFileTypeNone,
    CreateFileTypeNamedPipe,
    CreateFileTypeMailslot
} CREATE_FILE_TYPE;

#define IO_FORCE_ACCESS_CHECK            0x0001
#define IO_NO_PARAMETER_CHECKING         0x0100

NTKERNELAPI NTSTATUS NTAPI IoCreateFile(OUT PHANDLE FileHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes, OUT PIO_STATUS_BLOCK IoStatusBlock, IN PLARGE_INTEGER AllocationSize OPTIONAL,
    IN ULONG FileAttributes, IN ULONG ShareAccess, IN ULONG Disposition, IN ULONG CreateOptions, IN PVOID EaBuffer OPTIONAL,
    IN ULONG EaLength, IN CREATE_FILE_TYPE CreateFileType, IN PVOID ExtraCreateParameters OPTIONAL, IN ULONG Options);

//
// A driver built into the kernel: its driver object is created (\Driver\Name) and its initialization routine
// called as a loaded driver's DriverEntry is. Not in the DDK; Windows exports it under this name.
//

NTKERNELAPI NTSTATUS NTAPI IoConnectInterrupt(OUT PKINTERRUPT *InterruptObject, IN PKSERVICE_ROUTINE ServiceRoutine,
    IN PVOID ServiceContext, IN PKSPIN_LOCK SpinLock OPTIONAL, IN ULONG Vector, IN KIRQL Irql, IN KIRQL SynchronizeIrql,
    IN KINTERRUPT_MODE InterruptMode, IN BOOLEAN ShareVector, IN KAFFINITY ProcessorEnableMask, IN BOOLEAN FloatingSave);
NTKERNELAPI VOID NTAPI IoDisconnectInterrupt(IN PKINTERRUPT InterruptObject);
NTKERNELAPI VOID NTAPI IoStartPacket(IN PDEVICE_OBJECT DeviceObject, IN PIRP Irp, IN PULONG Key OPTIONAL,
    IN PDRIVER_CANCEL CancelFunction OPTIONAL);
NTKERNELAPI VOID NTAPI IoStartNextPacket(IN PDEVICE_OBJECT DeviceObject, IN BOOLEAN Cancelable);
NTKERNELAPI VOID NTAPI IoStartNextPacketByKey(IN PDEVICE_OBJECT DeviceObject, IN BOOLEAN Cancelable, IN ULONG Key);
NTKERNELAPI NTSTATUS NTAPI IoCreateDriver(IN PUNICODE_STRING DriverName OPTIONAL, IN PDRIVER_INITIALIZE InitializationFunction);
NTKERNELAPI VOID NTAPI IoDeleteDriver(IN PDRIVER_OBJECT DriverObject);

//
// The disk image the loader handed over for the RAM disk (the boot volume). Not in the DDK: this kernel's
// loader hands it to the RAM disk driver this way.
//

NTKERNELAPI BOOLEAN NTAPI IoGetBootRamDisk(OUT PPHYSICAL_ADDRESS PhysicalAddress, OUT PULONG Length);

//
// The native system services a kernel component calls (as Zw routines, with kernel-mode rights).
//

#define EVENT_QUERY_STATE                0x0001
#define EVENT_MODIFY_STATE               0x0002
#define EVENT_ALL_ACCESS                 (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)

#define DIRECTORY_QUERY                  0x0001
#define DIRECTORY_TRAVERSE               0x0002
#define DIRECTORY_CREATE_OBJECT          0x0004
#define DIRECTORY_CREATE_SUBDIRECTORY    0x0008
#define DIRECTORY_ALL_ACCESS             (STANDARD_RIGHTS_REQUIRED | 0xF)

#define SYMBOLIC_LINK_QUERY              0x0001
#define SYMBOLIC_LINK_ALL_ACCESS         (STANDARD_RIGHTS_REQUIRED | 0x1)

#define DUPLICATE_CLOSE_SOURCE           0x00000001
#define DUPLICATE_SAME_ACCESS            0x00000002
#define DUPLICATE_SAME_ATTRIBUTES        0x00000004

NTSYSAPI NTSTATUS NTAPI ZwClose(IN HANDLE Handle);
NTSYSAPI NTSTATUS NTAPI ZwLoadDriver(IN PUNICODE_STRING DriverServiceName);
NTSYSAPI NTSTATUS NTAPI ZwUnloadDriver(IN PUNICODE_STRING DriverServiceName);
NTSYSAPI NTSTATUS NTAPI ZwDuplicateObject(IN HANDLE SourceProcessHandle, IN HANDLE SourceHandle,
    IN HANDLE TargetProcessHandle OPTIONAL, OUT PHANDLE TargetHandle OPTIONAL, IN ACCESS_MASK DesiredAccess,
    IN ULONG HandleAttributes, IN ULONG Options);
NTSYSAPI NTSTATUS NTAPI ZwMakeTemporaryObject(IN HANDLE Handle);
NTSYSAPI NTSTATUS NTAPI ZwWaitForSingleObject(IN HANDLE Handle, IN BOOLEAN Alertable, IN PLARGE_INTEGER Timeout OPTIONAL);
NTSYSAPI NTSTATUS NTAPI ZwCreateEvent(OUT PHANDLE EventHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes OPTIONAL, IN EVENT_TYPE EventType, IN BOOLEAN InitialState);
NTSYSAPI NTSTATUS NTAPI ZwOpenEvent(OUT PHANDLE EventHandle, IN ACCESS_MASK DesiredAccess, IN POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI ZwSetEvent(IN HANDLE EventHandle, OUT PLONG PreviousState OPTIONAL);
NTSYSAPI NTSTATUS NTAPI ZwResetEvent(IN HANDLE EventHandle, OUT PLONG PreviousState OPTIONAL);
NTSYSAPI NTSTATUS NTAPI ZwClearEvent(IN HANDLE EventHandle);
NTSYSAPI NTSTATUS NTAPI ZwCreateDirectoryObject(OUT PHANDLE DirectoryHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI ZwOpenDirectoryObject(OUT PHANDLE DirectoryHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI ZwCreateSymbolicLinkObject(OUT PHANDLE LinkHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes, IN PUNICODE_STRING LinkTarget);
NTSYSAPI NTSTATUS NTAPI ZwOpenSymbolicLinkObject(OUT PHANDLE LinkHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI ZwQuerySymbolicLinkObject(IN HANDLE LinkHandle, IN OUT PUNICODE_STRING LinkTarget,
    OUT PULONG ReturnedLength OPTIONAL);

//
// The registry: value types, key access rights, the options and dispositions of ZwCreateKey, the information
// classes of keys and values, the key and value services, and RtlQueryRegistryValues.
//

#define REG_NONE                         0
#define REG_SZ                           1
#define REG_EXPAND_SZ                    2
#define REG_BINARY                       3
#define REG_DWORD                        4
#define REG_DWORD_LITTLE_ENDIAN          4
#define REG_DWORD_BIG_ENDIAN             5
#define REG_LINK                         6
#define REG_MULTI_SZ                     7
#define REG_RESOURCE_LIST                8
#define REG_FULL_RESOURCE_DESCRIPTOR     9
#define REG_RESOURCE_REQUIREMENTS_LIST   10
#define REG_QWORD                        11
#define REG_QWORD_LITTLE_ENDIAN          11

#define KEY_QUERY_VALUE                  0x0001
#define KEY_SET_VALUE                    0x0002
#define KEY_CREATE_SUB_KEY               0x0004
#define KEY_ENUMERATE_SUB_KEYS           0x0008
#define KEY_NOTIFY                       0x0010
#define KEY_CREATE_LINK                  0x0020
#define KEY_READ                         ((STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY) & ~SYNCHRONIZE)
#define KEY_WRITE                        ((STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) & ~SYNCHRONIZE)
#define KEY_EXECUTE                      (KEY_READ & ~SYNCHRONIZE)
#define KEY_ALL_ACCESS                   ((STANDARD_RIGHTS_ALL | KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY | \
                                           KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY | KEY_CREATE_LINK) & ~SYNCHRONIZE)

#define REG_OPTION_NON_VOLATILE          0x00000000L
#define REG_OPTION_VOLATILE              0x00000001L
#define REG_OPTION_CREATE_LINK           0x00000002L
#define REG_OPTION_BACKUP_RESTORE        0x00000004L
#define REG_OPTION_OPEN_LINK             0x00000008L
#define REG_LEGAL_OPTION                 (REG_OPTION_VOLATILE | REG_OPTION_CREATE_LINK | REG_OPTION_BACKUP_RESTORE | \
                                          REG_OPTION_OPEN_LINK)

#define REG_CREATED_NEW_KEY              0x00000001L
#define REG_OPENED_EXISTING_KEY          0x00000002L

typedef enum _KEY_INFORMATION_CLASS {
    KeyBasicInformation,
    KeyNodeInformation,
    KeyFullInformation
} KEY_INFORMATION_CLASS;

typedef struct _KEY_BASIC_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_BASIC_INFORMATION, *PKEY_BASIC_INFORMATION;

typedef struct _KEY_NODE_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG ClassOffset;
    ULONG ClassLength;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_NODE_INFORMATION, *PKEY_NODE_INFORMATION;

typedef struct _KEY_FULL_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG ClassOffset;
    ULONG ClassLength;
    ULONG SubKeys;
    ULONG MaxNameLen;
    ULONG MaxClassLen;
    ULONG Values;
    ULONG MaxValueNameLen;
    ULONG MaxValueDataLen;
    WCHAR Class[1];
} KEY_FULL_INFORMATION, *PKEY_FULL_INFORMATION;

typedef enum _KEY_VALUE_INFORMATION_CLASS {
    KeyValueBasicInformation,
    KeyValueFullInformation,
    KeyValuePartialInformation
} KEY_VALUE_INFORMATION_CLASS;

typedef struct _KEY_VALUE_BASIC_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_VALUE_BASIC_INFORMATION, *PKEY_VALUE_BASIC_INFORMATION;

typedef struct _KEY_VALUE_FULL_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG DataOffset;
    ULONG DataLength;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_VALUE_FULL_INFORMATION, *PKEY_VALUE_FULL_INFORMATION;

typedef struct _KEY_VALUE_PARTIAL_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG DataLength;
    UCHAR Data[1];
} KEY_VALUE_PARTIAL_INFORMATION, *PKEY_VALUE_PARTIAL_INFORMATION;

NTSYSAPI NTSTATUS NTAPI ZwCreateKey(OUT PHANDLE KeyHandle, IN ACCESS_MASK DesiredAccess, IN POBJECT_ATTRIBUTES ObjectAttributes,
    IN ULONG TitleIndex, IN PUNICODE_STRING Class OPTIONAL, IN ULONG CreateOptions, OUT PULONG Disposition OPTIONAL);
NTSYSAPI NTSTATUS NTAPI ZwOpenKey(OUT PHANDLE KeyHandle, IN ACCESS_MASK DesiredAccess, IN POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI ZwDeleteKey(IN HANDLE KeyHandle);
NTSYSAPI NTSTATUS NTAPI ZwFlushKey(IN HANDLE KeyHandle);
NTSYSAPI NTSTATUS NTAPI ZwQueryKey(IN HANDLE KeyHandle, IN KEY_INFORMATION_CLASS KeyInformationClass,
    OUT PVOID KeyInformation OPTIONAL, IN ULONG Length, OUT PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwEnumerateKey(IN HANDLE KeyHandle, IN ULONG Index, IN KEY_INFORMATION_CLASS KeyInformationClass,
    OUT PVOID KeyInformation OPTIONAL, IN ULONG Length, OUT PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwQueryValueKey(IN HANDLE KeyHandle, IN PUNICODE_STRING ValueName,
    IN KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass, OUT PVOID KeyValueInformation OPTIONAL, IN ULONG Length,
    OUT PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwEnumerateValueKey(IN HANDLE KeyHandle, IN ULONG Index,
    IN KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass, OUT PVOID KeyValueInformation OPTIONAL, IN ULONG Length,
    OUT PULONG ResultLength);
NTSYSAPI NTSTATUS NTAPI ZwSetValueKey(IN HANDLE KeyHandle, IN PUNICODE_STRING ValueName, IN ULONG TitleIndex OPTIONAL,
    IN ULONG Type, IN PVOID Data OPTIONAL, IN ULONG DataSize);
NTSYSAPI NTSTATUS NTAPI ZwDeleteValueKey(IN HANDLE KeyHandle, IN PUNICODE_STRING ValueName);

#define RTL_REGISTRY_ABSOLUTE            0
#define RTL_REGISTRY_SERVICES            1
#define RTL_REGISTRY_CONTROL             2
#define RTL_REGISTRY_WINDOWS_NT          3
#define RTL_REGISTRY_DEVICEMAP           4
#define RTL_REGISTRY_USER                5
#define RTL_REGISTRY_MAXIMUM             6
#define RTL_REGISTRY_HANDLE              0x40000000
#define RTL_REGISTRY_OPTIONAL            0x80000000

#define RTL_QUERY_REGISTRY_SUBKEY        0x00000001
#define RTL_QUERY_REGISTRY_TOPKEY        0x00000002
#define RTL_QUERY_REGISTRY_REQUIRED      0x00000004
#define RTL_QUERY_REGISTRY_NOVALUE       0x00000008
#define RTL_QUERY_REGISTRY_NOEXPAND      0x00000010
#define RTL_QUERY_REGISTRY_DIRECT        0x00000020
#define RTL_QUERY_REGISTRY_DELETE        0x00000040

typedef NTSTATUS (NTAPI *PRTL_QUERY_REGISTRY_ROUTINE)(IN PWSTR ValueName, IN ULONG ValueType, IN PVOID ValueData,
    IN ULONG ValueLength, IN PVOID Context, IN PVOID EntryContext);

typedef struct _RTL_QUERY_REGISTRY_TABLE {
    PRTL_QUERY_REGISTRY_ROUTINE QueryRoutine;
    ULONG Flags;
    PWSTR Name;
    PVOID EntryContext;
    ULONG DefaultType;
    PVOID DefaultData;
    ULONG DefaultLength;
} RTL_QUERY_REGISTRY_TABLE, *PRTL_QUERY_REGISTRY_TABLE;

NTSYSAPI NTSTATUS NTAPI RtlQueryRegistryValues(IN ULONG RelativeTo, IN PCWSTR Path, IN PRTL_QUERY_REGISTRY_TABLE QueryTable,
    IN PVOID Context, IN PVOID Environment OPTIONAL);

NTSYSAPI NTSTATUS NTAPI ZwCreateFile(OUT PHANDLE FileHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes, OUT PIO_STATUS_BLOCK IoStatusBlock, IN PLARGE_INTEGER AllocationSize OPTIONAL,
    IN ULONG FileAttributes, IN ULONG ShareAccess, IN ULONG CreateDisposition, IN ULONG CreateOptions,
    IN PVOID EaBuffer OPTIONAL, IN ULONG EaLength);
NTSYSAPI NTSTATUS NTAPI ZwOpenFile(OUT PHANDLE FileHandle, IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes, OUT PIO_STATUS_BLOCK IoStatusBlock, IN ULONG ShareAccess,
    IN ULONG OpenOptions);
NTSYSAPI NTSTATUS NTAPI ZwReadFile(IN HANDLE FileHandle, IN HANDLE Event OPTIONAL, IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL, OUT PIO_STATUS_BLOCK IoStatusBlock, OUT PVOID Buffer, IN ULONG Length,
    IN PLARGE_INTEGER ByteOffset OPTIONAL, IN PULONG Key OPTIONAL);
NTSYSAPI NTSTATUS NTAPI ZwWriteFile(IN HANDLE FileHandle, IN HANDLE Event OPTIONAL, IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL, OUT PIO_STATUS_BLOCK IoStatusBlock, IN PVOID Buffer, IN ULONG Length,
    IN PLARGE_INTEGER ByteOffset OPTIONAL, IN PULONG Key OPTIONAL);
NTSYSAPI NTSTATUS NTAPI ZwQueryInformationFile(IN HANDLE FileHandle, OUT PIO_STATUS_BLOCK IoStatusBlock,
    OUT PVOID FileInformation, IN ULONG Length, IN FILE_INFORMATION_CLASS FileInformationClass);
NTSYSAPI NTSTATUS NTAPI ZwSetInformationFile(IN HANDLE FileHandle, OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN PVOID FileInformation, IN ULONG Length, IN FILE_INFORMATION_CLASS FileInformationClass);
NTSYSAPI NTSTATUS NTAPI ZwFlushBuffersFile(IN HANDLE FileHandle, OUT PIO_STATUS_BLOCK IoStatusBlock);
NTSYSAPI NTSTATUS NTAPI ZwDeviceIoControlFile(IN HANDLE FileHandle, IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL, IN PVOID ApcContext OPTIONAL, OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG IoControlCode, IN PVOID InputBuffer OPTIONAL, IN ULONG InputBufferLength, OUT PVOID OutputBuffer OPTIONAL,
    IN ULONG OutputBufferLength);

#endif // _NTDDK_
