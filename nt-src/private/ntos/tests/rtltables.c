#include <kmtest.h>

/*++

Module Name:

    rtltables.c

Abstract:

    Self-tests of the Rtl splay trees (rtl\splay.c), generic tables (rtl\gentable.c) and AVL tables
    (rtl\avltable.c). Keys come from a fixed pseudo-random sequence, so every run inserts, looks up and
    deletes in the same order. Trees are checked from the outside: an in-order walk must be sorted and
    complete, every child must name its parent, an AVL tree's heights must match its balances and stay
    within the AVL bound; allocations and frees are counted with the sizes the DDK documents.

--*/

#define RTLP_TEST_NODES 31
#define RTLP_TEST_KEYS 300
#define RTLP_TEST_TAG 'tlRT'

//
// Element header sizes the DDK documents: the caller's data follows them in each allocation.
//

#define RTLP_GENERIC_HEADER (sizeof(RTL_SPLAY_LINKS) + sizeof(LIST_ENTRY))
#define RTLP_AVL_HEADER (sizeof(RTL_BALANCED_LINKS))

typedef struct _RTLP_TEST_NODE {
    RTL_SPLAY_LINKS Links;
    ULONG Key;
} RTLP_TEST_NODE, *PRTLP_TEST_NODE;

typedef struct _RTLP_TEST_ELEMENT {
    ULONG Key;
    ULONG Value;
    ULONG MatchDecade;  // in a search buffer: compare Key / 10 only (for the first-match lookup)
} RTLP_TEST_ELEMENT, *PRTLP_TEST_ELEMENT;

//
// What the allocate and free routines saw, reached through the table's TableContext.
//

typedef struct _RTLP_TABLE_COUNTS {
    ULONG ExpectedSize;
    ULONG Allocations;
    ULONG Frees;
    ULONG WrongSizes;
    ULONG AllocatedSum;
    ULONG FreedSum;
    PVOID LastBlock;
    BOOLEAN FailAllocations;
} RTLP_TABLE_COUNTS, *PRTLP_TABLE_COUNTS;

static RTLP_TEST_NODE RtlpNodes[RTLP_TEST_NODES];
static ULONG RtlpOrder[RTLP_TEST_KEYS];
static PVOID RtlpShape[RTLP_TEST_KEYS + 1];
static ULONG RtlpSeed;

static
ULONG
RtlpRandom (
    VOID
    )
{
    RtlpSeed = RtlpSeed * 1103515245 + 12345;
    return (RtlpSeed >> 16) & 0x7FFF;
}

static
VOID
RtlpShuffle (
    IN ULONG Seed,
    IN ULONG Count
    )

/*++

Routine Description:

    Fills RtlpOrder[0..Count) with a pseudo-random permutation of 0..Count-1 (Fisher-Yates).

--*/

{
    ULONG Index;
    ULONG Other;
    ULONG Swap;

    RtlpSeed = Seed;
    for (Index = 0; Index < Count; Index += 1) {
        RtlpOrder[Index] = Index;
    }
    for (Index = Count - 1; Index > 0; Index -= 1) {
        Other = RtlpRandom() % (Index + 1);
        Swap = RtlpOrder[Index];
        RtlpOrder[Index] = RtlpOrder[Other];
        RtlpOrder[Other] = Swap;
    }
}

//
// Splay links.
//

#define RTLP_NODE_KEY(Node) (CONTAINING_RECORD((Node), RTLP_TEST_NODE, Links)->Key)

static
ULONG
RtlpCountSubtree (
    IN PRTL_SPLAY_LINKS Links
    )
{
    if (Links == NULL) {
        return 0;
    }
    return 1 + RtlpCountSubtree(Links->LeftChild) + RtlpCountSubtree(Links->RightChild);
}

static
BOOLEAN
RtlpCheckSplayTree (
    IN PRTL_SPLAY_LINKS Root,
    IN ULONG Count
    )

/*++

Routine Description:

    Checks a tree of test nodes: Root is a root, the tree holds Count nodes, every child names its parent,
    and the in-order walk by RtlRealSuccessor visits all of them in increasing key order.

--*/

{
    PRTL_SPLAY_LINKS Node;
    ULONG Visited;
    ULONG Previous;

    if (Root == NULL) {
        return (BOOLEAN)(Count == 0);
    }
    if (!RtlIsRoot(Root) || RtlpCountSubtree(Root) != Count) {
        return FALSE;
    }
    Node = Root;
    while (RtlLeftChild(Node) != NULL) {
        Node = RtlLeftChild(Node);
    }
    Visited = 0;
    Previous = 0;
    while (Node != NULL) {
        if (RTLP_NODE_KEY(Node) <= Previous) {
            return FALSE;
        }
        if ((Node->LeftChild != NULL && Node->LeftChild->Parent != Node) ||
            (Node->RightChild != NULL && Node->RightChild->Parent != Node)) {
            return FALSE;
        }
        Previous = RTLP_NODE_KEY(Node);
        Visited += 1;
        Node = RtlRealSuccessor(Node);
    }
    return (BOOLEAN)(Visited == Count);
}

static
PRTL_SPLAY_LINKS
RtlpBuildSplayTree (
    VOID
    )

/*++

Routine Description:

    Builds an unsplayed binary search tree of the test nodes (keys 1, 3, ... 61) inserted in a
    pseudo-random order with RtlInsertAsLeftChild and RtlInsertAsRightChild.

--*/

