/*++

Module Name:

    gentable.c

Abstract:

    Generic tables: a caller's elements ordered by its compare routine, held in a splay tree (splay.c).
    Each element is one block from the caller's allocate routine: a header of splay links and an entry
    of the table's insertion-order list, followed by a copy of the caller's data, whose address is what
    the routines return. Lookups, inserts and RtlEnumerateGenericTable splay the element they reach to
    the root; RtlEnumerateGenericTableWithoutSplaying leaves the tree as it is. RtlGetElementGenericTable
    indexes the elements in the order they were inserted, as the DDK documents, walking the
    insertion-order list from a remembered position (OrderedPointer, WhichOrderedElement: the list entry
    of element number WhichOrderedElement, counting from 1, or the list head for 0).

    The caller synchronizes access to a table.

Environment:

    Kernel mode; the IRQL the caller's routines and memory allow.

--*/

#include <ntddk.h>

typedef struct _RTLP_GENERIC_TABLE_ENTRY {
    RTL_SPLAY_LINKS Links;
    LIST_ENTRY InsertOrderEntry;

    //
    // The caller's data follows.
    //

} RTLP_GENERIC_TABLE_ENTRY, *PRTLP_GENERIC_TABLE_ENTRY;

#define RTLP_ENTRY_DATA(Links) ((PVOID)((PCHAR)(Links) + sizeof(RTLP_GENERIC_TABLE_ENTRY)))

static
TABLE_SEARCH_RESULT
RtlpFindGenericTableNode (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer,
    OUT PRTL_SPLAY_LINKS *NodeOrParent
    )

/*++

Routine Description:

    Descends the tree comparing the caller's key with each element, without changing the tree.

Arguments:

    Table - Supplies the table.

    Buffer - Supplies the key, passed to the compare routine as its first structure.

    NodeOrParent - Receives the matching node, or the node under which the key belongs; unchanged for an
        empty tree.

Return Value:

    TableEmptyTree, TableFoundNode, or TableInsertAsLeft/TableInsertAsRight for a key not in the table.

--*/

{
    PRTL_SPLAY_LINKS Node;
    PRTL_SPLAY_LINKS Child;
    RTL_GENERIC_COMPARE_RESULTS Result;

    Node = Table->TableRoot;
    if (Node == NULL) {
        return TableEmptyTree;
    }
    for (;;) {
        Result = Table->CompareRoutine(Table, Buffer, RTLP_ENTRY_DATA(Node));
        if (Result == GenericEqual) {
            *NodeOrParent = Node;
            return TableFoundNode;
        }
        Child = (Result == GenericLessThan) ? Node->LeftChild : Node->RightChild;
        if (Child == NULL) {
            *NodeOrParent = Node;
            return (Result == GenericLessThan) ? TableInsertAsLeft : TableInsertAsRight;
        }
        Node = Child;
    }
}

static
VOID
RtlpResetOrderedPointer (
    IN PRTL_GENERIC_TABLE Table
    )
{
    Table->OrderedPointer = &Table->InsertOrderList;
    Table->WhichOrderedElement = 0;
}

VOID
NTAPI
RtlInitializeGenericTable (
    OUT PRTL_GENERIC_TABLE Table,
    IN PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine,
    IN PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine,
    IN PRTL_GENERIC_FREE_ROUTINE FreeRoutine,
    IN PVOID TableContext OPTIONAL
    )

/*++

Routine Description:

    Initializes an empty generic table.

Arguments:

    Table - Supplies the table header to initialize.

    CompareRoutine - Supplies the routine that orders two elements' data.

    AllocateRoutine - Supplies the routine that allocates an element: the caller's data size plus the
        table's header.

    FreeRoutine - Supplies the routine that frees a block AllocateRoutine returned.

    TableContext - Supplies a value the table keeps for the caller's routines.

Return Value:

    None.

--*/

{
    Table->TableRoot = NULL;
    InitializeListHead(&Table->InsertOrderList);
    RtlpResetOrderedPointer(Table);
    Table->NumberGenericTableElements = 0;
    Table->CompareRoutine = CompareRoutine;
    Table->AllocateRoutine = AllocateRoutine;
    Table->FreeRoutine = FreeRoutine;
    Table->TableContext = TableContext;
}

PVOID
NTAPI
RtlInsertElementGenericTableFull (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer,
    IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL,
    IN PVOID NodeOrParent,
    IN TABLE_SEARCH_RESULT SearchResult
    )

/*++

Routine Description:

    Inserts an element where RtlLookupElementGenericTableFull said it belongs, unless the table already
    holds one equal to it. The element inserted (or found) is splayed to the root.

Arguments:

    Table - Supplies the table.

    Buffer - Supplies the caller's data, BufferSize bytes, which are copied into the new element.

    BufferSize - Supplies the size of the caller's data.

    NewElement - Receives TRUE when an element was inserted, FALSE when one was found or none could be
        allocated.

    NodeOrParent, SearchResult - Supply the result of a lookup of Buffer made since the table last changed.

Return Value:

    The new (or existing) element's data, or NULL if the allocate routine failed.

--*/

