/*++

Module Name:

    list.c

Abstract:

    Doubly linked list routines. A list head is a LIST_ENTRY whose Flink and Blink point at itself when the
    list is empty; entries are LIST_ENTRY fields of the structures on the list.

--*/

#include "precomp.h"

//
// How many list operations have run: a global the library exports.
//

ULONG RtlListOperations;

VOID
NTAPI
RtlInitializeListHead(
    OUT PLIST_ENTRY ListHead
    )
{
    ListHead->Flink = ListHead->Blink = ListHead;
}

BOOLEAN
NTAPI
RtlIsListEmpty(
    IN PLIST_ENTRY ListHead
    )
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

VOID
NTAPI
RtlInsertTailList(
    IN OUT PLIST_ENTRY ListHead,
    IN OUT PLIST_ENTRY Entry
    )
{
    PLIST_ENTRY Blink;

    Blink = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = Blink;
    Blink->Flink = Entry;
    ListHead->Blink = Entry;
    RtlListOperations += 1;
}

PLIST_ENTRY
NTAPI
RtlRemoveHeadList(
    IN OUT PLIST_ENTRY ListHead
    )
{
    PLIST_ENTRY Entry;
    PLIST_ENTRY Flink;

    Entry = ListHead->Flink;
    if (Entry == ListHead) {
        return NULL;
    }
    Flink = Entry->Flink;
    ListHead->Flink = Flink;
    Flink->Blink = ListHead;
    RtlListOperations += 1;
    return Entry;
}

ULONG
NTAPI
RtlCountList(
    IN PLIST_ENTRY ListHead
    )
{
    PLIST_ENTRY Next;
    ULONG Count = 0;

    for (Next = ListHead->Flink; Next != ListHead; Next = Next->Flink) {
        Count += 1;
    }
    return Count;
}