{
    PRTL_SPLAY_LINKS Root;
    PRTL_SPLAY_LINKS Parent;
    PRTLP_TEST_NODE Node;
    ULONG Index;

    RtlpShuffle(7, RTLP_TEST_NODES);
    Root = NULL;
    for (Index = 0; Index < RTLP_TEST_NODES; Index += 1) {
        Node = &RtlpNodes[RtlpOrder[Index]];
        Node->Key = RtlpOrder[Index] * 2 + 1;
        RtlInitializeSplayLinks(&Node->Links);
        if (Root == NULL) {
            Root = &Node->Links;
            continue;
        }
        Parent = Root;
        for (;;) {
            if (Node->Key < RTLP_NODE_KEY(Parent)) {
                if (RtlLeftChild(Parent) == NULL) {
                    RtlInsertAsLeftChild(Parent, &Node->Links);
                    break;
                }
                Parent = RtlLeftChild(Parent);
            } else {
                if (RtlRightChild(Parent) == NULL) {
                    RtlInsertAsRightChild(Parent, &Node->Links);
                    break;
                }
                Parent = RtlRightChild(Parent);
            }
        }
    }
    return Root;
}

static
PRTL_SPLAY_LINKS
RtlpNodeByKey (
    IN ULONG Key
    )
{
    return &RtlpNodes[(Key - 1) / 2].Links;
}

START_TEST(RtlSplay)
{
    PRTL_SPLAY_LINKS Root;
    PRTL_SPLAY_LINKS Node;
    PRTL_SPLAY_LINKS Left;
    PRTL_SPLAY_LINKS OldRoot;
    ULONG Index;
    ULONG Count;
    ULONG Expected;
    ULONG Failures;

    Root = RtlpBuildSplayTree();
    ok(RtlpCheckSplayTree(Root, RTLP_TEST_NODES), "the built tree is a search tree of %u nodes", RTLP_TEST_NODES);
    ok(RtlIsRoot(Root), "the first node inserted is the root");
    ok_eq_pointer(RtlParent(Root), Root);

    //
    // The macros agree with the links: the root's left child is a left child, not a right one.
    //

    Left = RtlLeftChild(Root);
    ok(Left != NULL, "the root has a left child");
    if (Left != NULL) {
        ok_eq_pointer(RtlParent(Left), Root);
        ok_eq_bool(RtlIsLeftChild(Left), TRUE);
        ok_eq_bool(RtlIsRightChild(Left), FALSE);
        ok_eq_bool(RtlIsRoot(Left), FALSE);
    }

    //
    // Whole-tree walks: up by successors from the smallest key, down by predecessors from the largest.
    //

    Node = RtlpNodeByKey(1);
    Count = 0;
    Failures = 0;
    while (Node != NULL) {
        Count += 1;
        if (RTLP_NODE_KEY(Node) != Count * 2 - 1) {
            Failures += 1;
        }
        Node = RtlRealSuccessor(Node);
    }
    ok_eq_ulong(Count, RTLP_TEST_NODES);
    ok_eq_ulong(Failures, 0);

    Node = RtlpNodeByKey(RTLP_TEST_NODES * 2 - 1);
    Count = 0;
    Failures = 0;
    while (Node != NULL) {
        if (RTLP_NODE_KEY(Node) != (RTLP_TEST_NODES - Count) * 2 - 1) {
            Failures += 1;
        }
        Count += 1;
        Node = RtlRealPredecessor(Node);
    }
    ok_eq_ulong(Count, RTLP_TEST_NODES);
    ok_eq_ulong(Failures, 0);

    //
    // Within a subtree: the root's successor and predecessor are in its subtrees (keys two apart); the
    // largest node has no right subtree and the smallest no left one.
    //

    Expected = RTLP_NODE_KEY(Root);
    Node = RtlSubtreeSuccessor(Root);
    ok(Node != NULL && RTLP_NODE_KEY(Node) == Expected + 2, "the root's subtree successor has the next key");
    Node = RtlSubtreePredecessor(Root);
    ok(Node != NULL && RTLP_NODE_KEY(Node) == Expected - 2, "the root's subtree predecessor has the previous key");
    ok_eq_pointer(RtlSubtreeSuccessor(RtlpNodeByKey(RTLP_TEST_NODES * 2 - 1)), NULL);
    ok_eq_pointer(RtlSubtreePredecessor(RtlpNodeByKey(1)), NULL);
    ok_eq_pointer(RtlRealSuccessor(RtlpNodeByKey(RTLP_TEST_NODES * 2 - 1)), NULL);
    ok_eq_pointer(RtlRealPredecessor(RtlpNodeByKey(1)), NULL);

    //
    // Splaying makes the node the root and keeps the order, for every node in turn.
    //

    OldRoot = Root;
    Root = RtlSplay(RtlpNodeByKey(33));
    ok_eq_pointer(Root, RtlpNodeByKey(33));
    ok_eq_bool(RtlIsRoot(Root), TRUE);
    ok(OldRoot == Root || !RtlIsRoot(OldRoot), "the old root is no longer the root");
    ok(RtlpCheckSplayTree(Root, RTLP_TEST_NODES), "the splayed tree is still a search tree");

    RtlpShuffle(11, RTLP_TEST_NODES);
    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_NODES; Index += 1) {
        Node = RtlpNodeByKey(RtlpOrder[Index] * 2 + 1);
        Root = RtlSplay(Node);
        if (Root != Node || !RtlpCheckSplayTree(Root, RTLP_TEST_NODES)) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);

    //
    // Deleting without splaying: a leaf leaves the root alone; the root with two children gives way to
    // another node.
    //

    Root = RtlSplay(RtlpNodeByKey(33));
    Node = Root;
    while (RtlLeftChild(Node) != NULL || RtlRightChild(Node) != NULL) {
        Node = (RtlLeftChild(Node) != NULL) ? RtlLeftChild(Node) : RtlRightChild(Node);
    }
    Expected = RTLP_NODE_KEY(Node);
    RtlDeleteNoSplay(Node, &Root);
    ok_eq_pointer(Root, RtlpNodeByKey(33));
    ok(RtlpCheckSplayTree(Root, RTLP_TEST_NODES - 1), "a leaf deleted without splaying");

    ok(RtlLeftChild(Root) != NULL && RtlRightChild(Root) != NULL, "the root has two children");
    RtlDeleteNoSplay(RtlpNodeByKey(33), &Root);
    ok(Root != RtlpNodeByKey(33) && Root != NULL, "deleting the root names a new root");
    ok(RtlpCheckSplayTree(Root, RTLP_TEST_NODES - 2), "the root deleted without splaying");
    Node = RtlpNodeByKey(31);
    if (Expected == 31) {
        Node = RtlpNodeByKey(29);
    }
    Node = RtlRealSuccessor(Node);
    ok(Node != NULL && RTLP_NODE_KEY(Node) == ((Expected == 35) ? 37 : 35), "the walk steps over the deleted key");

    //
    // RtlDelete returns the new root; deleting every node in a pseudo-random order empties the tree.
    //

    RtlpShuffle(13, RTLP_TEST_NODES);
    Count = RTLP_TEST_NODES - 2;
    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_NODES; Index += 1) {
        Node = RtlpNodeByKey(RtlpOrder[Index] * 2 + 1);
        if (RTLP_NODE_KEY(Node) == 33 || RTLP_NODE_KEY(Node) == Expected) {
            continue;
        }
        Root = RtlDelete(Node);
        Count -= 1;
        if (!RtlpCheckSplayTree(Root, Count)) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_pointer(Root, NULL);
}