{
    PRTLP_GENERIC_TABLE_ENTRY Entry;
    PRTL_SPLAY_LINKS Parent;

    if (SearchResult == TableFoundNode) {
        if (ARGUMENT_PRESENT(NewElement)) {
            *NewElement = FALSE;
        }
        Table->TableRoot = RtlSplay((PRTL_SPLAY_LINKS)NodeOrParent);
        return RTLP_ENTRY_DATA(NodeOrParent);
    }

    Entry = (PRTLP_GENERIC_TABLE_ENTRY)Table->AllocateRoutine(Table, BufferSize + sizeof(RTLP_GENERIC_TABLE_ENTRY));
    if (Entry == NULL) {
        if (ARGUMENT_PRESENT(NewElement)) {
            *NewElement = FALSE;
        }
        return NULL;
    }
    RtlCopyMemory(RTLP_ENTRY_DATA(Entry), Buffer, BufferSize);
    RtlInitializeSplayLinks(&Entry->Links);

    Parent = (PRTL_SPLAY_LINKS)NodeOrParent;
    if (SearchResult == TableEmptyTree) {
        Table->TableRoot = &Entry->Links;
    } else if (SearchResult == TableInsertAsLeft) {
        RtlInsertAsLeftChild(Parent, &Entry->Links);
    } else {
        RtlInsertAsRightChild(Parent, &Entry->Links);
    }

    //
    // Appending to the insertion-order list keeps the remembered position valid.
    //

    InsertTailList(&Table->InsertOrderList, &Entry->InsertOrderEntry);
    Table->NumberGenericTableElements += 1;
    Table->TableRoot = RtlSplay(&Entry->Links);
    if (ARGUMENT_PRESENT(NewElement)) {
        *NewElement = TRUE;
    }
    return RTLP_ENTRY_DATA(Entry);
}

PVOID
NTAPI
RtlInsertElementGenericTable (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer,
    IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL
    )

/*++

Routine Description:

    Inserts a copy of the caller's data unless the table holds an element equal to it, in which case
    that element is returned and nothing is allocated.

Return Value:

    The new (or existing) element's data, or NULL if the allocate routine failed.

--*/

{
    PRTL_SPLAY_LINKS NodeOrParent;
    TABLE_SEARCH_RESULT SearchResult;

    NodeOrParent = NULL;
    SearchResult = RtlpFindGenericTableNode(Table, Buffer, &NodeOrParent);
    return RtlInsertElementGenericTableFull(Table, Buffer, BufferSize, NewElement, NodeOrParent, SearchResult);
}

PVOID
NTAPI
RtlLookupElementGenericTableFull (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer,
    OUT PVOID *NodeOrParent,
    OUT TABLE_SEARCH_RESULT *SearchResult
    )

/*++

Routine Description:

    Looks up an element equal to the caller's key and says where such an element would go, for a later
    RtlInsertElementGenericTableFull. A found element is splayed to the root; on a miss the tree is left
    alone, so that NodeOrParent stays the place to insert.

Return Value:

    The matching element's data, or NULL.

--*/

{
    PRTL_SPLAY_LINKS Node;

    Node = NULL;
    *SearchResult = RtlpFindGenericTableNode(Table, Buffer, &Node);
    if (*SearchResult == TableEmptyTree) {
        return NULL;
    }
    if (*SearchResult != TableFoundNode) {
        *NodeOrParent = Node;
        return NULL;
    }
    Table->TableRoot = RtlSplay(Node);
    *NodeOrParent = Node;
    return RTLP_ENTRY_DATA(Node);
}

PVOID
NTAPI
RtlLookupElementGenericTable (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer
    )

/*++

Routine Description:

    Looks up an element equal to the caller's key. The last node reached, found or not, is splayed to the
    root, which is what keeps a splay tree's accesses cheap on average.

Return Value:

    The matching element's data, or NULL.

--*/

{
    PRTL_SPLAY_LINKS Node;
    TABLE_SEARCH_RESULT SearchResult;

    Node = NULL;
    SearchResult = RtlpFindGenericTableNode(Table, Buffer, &Node);
    if (SearchResult == TableEmptyTree) {
        return NULL;
    }
    Table->TableRoot = RtlSplay(Node);
    return (SearchResult == TableFoundNode) ? RTLP_ENTRY_DATA(Node) : NULL;
}

BOOLEAN
NTAPI
RtlDeleteElementGenericTable (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer
    )

/*++

Routine Description:

    Deletes the element equal to the caller's key and gives its block to the free routine.

Return Value:

    TRUE if an element was deleted, FALSE if none matched.

--*/