//
// Table routines shared by both kinds of table: the counts live behind TableContext.
//

static
RTL_GENERIC_COMPARE_RESULTS
RtlpCompareElements (
    IN PVOID FirstStruct,
    IN PVOID SecondStruct
    )
{
    PRTLP_TEST_ELEMENT First;
    PRTLP_TEST_ELEMENT Second;
    ULONG FirstKey;
    ULONG SecondKey;

    First = (PRTLP_TEST_ELEMENT)FirstStruct;
    Second = (PRTLP_TEST_ELEMENT)SecondStruct;
    FirstKey = First->Key;
    SecondKey = Second->Key;
    if (First->MatchDecade) {
        FirstKey /= 10;
        SecondKey /= 10;
    }
    if (FirstKey < SecondKey) {
        return GenericLessThan;
    }
    return (FirstKey > SecondKey) ? GenericGreaterThan : GenericEqual;
}

static
PVOID
RtlpAllocateElement (
    IN PRTLP_TABLE_COUNTS Counts,
    IN CLONG ByteSize
    )
{
    PVOID Block;

    if (Counts->FailAllocations) {
        return NULL;
    }
    if (ByteSize != Counts->ExpectedSize) {
        Counts->WrongSizes += 1;
    }
    Block = ExAllocatePoolWithTag(NonPagedPool, ByteSize, RTLP_TEST_TAG);
    if (Block != NULL) {
        Counts->Allocations += 1;
        Counts->AllocatedSum += (ULONG)(ULONG_PTR)Block;
        Counts->LastBlock = Block;
    }
    return Block;
}

static
VOID
RtlpFreeElement (
    IN PRTLP_TABLE_COUNTS Counts,
    IN PVOID Buffer
    )
{
    Counts->Frees += 1;
    Counts->FreedSum += (ULONG)(ULONG_PTR)Buffer;
    ExFreePoolWithTag(Buffer, RTLP_TEST_TAG);
}

static
RTL_GENERIC_COMPARE_RESULTS
NTAPI
RtlpGenericCompare (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID FirstStruct,
    IN PVOID SecondStruct
    )
{
    UNREFERENCED_PARAMETER(Table);
    return RtlpCompareElements(FirstStruct, SecondStruct);
}

static
PVOID
NTAPI
RtlpGenericAllocate (
    IN PRTL_GENERIC_TABLE Table,
    IN CLONG ByteSize
    )
{
    return RtlpAllocateElement((PRTLP_TABLE_COUNTS)Table->TableContext, ByteSize);
}

static
VOID
NTAPI
RtlpGenericFree (
    IN PRTL_GENERIC_TABLE Table,
    IN PVOID Buffer
    )
{
    RtlpFreeElement((PRTLP_TABLE_COUNTS)Table->TableContext, Buffer);
}

static
RTL_GENERIC_COMPARE_RESULTS
NTAPI
RtlpAvlCompare (
    IN PRTL_AVL_TABLE Table,
    IN PVOID FirstStruct,
    IN PVOID SecondStruct
    )
{
    UNREFERENCED_PARAMETER(Table);
    return RtlpCompareElements(FirstStruct, SecondStruct);
}

static
PVOID
NTAPI
RtlpAvlAllocate (
    IN PRTL_AVL_TABLE Table,
    IN CLONG ByteSize
    )
{
    return RtlpAllocateElement((PRTLP_TABLE_COUNTS)Table->TableContext, ByteSize);
}

static
VOID
NTAPI
RtlpAvlFree (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer
    )
{
    RtlpFreeElement((PRTLP_TABLE_COUNTS)Table->TableContext, Buffer);
}

static
VOID
RtlpMakeElement (
    OUT PRTLP_TEST_ELEMENT Element,
    IN ULONG Key
    )
{
    Element->Key = Key;
    Element->Value = Key * 7 + 3;
    Element->MatchDecade = FALSE;
}

//
// Generic (splay) tables.
//

#define RTLP_GENERIC_LINKS(Data) ((PRTL_SPLAY_LINKS)((PCHAR)(Data) - RTLP_GENERIC_HEADER))

static
ULONG
RtlpCheckGenericOrder (
    IN PRTL_GENERIC_TABLE Table,
    IN BOOLEAN Splaying,
    OUT PULONG Count
    )

/*++

Routine Description:

    Enumerates a table, splaying or not, and counts the elements out of order (keys must increase).

--*/

{
    PRTLP_TEST_ELEMENT Element;
    PVOID RestartKey;
    ULONG Previous;
    ULONG Failures;

    *Count = 0;
    Failures = 0;
    Previous = 0;
    RestartKey = NULL;
    for (;;) {
        if (Splaying) {
            Element = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTable(Table, (BOOLEAN)(*Count == 0));
        } else {
            Element = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableWithoutSplaying(Table, &RestartKey);
        }
        if (Element == NULL) {
            break;
        }
        if (Element->Key <= Previous) {
            Failures += 1;
        }
        Previous = Element->Key;
        *Count += 1;
    }
    return Failures;
}

static
ULONG
RtlpRecordSplayShape (
    IN PRTL_GENERIC_TABLE Table
    )

/*++

Routine Description:

    Records the tree's shape (the root, then each element's parent in key order, found by a walk of the
    links themselves) in RtlpShape and returns the number of elements.

--*/

{
    PRTL_SPLAY_LINKS Node;
    ULONG Count;

    RtlpShape[0] = Table->TableRoot;
    Count = 0;
    Node = Table->TableRoot;
    if (Node == NULL) {
        return 0;
    }
    while (Node->LeftChild != NULL) {
        Node = Node->LeftChild;
    }
    while (Node != NULL && Count < RTLP_TEST_KEYS) {
        Count += 1;
        RtlpShape[Count] = Node->Parent;
        Node = RtlRealSuccessor(Node);
    }
    return Count;
}

static
ULONG
RtlpCompareSplayShape (
    IN PRTL_GENERIC_TABLE Table,
    IN ULONG Count
    )
{
    PRTL_SPLAY_LINKS Node;
    ULONG Index;
    ULONG Differences;

    Differences = (RtlpShape[0] == Table->TableRoot) ? 0 : 1;
    Node = Table->TableRoot;
    if (Node == NULL) {
        return Differences + Count;
    }
    while (Node->LeftChild != NULL) {
        Node = Node->LeftChild;
    }
    for (Index = 1; Index <= Count; Index += 1) {
        if (Node == NULL) {
            return Differences + Count - Index + 1;
        }
        if (RtlpShape[Index] != Node->Parent) {
            Differences += 1;
        }
        Node = RtlRealSuccessor(Node);
    }
    return Differences;
}

static
VOID
RtlpTestGenericEmpty (
    IN PRTL_GENERIC_TABLE Table
    )
{
    RTLP_TEST_ELEMENT Element;
    PVOID RestartKey;

    RtlpMakeElement(&Element, 5);
    RestartKey = NULL;
    ok_eq_bool(RtlIsGenericTableEmpty(Table), TRUE);
    ok_eq_ulong(RtlNumberGenericTableElements(Table), 0);
    ok_eq_pointer(RtlLookupElementGenericTable(Table, &Element), NULL);
    ok_eq_bool(RtlDeleteElementGenericTable(Table, &Element), FALSE);
    ok_eq_pointer(RtlEnumerateGenericTable(Table, TRUE), NULL);
    ok_eq_pointer(RtlEnumerateGenericTableWithoutSplaying(Table, &RestartKey), NULL);
    ok_eq_pointer(RtlGetElementGenericTable(Table, 0), NULL);
}