{
    PRTL_SPLAY_LINKS Node;
    PRTLP_GENERIC_TABLE_ENTRY Entry;

    Node = NULL;
    if (RtlpFindGenericTableNode(Table, Buffer, &Node) != TableFoundNode) {
        return FALSE;
    }
    Entry = CONTAINING_RECORD(Node, RTLP_GENERIC_TABLE_ENTRY, Links);
    Table->TableRoot = RtlDelete(Node);

    //
    // The remembered position may be the entry going away, or lie after it: start again from the head.
    //

    RemoveEntryList(&Entry->InsertOrderEntry);
    RtlpResetOrderedPointer(Table);
    Table->NumberGenericTableElements -= 1;
    Table->FreeRoutine(Table, Entry);
    return TRUE;
}

PVOID
NTAPI
RtlEnumerateGenericTable (
    IN PRTL_GENERIC_TABLE Table,
    IN BOOLEAN Restart
    )

/*++

Routine Description:

    Enumerates the elements in order. Each element returned is splayed to the root, so the next call
    continues with the root's successor; the table must not change between calls.

Arguments:

    Table - Supplies the table.

    Restart - Supplies TRUE for the first element, FALSE for the one after the element last returned.

Return Value:

    The element's data, or NULL when there are no more.

--*/

{
    PRTL_SPLAY_LINKS Node;

    if (Table->TableRoot == NULL) {
        return NULL;
    }
    if (Restart) {
        Node = Table->TableRoot;
        while (Node->LeftChild != NULL) {
            Node = Node->LeftChild;
        }
    } else {
        Node = RtlRealSuccessor(Table->TableRoot);
        if (Node == NULL) {
            return NULL;
        }
    }
    Table->TableRoot = RtlSplay(Node);
    return RTLP_ENTRY_DATA(Node);
}

PVOID
NTAPI
RtlEnumerateGenericTableWithoutSplaying (
    IN PRTL_GENERIC_TABLE Table,
    IN OUT PVOID *RestartKey
    )

/*++

Routine Description:

    Enumerates the elements in order without changing the tree.

Arguments:

    Table - Supplies the table.

    RestartKey - Supplies NULL for the first element, or the value this routine left there for the next;
        receives the position of the element returned.

Return Value:

    The element's data, or NULL when there are no more.

--*/

{
    PRTL_SPLAY_LINKS Node;

    if (*RestartKey == NULL) {
        Node = Table->TableRoot;
        if (Node == NULL) {
            return NULL;
        }
        while (Node->LeftChild != NULL) {
            Node = Node->LeftChild;
        }
    } else {
        Node = RtlRealSuccessor((PRTL_SPLAY_LINKS)*RestartKey);
        if (Node == NULL) {
            return NULL;
        }
    }
    *RestartKey = Node;
    return RTLP_ENTRY_DATA(Node);
}

PVOID
NTAPI
RtlGetElementGenericTable (
    IN PRTL_GENERIC_TABLE Table,
    IN ULONG I
    )

/*++

Routine Description:

    Returns the element inserted I-th (from 0) among those in the table. The walk along the
    insertion-order list starts from the head, the tail or the remembered position, whichever is
    nearest, and the position reached is remembered.

Return Value:

    The element's data, or NULL if I is not less than the number of elements.

--*/

{
    ULONG Target;
    ULONG Current;
    PLIST_ENTRY Entry;

    if (I >= Table->NumberGenericTableElements) {
        return NULL;
    }

    //
    // Positions count from 1 so that 0 is the list head.
    //

    Target = I + 1;
    Current = Table->WhichOrderedElement;
    Entry = Table->OrderedPointer;
    if (Target < Current && Target <= Current - Target) {
        Current = 0;
        Entry = &Table->InsertOrderList;
    } else if (Target > Current &&
               Table->NumberGenericTableElements + 1 - Target < Target - Current) {
        Current = Table->NumberGenericTableElements + 1;
        Entry = &Table->InsertOrderList;
    }
    while (Current < Target) {
        Entry = Entry->Flink;
        Current += 1;
    }
    while (Current > Target) {
        Entry = Entry->Blink;
        Current -= 1;
    }
    Table->OrderedPointer = Entry;
    Table->WhichOrderedElement = Current;
    return RTLP_ENTRY_DATA(CONTAINING_RECORD(Entry, RTLP_GENERIC_TABLE_ENTRY, InsertOrderEntry));
}

ULONG
NTAPI
RtlNumberGenericTableElements (
    IN PRTL_GENERIC_TABLE Table
    )
{
    return Table->NumberGenericTableElements;
}

BOOLEAN
NTAPI
RtlIsGenericTableEmpty (
    IN PRTL_GENERIC_TABLE Table
    )
{
    return (BOOLEAN)(Table->TableRoot == NULL);
}