START_TEST(RtlGenericTable)
{
    RTL_GENERIC_TABLE Table;
    RTLP_TABLE_COUNTS Counts;
    RTLP_TEST_ELEMENT Element;
    PRTLP_TEST_ELEMENT Found;
    PRTLP_TEST_ELEMENT Other;
    PVOID NodeOrParent;
    TABLE_SEARCH_RESULT SearchResult;
    BOOLEAN NewElement;
    ULONG Index;
    ULONG Key;
    ULONG Count;
    ULONG Failures;
    ULONG RootFailures;
    ULONG Remaining;

    RtlZeroMemory(&Counts, sizeof(Counts));
    Counts.ExpectedSize = sizeof(RTLP_TEST_ELEMENT) + RTLP_GENERIC_HEADER;
    RtlInitializeGenericTable(&Table, RtlpGenericCompare, RtlpGenericAllocate, RtlpGenericFree, &Counts);
    ok_eq_pointer(Table.TableContext, &Counts);
    RtlpTestGenericEmpty(&Table);

    //
    // A few hundred odd keys in a pseudo-random order: each is new, copied into an allocation of the
    // documented size just after the header, and splayed to the root.
    //

    RtlpShuffle(1, RTLP_TEST_KEYS);
    Failures = 0;
    RootFailures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        RtlpMakeElement(&Element, RtlpOrder[Index] * 2 + 1);
        NewElement = FALSE;
        Found = (PRTLP_TEST_ELEMENT)RtlInsertElementGenericTable(&Table, &Element, sizeof(Element), &NewElement);
        if (Found == NULL || !NewElement || Found == &Element || Found->Key != Element.Key ||
            Found->Value != Element.Value || (PCHAR)Found != (PCHAR)Counts.LastBlock + RTLP_GENERIC_HEADER) {
            Failures += 1;
        } else if (Table.TableRoot != RTLP_GENERIC_LINKS(Found)) {
            RootFailures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_ulong(RootFailures, 0);
    ok_eq_ulong(Counts.Allocations, RTLP_TEST_KEYS);
    ok_eq_ulong(Counts.WrongSizes, 0);
    ok_eq_ulong(Counts.Frees, 0);
    ok_eq_ulong(RtlNumberGenericTableElements(&Table), RTLP_TEST_KEYS);
    ok_eq_bool(RtlIsGenericTableEmpty(&Table), FALSE);

    //
    // A duplicate is not inserted: the existing element comes back unchanged, nothing is allocated.
    //

    RtlpMakeElement(&Element, 41);
    Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTable(&Table, &Element);
    Element.Value = 0xDEAD;
    NewElement = TRUE;
    Other = (PRTLP_TEST_ELEMENT)RtlInsertElementGenericTable(&Table, &Element, sizeof(Element), &NewElement);
    ok_eq_bool(NewElement, FALSE);
    ok_eq_pointer(Other, Found);
    ok(Other != NULL && Other->Value == 41 * 7 + 3, "the existing element keeps its data");
    ok_eq_ulong(Counts.Allocations, RTLP_TEST_KEYS);
    ok_eq_ulong(RtlNumberGenericTableElements(&Table), RTLP_TEST_KEYS);

    //
    // Lookups: every odd key hits (and is splayed to the root), every even key misses.
    //

    Failures = 0;
    RootFailures = 0;
    for (Key = 0; Key <= RTLP_TEST_KEYS * 2; Key += 1) {
        RtlpMakeElement(&Element, Key);
        Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTable(&Table, &Element);
        if ((Key & 1) == 0) {
            Failures += (Found != NULL) ? 1 : 0;
        } else if (Found == NULL || Found->Key != Key) {
            Failures += 1;
        } else if (Table.TableRoot != RTLP_GENERIC_LINKS(Found)) {
            RootFailures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_ulong(RootFailures, 0);

    //
    // Enumeration is in key order, whichever way; without splaying the tree keeps its shape, while
    // RtlEnumerateGenericTable leaves the last element it returned at the root.
    //

    Count = RtlpRecordSplayShape(&Table);
    ok_eq_ulong(Count, RTLP_TEST_KEYS);
    ok_eq_ulong(RtlpCheckGenericOrder(&Table, FALSE, &Count), 0);
    ok_eq_ulong(Count, RTLP_TEST_KEYS);
    ok_eq_ulong(RtlpCompareSplayShape(&Table, RTLP_TEST_KEYS), 0);

    ok_eq_ulong(RtlpCheckGenericOrder(&Table, TRUE, &Count), 0);
    ok_eq_ulong(Count, RTLP_TEST_KEYS);
    Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTable(&Table, TRUE);
    ok(Found != NULL && Found->Key == 1, "a restarted enumeration begins with the smallest key");
    ok(Found != NULL && Table.TableRoot == RTLP_GENERIC_LINKS(Found), "the element enumerated is the root");
    Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTable(&Table, FALSE);
    ok(Found != NULL && Found->Key == 3, "the next call continues with the next key");

    //
    // By index: the elements in the order they were inserted, from any starting point.
    //

    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        Found = (PRTLP_TEST_ELEMENT)RtlGetElementGenericTable(&Table, Index);
        if (Found == NULL || Found->Key != RtlpOrder[Index] * 2 + 1) {
            Failures += 1;
        }
    }
    for (Index = RTLP_TEST_KEYS; Index > 0; Index -= 7) {
        Found = (PRTLP_TEST_ELEMENT)RtlGetElementGenericTable(&Table, Index - 1);
        if (Found == NULL || Found->Key != RtlpOrder[Index - 1] * 2 + 1) {
            Failures += 1;
        }
        if (Index <= 7) {
            break;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_pointer(RtlGetElementGenericTable(&Table, RTLP_TEST_KEYS), NULL);

    //
    // Deleting the elements inserted at even positions: each once, then never again; their blocks go
    // to the free routine; the others keep their place in key order and move down in insertion order.
    //

    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 2) {
        RtlpMakeElement(&Element, RtlpOrder[Index] * 2 + 1);
        if (!RtlDeleteElementGenericTable(&Table, &Element)) {
            Failures += 1;
        }
        if (RtlDeleteElementGenericTable(&Table, &Element)) {
            Failures += 1;
        }
    }
    Remaining = RTLP_TEST_KEYS / 2;
    ok_eq_ulong(Failures, 0);
    ok_eq_ulong(Counts.Frees, Remaining);
    ok_eq_ulong(RtlNumberGenericTableElements(&Table), Remaining);
    RtlpMakeElement(&Element, 600);
    ok_eq_bool(RtlDeleteElementGenericTable(&Table, &Element), FALSE);

    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        RtlpMakeElement(&Element, RtlpOrder[Index] * 2 + 1);
        Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTable(&Table, &Element);
        if ((Index & 1) == 0 ? (Found != NULL) : (Found == NULL || Found->Key != Element.Key)) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_ulong(RtlpCheckGenericOrder(&Table, FALSE, &Count), 0);
    ok_eq_ulong(Count, Remaining);

    Failures = 0;
    for (Index = 0; Index < Remaining; Index += 1) {
        Found = (PRTLP_TEST_ELEMENT)RtlGetElementGenericTable(&Table, Index);
        if (Found == NULL || Found->Key != RtlpOrder[Index * 2 + 1] * 2 + 1) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);

    //
    // The Full forms: a lookup says where a key belongs, and the insert puts it there.
    //

    RtlpMakeElement(&Element, 1000);
    NodeOrParent = NULL;
    Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTableFull(&Table, &Element, &NodeOrParent, &SearchResult);
    ok_eq_pointer(Found, NULL);
    ok_eq_ulong(SearchResult, TableInsertAsRight);
    Found = (PRTLP_TEST_ELEMENT)RtlInsertElementGenericTableFull(&Table, &Element, sizeof(Element), &NewElement,
                                                                 NodeOrParent, SearchResult);
    ok(Found != NULL && NewElement && Found->Key == 1000, "the Full insert adds the element");
    ok_eq_pointer(RtlLookupElementGenericTable(&Table, &Element), Found);
    Other = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTableFull(&Table, &Element, &NodeOrParent, &SearchResult);
    ok_eq_pointer(Other, Found);
    ok_eq_ulong(SearchResult, TableFoundNode);

    //
    // An allocation failure inserts nothing.
    //

    Counts.FailAllocations = TRUE;
    RtlpMakeElement(&Element, 2000);
    NewElement = TRUE;
    ok_eq_pointer(RtlInsertElementGenericTable(&Table, &Element, sizeof(Element), &NewElement), NULL);
    ok_eq_bool(NewElement, FALSE);
    ok_eq_ulong(RtlNumberGenericTableElements(&Table), Remaining + 1);
    Counts.FailAllocations = FALSE;

    //
    // Emptying the table frees exactly the blocks that were allocated.
    //

    while ((Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTable(&Table, TRUE)) != NULL) {
        Element = *Found;
        if (!RtlDeleteElementGenericTable(&Table, &Element)) {
            break;
        }
    }
    ok_eq_ulong(Counts.Frees, Counts.Allocations);
    ok_eq_hex(Counts.FreedSum, Counts.AllocatedSum);
    RtlpTestGenericEmpty(&Table);
}

//
// AVL tables.
//

#define RTLP_AVL_LINKS(Data) ((PRTL_BALANCED_LINKS)((PCHAR)(Data) - RTLP_AVL_HEADER))

static
LONG
RtlpAvlHeight (
    IN PRTL_BALANCED_LINKS Links,
    IN OUT PULONG Failures
    )

/*++

Routine Description:

    Returns a subtree's height (0 for none) and counts its nodes that break the AVL rules: a child not
    naming its parent, subtree heights two or more apart, or a Balance other than right minus left.

--*/

{
    LONG Left;
    LONG Right;

    if (Links == NULL) {
        return 0;
    }
    if ((Links->LeftChild != NULL && Links->LeftChild->Parent != Links) ||
        (Links->RightChild != NULL && Links->RightChild->Parent != Links)) {
        *Failures += 1;
    }
    Left = RtlpAvlHeight(Links->LeftChild, Failures);
    Right = RtlpAvlHeight(Links->RightChild, Failures);
    if (Right - Left > 1 || Left - Right > 1 || Links->Balance != (CHAR)(Right - Left)) {
        *Failures += 1;
    }
    return 1 + ((Left > Right) ? Left : Right);
}

static
ULONG
RtlpLog2Fixed (
    IN ULONG Value
    )

/*++

Routine Description:

    Returns log2(Value) in 16.16 fixed point (Value at least 1): the integer part from the highest set
    bit, the fraction bit by bit by squaring the mantissa (a 2.30 fixed-point number in [1, 2)).

--*/

{
    ULONG Result;
    ULONG Bit;
    ULONGLONG Mantissa;

    Result = 0;
    while ((Value >> (Result + 1)) != 0) {
        Result += 1;
    }
    Mantissa = ((ULONGLONG)Value << 30) >> Result;
    Result <<= 16;
    for (Bit = 0x8000; Bit != 0; Bit >>= 1) {
        Mantissa = (Mantissa * Mantissa) >> 30;
        if (Mantissa >= ((ULONGLONG)2 << 30)) {
            Mantissa >>= 1;
            Result |= Bit;
        }
    }
    return Result;
}

static
VOID
RtlpCheckAvlShape (
    IN PRTL_AVL_TABLE Table,
    IN ULONG Count
    )

/*++

Routine Description:

    Checks the tree behind an AVL table: the sentinel's right child is a root whose parent is the
    sentinel, every node keeps the AVL rules, and the height is within 1.44 log2(n + 2).

--*/

{
    PRTL_BALANCED_LINKS Root;
    ULONG Failures;
    LONG Height;

    Root = Table->BalancedRoot.RightChild;
    ok(Root == NULL || Root->Parent == &Table->BalancedRoot, "the root's parent is the sentinel");
    Failures = 0;
    Height = RtlpAvlHeight(Root, &Failures);
    ok(Failures == 0, "%lu nodes break the AVL rules among %lu", Failures, Count);
    ok((ULONG)Height * 100 * 65536 <= 144 * RtlpLog2Fixed(Count + 2),
       "height %ld of %lu nodes is within 1.44 log2(n + 2)", Height, Count);
}

static
ULONG
RtlpCheckAvlOrder (
    IN PRTL_AVL_TABLE Table,
    IN BOOLEAN UseRestartKey,
    OUT PULONG Count
    )
{
    PRTLP_TEST_ELEMENT Element;
    PVOID RestartKey;
    ULONG Previous;
    ULONG Failures;

    *Count = 0;
    Failures = 0;
    Previous = 0;
    RestartKey = NULL;
    for (;;) {
        if (UseRestartKey) {
            Element = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableWithoutSplayingAvl(Table, &RestartKey);
        } else {
            Element = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableAvl(Table, (BOOLEAN)(*Count == 0));
        }
        if (Element == NULL) {
            break;
        }
        if (Element->Key <= Previous) {
            Failures += 1;
        }
        Previous = Element->Key;
        *Count += 1;
    }
    return Failures;
}

START_TEST(RtlAvlTable)
{
    RTL_AVL_TABLE Table;
    RTLP_TABLE_COUNTS Counts;
    RTLP_TEST_ELEMENT Element;
    PRTLP_TEST_ELEMENT Found;
    PRTLP_TEST_ELEMENT Other;
    PVOID RestartKey;
    PVOID NodeOrParent;
    TABLE_SEARCH_RESULT SearchResult;
    BOOLEAN NewElement;
    ULONG Index;
    ULONG Key;
    ULONG Count;
    ULONG Failures;
    ULONG Remaining;

    RtlZeroMemory(&Counts, sizeof(Counts));
    Counts.ExpectedSize = sizeof(RTLP_TEST_ELEMENT) + RTLP_AVL_HEADER;
    RtlInitializeGenericTableAvl(&Table, RtlpAvlCompare, RtlpAvlAllocate, RtlpAvlFree, &Counts);
    RtlpMakeElement(&Element, 5);
    RestartKey = NULL;
    NodeOrParent = &Table;
    ok_eq_bool(RtlIsGenericTableEmptyAvl(&Table), TRUE);
    ok_eq_ulong(RtlNumberGenericTableElementsAvl(&Table), 0);
    ok_eq_pointer(RtlLookupElementGenericTableAvl(&Table, &Element), NULL);
    ok_eq_pointer(RtlLookupElementGenericTableFullAvl(&Table, &Element, &NodeOrParent, &SearchResult), NULL);
    ok_eq_ulong(SearchResult, TableEmptyTree);
    ok_eq_pointer(NodeOrParent, &Table);
    ok_eq_bool(RtlDeleteElementGenericTableAvl(&Table, &Element), FALSE);
    ok_eq_pointer(RtlEnumerateGenericTableAvl(&Table, TRUE), NULL);
    ok_eq_pointer(RtlEnumerateGenericTableWithoutSplayingAvl(&Table, &RestartKey), NULL);
    ok_eq_pointer(RtlGetElementGenericTableAvl(&Table, 0), NULL);

    //
    // Ascending keys, which would make an unbalanced tree a list, stay within the AVL bound at every
    // size (checked at a few).
    //

    Failures = 0;
    for (Key = 1; Key <= 127; Key += 1) {
        RtlpMakeElement(&Element, Key);
        if (RtlInsertElementGenericTableAvl(&Table, &Element, sizeof(Element), NULL) == NULL) {
            Failures += 1;
        }
        if (Key == 2 || Key == 31 || Key == 127) {
            RtlpCheckAvlShape(&Table, Key);
        }
    }
    ok_eq_ulong(Failures, 0);
    for (Key = 127; Key >= 1; Key -= 1) {
        RtlpMakeElement(&Element, Key);
        if (!RtlDeleteElementGenericTableAvl(&Table, &Element)) {
            Failures += 1;
        }
        if (Key == 64) {
            RtlpCheckAvlShape(&Table, Key - 1);
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_bool(RtlIsGenericTableEmptyAvl(&Table), TRUE);
    ok_eq_ulong(Counts.Frees, 127);
    ok_eq_ulong(Table.DeleteCount, 127);

    //
    // A few hundred odd keys in a pseudo-random order.
    //

    RtlZeroMemory(&Counts, sizeof(Counts));
    Counts.ExpectedSize = sizeof(RTLP_TEST_ELEMENT) + RTLP_AVL_HEADER;
    RtlpShuffle(3, RTLP_TEST_KEYS);
    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        RtlpMakeElement(&Element, RtlpOrder[Index] * 2 + 1);
        NewElement = FALSE;
        Found = (PRTLP_TEST_ELEMENT)RtlInsertElementGenericTableAvl(&Table, &Element, sizeof(Element), &NewElement);
        if (Found == NULL || !NewElement || Found->Key != Element.Key || Found->Value != Element.Value ||
            (PCHAR)Found != (PCHAR)Counts.LastBlock + RTLP_AVL_HEADER) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_ulong(Counts.Allocations, RTLP_TEST_KEYS);
    ok_eq_ulong(Counts.WrongSizes, 0);
    ok_eq_ulong(RtlNumberGenericTableElementsAvl(&Table), RTLP_TEST_KEYS);
    RtlpCheckAvlShape(&Table, RTLP_TEST_KEYS);

    RtlpMakeElement(&Element, 41);
    Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTableAvl(&Table, &Element);
    Element.Value = 0xDEAD;
    NewElement = TRUE;
    Other = (PRTLP_TEST_ELEMENT)RtlInsertElementGenericTableAvl(&Table, &Element, sizeof(Element), &NewElement);
    ok_eq_bool(NewElement, FALSE);
    ok(Other != NULL && Other == Found && Other->Value == 41 * 7 + 3, "a duplicate returns the existing element");
    ok_eq_ulong(Counts.Allocations, RTLP_TEST_KEYS);

    Failures = 0;
    for (Key = 0; Key <= RTLP_TEST_KEYS * 2; Key += 1) {
        RtlpMakeElement(&Element, Key);
        Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTableAvl(&Table, &Element);
        if ((Key & 1) == 0 ? (Found != NULL) : (Found == NULL || Found->Key != Key)) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);

    //
    // Enumeration in key order both ways; it leaves the tree's shape alone (each node's parent,
    // compared before and after).
    //

    Count = 0;
    RestartKey = NULL;
    while ((Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableWithoutSplayingAvl(&Table, &RestartKey)) != NULL &&
           Count < RTLP_TEST_KEYS) {
        RtlpShape[Count] = RTLP_AVL_LINKS(Found)->Parent;
        Count += 1;
    }
    ok_eq_ulong(RtlpCheckAvlOrder(&Table, TRUE, &Count), 0);
    ok_eq_ulong(Count, RTLP_TEST_KEYS);
    ok_eq_ulong(RtlpCheckAvlOrder(&Table, FALSE, &Count), 0);
    ok_eq_ulong(Count, RTLP_TEST_KEYS);
    Failures = 0;
    Count = 0;
    RestartKey = NULL;
    while ((Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableWithoutSplayingAvl(&Table, &RestartKey)) != NULL &&
           Count < RTLP_TEST_KEYS) {
        if (RtlpShape[Count] != RTLP_AVL_LINKS(Found)->Parent) {
            Failures += 1;
        }
        Count += 1;
    }
    ok_eq_ulong(Failures, 0);
    Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableAvl(&Table, TRUE);
    ok(Found != NULL && Found->Key == 1, "a restarted enumeration begins with the smallest key");

    //
    // By index: key order, forwards, backwards and jumping.
    //

    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        Found = (PRTLP_TEST_ELEMENT)RtlGetElementGenericTableAvl(&Table, Index);
        if (Found == NULL || Found->Key != Index * 2 + 1) {
            Failures += 1;
        }
    }
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        Key = RtlpOrder[Index];
        Found = (PRTLP_TEST_ELEMENT)RtlGetElementGenericTableAvl(&Table, Key);
        if (Found == NULL || Found->Key != Key * 2 + 1) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    ok_eq_pointer(RtlGetElementGenericTableAvl(&Table, RTLP_TEST_KEYS), NULL);

    //
    // The first of several equal elements (a compare by decade) and the enumeration that continues
    // after it.
    //

    RtlpMakeElement(&Element, 234);
    Element.MatchDecade = TRUE;
    RestartKey = NULL;
    Found = (PRTLP_TEST_ELEMENT)RtlLookupFirstMatchingElementGenericTableAvl(&Table, &Element, &RestartKey);
    ok(Found != NULL && Found->Key == 231, "the first match of decade 23 is 231");
    ok(RestartKey != NULL, "a match gives a restart key");
    Failures = 0;
    for (Key = 233; Key <= 241; Key += 2) {
        Found = (PRTLP_TEST_ELEMENT)RtlEnumerateGenericTableWithoutSplayingAvl(&Table, &RestartKey);
        if (Found == NULL || Found->Key != Key) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);
    RtlpMakeElement(&Element, 7000);
    Element.MatchDecade = TRUE;
    ok_eq_pointer(RtlLookupFirstMatchingElementGenericTableAvl(&Table, &Element, &RestartKey), NULL);
    ok_eq_pointer(RestartKey, NULL);

    //
    // Deleting every other key in a pseudo-random order keeps the tree balanced and in order.
    //

    Failures = 0;
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        if ((RtlpOrder[Index] & 1) != 0) {
            continue;
        }
        RtlpMakeElement(&Element, RtlpOrder[Index] * 2 + 1);
        if (!RtlDeleteElementGenericTableAvl(&Table, &Element) || RtlDeleteElementGenericTableAvl(&Table, &Element)) {
            Failures += 1;
        }
    }
    Remaining = RTLP_TEST_KEYS / 2;
    ok_eq_ulong(Failures, 0);
    ok_eq_ulong(Counts.Frees, Remaining);
    ok_eq_ulong(RtlNumberGenericTableElementsAvl(&Table), Remaining);
    RtlpCheckAvlShape(&Table, Remaining);
    ok_eq_ulong(RtlpCheckAvlOrder(&Table, TRUE, &Count), 0);
    ok_eq_ulong(Count, Remaining);

    Failures = 0;
    for (Index = 0; Index < Remaining; Index += 1) {
        Found = (PRTLP_TEST_ELEMENT)RtlGetElementGenericTableAvl(&Table, Index);
        if (Found == NULL || Found->Key != Index * 4 + 3) {
            Failures += 1;
        }
    }
    ok_eq_ulong(Failures, 0);

    //
    // The Full forms.
    //

    RtlpMakeElement(&Element, 5);
    Found = (PRTLP_TEST_ELEMENT)RtlLookupElementGenericTableFullAvl(&Table, &Element, &NodeOrParent, &SearchResult);
    ok_eq_pointer(Found, NULL);
    ok(SearchResult == TableInsertAsLeft || SearchResult == TableInsertAsRight, "a miss says where to insert");
    Found = (PRTLP_TEST_ELEMENT)RtlInsertElementGenericTableFullAvl(&Table, &Element, sizeof(Element), &NewElement,
                                                                    NodeOrParent, SearchResult);
    ok(Found != NULL && NewElement && Found->Key == 5, "the Full insert adds the element");
    ok_eq_pointer(RtlGetElementGenericTableAvl(&Table, 1), Found);
    RtlpCheckAvlShape(&Table, Remaining + 1);

    //
    // Emptying the table in a pseudo-random order frees exactly what was allocated.
    //

    RtlpShuffle(5, RTLP_TEST_KEYS);
    for (Index = 0; Index < RTLP_TEST_KEYS; Index += 1) {
        RtlpMakeElement(&Element, RtlpOrder[Index] * 2 + 1);
        RtlDeleteElementGenericTableAvl(&Table, &Element);
        if (Index == RTLP_TEST_KEYS / 2) {
            RtlpCheckAvlShape(&Table, RtlNumberGenericTableElementsAvl(&Table));
        }
    }
    ok_eq_bool(RtlIsGenericTableEmptyAvl(&Table), TRUE);
    ok_eq_ulong(RtlNumberGenericTableElementsAvl(&Table), 0);
    ok_eq_ulong(Counts.Frees, Counts.Allocations);
    ok_eq_hex(Counts.FreedSum, Counts.AllocatedSum);
    ok_eq_pointer(RtlEnumerateGenericTableAvl(&Table, TRUE), NULL);
}
