/*++

Module Name:

    avltable.c

Abstract:

    AVL tables: the generic table interface (gentable.c) over a height-balanced binary tree, whose two
    subtrees of any node differ in height by at most one, so its height stays below 1.44 log2(n + 2).
    Each element is one block from the caller's allocate routine: RTL_BALANCED_LINKS followed by a copy
    of the caller's data, whose address is what the routines return. A node's Balance is the height of
    its right subtree minus that of its left (-1, 0 or +1). The table's BalancedRoot is a sentinel: its
    RightChild is the tree's root, whose Parent is the sentinel, and the sentinel is its own parent.

    Inserts and deletes retrace the path to the root adjusting balances and rotate where a node's
    balance reaches two. RtlGetElementGenericTableAvl indexes the elements in key order (the header has
    no room for an insertion-order list), remembering the last position (OrderedPointer,
    WhichOrderedElement counting from 1, 0 for none) so that consecutive indexes cost a step each.
    DepthOfTree is not maintained.

    The caller synchronizes access to a table.

Environment:

    Kernel mode; the IRQL the caller's routines and memory allow.

--*/

#include <ntddk.h>

#define RTLP_AVL_DATA(Links) ((PVOID)((PCHAR)(Links) + sizeof(RTL_BALANCED_LINKS)))
#define RTLP_AVL_ROOT(Table) ((Table)->BalancedRoot.RightChild)

//
// Only the sentinel is its own parent.
//

#define RTLP_AVL_IS_SENTINEL(Links) ((Links)->Parent == (Links))

static
PRTL_BALANCED_LINKS
RtlpAvlLeftmost (
    IN PRTL_BALANCED_LINKS Links
    )
{
    while (Links->LeftChild != NULL) {
        Links = Links->LeftChild;
    }
    return Links;
}

static
PRTL_BALANCED_LINKS
RtlpAvlRightmost (
    IN PRTL_BALANCED_LINKS Links
    )
{
    while (Links->RightChild != NULL) {
        Links = Links->RightChild;
    }
    return Links;
}

static
PRTL_BALANCED_LINKS
RtlpAvlSuccessor (
    IN PRTL_BALANCED_LINKS Links
    )

/*++

Routine Description:

    Returns a node's in-order successor, or NULL for the last node.

--*/

{
    PRTL_BALANCED_LINKS Parent;

    if (Links->RightChild != NULL) {
        return RtlpAvlLeftmost(Links->RightChild);
    }
    Parent = Links->Parent;
    while (!RTLP_AVL_IS_SENTINEL(Parent) && Parent->RightChild == Links) {
        Links = Parent;
        Parent = Links->Parent;
    }
    return RTLP_AVL_IS_SENTINEL(Parent) ? NULL : Parent;
}

static
PRTL_BALANCED_LINKS
RtlpAvlPredecessor (
    IN PRTL_BALANCED_LINKS Links
    )

/*++

Routine Description:

    Returns a node's in-order predecessor, or NULL for the first node.

--*/

{
    PRTL_BALANCED_LINKS Parent;

    if (Links->LeftChild != NULL) {
        return RtlpAvlRightmost(Links->LeftChild);
    }
    Parent = Links->Parent;
    while (!RTLP_AVL_IS_SENTINEL(Parent) && Parent->LeftChild == Links) {
        Links = Parent;
        Parent = Links->Parent;
    }
    return RTLP_AVL_IS_SENTINEL(Parent) ? NULL : Parent;
}

static
VOID
RtlpAvlReplaceChild (
    IN PRTL_BALANCED_LINKS Parent,
    IN PRTL_BALANCED_LINKS Old,
    IN PRTL_BALANCED_LINKS New OPTIONAL
    )

/*++

Routine Description:

    Hangs New (with its subtree) where Old hung under Parent. The sentinel's left child is always NULL,
    so the tree's root is found on its right like any right child.

--*/

{
    if (Parent->LeftChild == Old) {
        Parent->LeftChild = New;
    } else {
        Parent->RightChild = New;
    }
    if (New != NULL) {
        New->Parent = Parent;
    }
}

static
VOID
RtlpAvlRotateUp (
    IN PRTL_BALANCED_LINKS Links
    )

/*++

Routine Description:

    Rotates a node above its parent (which is a real node), keeping the in-order sequence. Balances are
    left to the caller.

--*/

{
    PRTL_BALANCED_LINKS Parent;
    PRTL_BALANCED_LINKS Inner;

    Parent = Links->Parent;
    RtlpAvlReplaceChild(Parent->Parent, Parent, Links);
    if (Parent->LeftChild == Links) {
        Inner = Links->RightChild;
        Parent->LeftChild = Inner;
        Links->RightChild = Parent;
    } else {
        Inner = Links->LeftChild;
        Parent->RightChild = Inner;
        Links->LeftChild = Parent;
    }
    if (Inner != NULL) {
        Inner->Parent = Parent;
    }
    Parent->Parent = Links;
}

static
BOOLEAN
RtlpAvlRebalance (
    IN PRTL_BALANCED_LINKS Node
    )

/*++

Routine Description:

    Restores the balance of a node whose balance has reached +2 or -2 by one rotation, or two when its
    taller child leans the other way. The node moves down; its parent afterwards is the subtree's new top.

Arguments:

    Node - Supplies the unbalanced node.

Return Value:

    TRUE if the subtree is now one level lower than before the rotation, FALSE if its height is the same
    (a single rotation over a child of balance 0, which only a deletion produces).

--*/

{
    PRTL_BALANCED_LINKS Child;
    PRTL_BALANCED_LINKS Grandchild;

    if (Node->Balance > 0) {
        Child = Node->RightChild;
        if (Child->Balance >= 0) {
            RtlpAvlRotateUp(Child);
            if (Child->Balance == 0) {
                Node->Balance = 1;
                Child->Balance = -1;
                return FALSE;
            }
            Node->Balance = 0;
            Child->Balance = 0;
            return TRUE;
        }
        Grandchild = Child->LeftChild;
        RtlpAvlRotateUp(Grandchild);
        RtlpAvlRotateUp(Grandchild);
        Node->Balance = (CHAR)((Grandchild->Balance > 0) ? -1 : 0);
        Child->Balance = (CHAR)((Grandchild->Balance < 0) ? 1 : 0);
        Grandchild->Balance = 0;
        return TRUE;
    }

    Child = Node->LeftChild;
    if (Child->Balance <= 0) {
        RtlpAvlRotateUp(Child);
        if (Child->Balance == 0) {
            Node->Balance = -1;
            Child->Balance = 1;
            return FALSE;
        }
        Node->Balance = 0;
        Child->Balance = 0;
        return TRUE;
    }
    Grandchild = Child->RightChild;
    RtlpAvlRotateUp(Grandchild);
    RtlpAvlRotateUp(Grandchild);
    Node->Balance = (CHAR)((Grandchild->Balance < 0) ? 1 : 0);
    Child->Balance = (CHAR)((Grandchild->Balance > 0) ? -1 : 0);
    Grandchild->Balance = 0;
    return TRUE;
}

static
TABLE_SEARCH_RESULT
RtlpAvlFindNode (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer,
    OUT PRTL_BALANCED_LINKS *NodeOrParent
    )

/*++

Routine Description:

    Descends the tree comparing the caller's key (the compare routine's first structure) with each
    element.

Arguments:

    NodeOrParent - Receives the matching node, or the node under which the key belongs; unchanged for an
        empty tree.

Return Value:

    TableEmptyTree, TableFoundNode, or TableInsertAsLeft/TableInsertAsRight for a key not in the table.

--*/

{
    PRTL_BALANCED_LINKS Node;
    PRTL_BALANCED_LINKS Child;
    RTL_GENERIC_COMPARE_RESULTS Result;

    Node = RTLP_AVL_ROOT(Table);
    if (Node == NULL) {
        return TableEmptyTree;
    }
    for (;;) {
        Result = Table->CompareRoutine(Table, Buffer, RTLP_AVL_DATA(Node));
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

VOID
NTAPI
RtlInitializeGenericTableAvl (
    OUT PRTL_AVL_TABLE Table,
    IN PRTL_AVL_COMPARE_ROUTINE CompareRoutine,
    IN PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine,
    IN PRTL_AVL_FREE_ROUTINE FreeRoutine,
    IN PVOID TableContext OPTIONAL
    )

/*++

Routine Description:

    Initializes an empty AVL table.

Arguments:

    Table - Supplies the table header to initialize.

    CompareRoutine - Supplies the routine that orders two elements' data.

    AllocateRoutine - Supplies the routine that allocates an element: the caller's data size plus
        sizeof(RTL_BALANCED_LINKS).

    FreeRoutine - Supplies the routine that frees a block AllocateRoutine returned.

    TableContext - Supplies a value the table keeps for the caller's routines.

Return Value:

    None.

--*/

{
    Table->BalancedRoot.Parent = &Table->BalancedRoot;
    Table->BalancedRoot.LeftChild = NULL;
    Table->BalancedRoot.RightChild = NULL;
    Table->BalancedRoot.Balance = 0;
    Table->OrderedPointer = NULL;
    Table->WhichOrderedElement = 0;
    Table->NumberGenericTableElements = 0;
    Table->DepthOfTree = 0;
    Table->RestartKey = NULL;
    Table->DeleteCount = 0;
    Table->CompareRoutine = CompareRoutine;
    Table->AllocateRoutine = AllocateRoutine;
    Table->FreeRoutine = FreeRoutine;
    Table->TableContext = TableContext;
}

PVOID
NTAPI
RtlInsertElementGenericTableFullAvl (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer,
    IN CLONG BufferSize,
    OUT PBOOLEAN NewElement OPTIONAL,
    IN PVOID NodeOrParent,
    IN TABLE_SEARCH_RESULT SearchResult
    )

/*++

Routine Description:

    Inserts an element where RtlLookupElementGenericTableFullAvl said it belongs, unless the table already
    holds one equal to it, then rebalances: going up from the new node, each ancestor leans one more way;
    the walk stops at an ancestor that became balanced (its height did not change) or that needs a
    rotation (which gives the subtree back its former height).

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
    PRTL_BALANCED_LINKS NewNode;
    PRTL_BALANCED_LINKS Node;
    PRTL_BALANCED_LINKS Parent;

    if (SearchResult == TableFoundNode) {
        if (ARGUMENT_PRESENT(NewElement)) {
            *NewElement = FALSE;
        }
        return RTLP_AVL_DATA(NodeOrParent);
    }

    NewNode = (PRTL_BALANCED_LINKS)Table->AllocateRoutine(Table, BufferSize + sizeof(RTL_BALANCED_LINKS));
    if (NewNode == NULL) {
        if (ARGUMENT_PRESENT(NewElement)) {
            *NewElement = FALSE;
        }
        return NULL;
    }
    RtlCopyMemory(RTLP_AVL_DATA(NewNode), Buffer, BufferSize);
    Node = NewNode;
    Node->LeftChild = NULL;
    Node->RightChild = NULL;
    Node->Balance = 0;

    if (SearchResult == TableEmptyTree) {
        Parent = &Table->BalancedRoot;
        Parent->RightChild = Node;
    } else {
        Parent = (PRTL_BALANCED_LINKS)NodeOrParent;
        if (SearchResult == TableInsertAsLeft) {
            Parent->LeftChild = Node;
        } else {
            Parent->RightChild = Node;
        }
    }
    Node->Parent = Parent;
    Table->NumberGenericTableElements += 1;
    Table->WhichOrderedElement = 0;

    while (!RTLP_AVL_IS_SENTINEL(Parent)) {
        if (Parent->LeftChild == Node) {
            Parent->Balance = (CHAR)(Parent->Balance - 1);
        } else {
            Parent->Balance = (CHAR)(Parent->Balance + 1);
        }
        if (Parent->Balance == 0) {
            break;
        }
        if (Parent->Balance != 1 && Parent->Balance != -1) {
            RtlpAvlRebalance(Parent);
            break;
        }
        Node = Parent;
        Parent = Node->Parent;
    }

    if (ARGUMENT_PRESENT(NewElement)) {
        *NewElement = TRUE;
    }
    return RTLP_AVL_DATA(NewNode);
}

PVOID
NTAPI
RtlInsertElementGenericTableAvl (
    IN PRTL_AVL_TABLE Table,
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
    PRTL_BALANCED_LINKS NodeOrParent;
    TABLE_SEARCH_RESULT SearchResult;

    NodeOrParent = NULL;
    SearchResult = RtlpAvlFindNode(Table, Buffer, &NodeOrParent);
    return RtlInsertElementGenericTableFullAvl(Table, Buffer, BufferSize, NewElement, NodeOrParent, SearchResult);
}

PVOID
NTAPI
RtlLookupElementGenericTableFullAvl (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer,
    OUT PVOID *NodeOrParent,
    OUT TABLE_SEARCH_RESULT *SearchResult
    )

/*++

Routine Description:

    Looks up an element equal to the caller's key and says where such an element would go, for a later
    RtlInsertElementGenericTableFullAvl. NodeOrParent is left unchanged for an empty tree.

Return Value:

    The matching element's data, or NULL.

--*/

{
    PRTL_BALANCED_LINKS Node;

    Node = NULL;
    *SearchResult = RtlpAvlFindNode(Table, Buffer, &Node);
    if (*SearchResult == TableEmptyTree) {
        return NULL;
    }
    *NodeOrParent = Node;
    return (*SearchResult == TableFoundNode) ? RTLP_AVL_DATA(Node) : NULL;
}

PVOID
NTAPI
RtlLookupElementGenericTableAvl (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer
    )

/*++

Routine Description:

    Looks up an element equal to the caller's key; the tree does not change.

Return Value:

    The matching element's data, or NULL.

--*/

{
    PRTL_BALANCED_LINKS Node;

    Node = NULL;
    if (RtlpAvlFindNode(Table, Buffer, &Node) != TableFoundNode) {
        return NULL;
    }
    return RTLP_AVL_DATA(Node);
}

PVOID
NTAPI
RtlLookupFirstMatchingElementGenericTableAvl (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer,
    OUT PVOID *RestartKey
    )

/*++

Routine Description:

    Finds the leftmost element equal to the caller's key, for compare routines under which several
    elements can be equal to one key (names that differ only in case, say). Equal elements are
    contiguous in key order, so the leftmost lies on the path that goes left at every equal node.

Arguments:

    RestartKey - Receives the element's position, from which RtlEnumerateGenericTableWithoutSplayingAvl
        continues with the elements after it; NULL when none matched.

Return Value:

    The element's data, or NULL if none matched.

--*/

{
    PRTL_BALANCED_LINKS Node;
    PRTL_BALANCED_LINKS Match;
    RTL_GENERIC_COMPARE_RESULTS Result;

    Match = NULL;
    Node = RTLP_AVL_ROOT(Table);
    while (Node != NULL) {
        Result = Table->CompareRoutine(Table, Buffer, RTLP_AVL_DATA(Node));
        if (Result == GenericEqual) {
            Match = Node;
            Node = Node->LeftChild;
        } else if (Result == GenericLessThan) {
            Node = Node->LeftChild;
        } else {
            Node = Node->RightChild;
        }
    }
    *RestartKey = Match;
    return (Match == NULL) ? NULL : RTLP_AVL_DATA(Match);
}

BOOLEAN
NTAPI
RtlDeleteElementGenericTableAvl (
    IN PRTL_AVL_TABLE Table,
    IN PVOID Buffer
    )

/*++

Routine Description:

    Deletes the element equal to the caller's key and gives its block to the free routine. A node with
    two children is replaced by its in-order successor. Then, going up from the lowest node whose subtree
    lost a level, each ancestor leans away from the shorter side; the walk stops where the height did not
    change (an ancestor left leaning by one, or a rotation over a balanced child).

Return Value:

    TRUE if an element was deleted, FALSE if none matched.

--*/

{
    PRTL_BALANCED_LINKS Node;
    PRTL_BALANCED_LINKS Successor;
    PRTL_BALANCED_LINKS Parent;
    BOOLEAN LeftShorter;

    Node = NULL;
    if (RtlpAvlFindNode(Table, Buffer, &Node) != TableFoundNode) {
        return FALSE;
    }

    if (Node->LeftChild == NULL || Node->RightChild == NULL) {
        Parent = Node->Parent;
        LeftShorter = (BOOLEAN)(Parent->LeftChild == Node);
        RtlpAvlReplaceChild(Parent, Node, (Node->LeftChild != NULL) ? Node->LeftChild : Node->RightChild);
    } else {
        Successor = RtlpAvlLeftmost(Node->RightChild);
        if (Successor->Parent == Node) {
            Parent = Successor;
            LeftShorter = FALSE;
        } else {
            Parent = Successor->Parent;
            LeftShorter = TRUE;
            RtlpAvlReplaceChild(Parent, Successor, Successor->RightChild);
            Successor->RightChild = Node->RightChild;
            Successor->RightChild->Parent = Successor;
        }
        RtlpAvlReplaceChild(Node->Parent, Node, Successor);
        Successor->LeftChild = Node->LeftChild;
        Successor->LeftChild->Parent = Successor;
        Successor->Balance = Node->Balance;
    }

    while (!RTLP_AVL_IS_SENTINEL(Parent)) {
        if (LeftShorter) {
            Parent->Balance = (CHAR)(Parent->Balance + 1);
        } else {
            Parent->Balance = (CHAR)(Parent->Balance - 1);
        }
        if (Parent->Balance == 1 || Parent->Balance == -1) {
            break;
        }
        if (Parent->Balance != 0) {
            if (!RtlpAvlRebalance(Parent)) {
                break;
            }
            Parent = Parent->Parent;
        }
        LeftShorter = (BOOLEAN)(Parent->Parent->LeftChild == Parent);
        Parent = Parent->Parent;
    }

    Table->NumberGenericTableElements -= 1;
    Table->WhichOrderedElement = 0;
    Table->DeleteCount += 1;
    Table->FreeRoutine(Table, Node);
    return TRUE;
}

PVOID
NTAPI
RtlEnumerateGenericTableWithoutSplayingAvl (
    IN PRTL_AVL_TABLE Table,
    IN OUT PVOID *RestartKey
    )

/*++

Routine Description:

    Enumerates the elements in key order.

Arguments:

    Table - Supplies the table.

    RestartKey - Supplies NULL for the first element, or the value this routine (or
        RtlLookupFirstMatchingElementGenericTableAvl) left there for the next; receives the position of
        the element returned.

Return Value:

    The element's data, or NULL when there are no more.

--*/

{
    PRTL_BALANCED_LINKS Node;

    if (*RestartKey == NULL) {
        Node = RTLP_AVL_ROOT(Table);
        if (Node == NULL) {
            return NULL;
        }
        Node = RtlpAvlLeftmost(Node);
    } else {
        Node = RtlpAvlSuccessor((PRTL_BALANCED_LINKS)*RestartKey);
        if (Node == NULL) {
            return NULL;
        }
    }
    *RestartKey = Node;
    return RTLP_AVL_DATA(Node);
}

PVOID
NTAPI
RtlEnumerateGenericTableAvl (
    IN PRTL_AVL_TABLE Table,
    IN BOOLEAN Restart
    )

/*++

Routine Description:

    Enumerates the elements in key order, keeping the position in the table's RestartKey.

Arguments:

    Restart - Supplies TRUE for the first element, FALSE for the one after the element last returned.

Return Value:

    The element's data, or NULL when there are no more.

--*/

{
    PVOID Key;
    PVOID Data;

    if (Restart) {
        Table->RestartKey = NULL;
    }
    Key = Table->RestartKey;
    Data = RtlEnumerateGenericTableWithoutSplayingAvl(Table, &Key);
    Table->RestartKey = (PRTL_BALANCED_LINKS)Key;
    return Data;
}

PVOID
NTAPI
RtlGetElementGenericTableAvl (
    IN PRTL_AVL_TABLE Table,
    IN ULONG I
    )

/*++

Routine Description:

    Returns the I-th element (from 0) in key order, walking from the first element, the last or the
    remembered position, whichever is nearest.

Return Value:

    The element's data, or NULL if I is not less than the number of elements.

--*/

{
    ULONG Count;
    ULONG Target;
    ULONG Current;
    ULONG Distance;
    PRTL_BALANCED_LINKS Node;

    Count = Table->NumberGenericTableElements;
    if (I >= Count) {
        return NULL;
    }
    Target = I + 1;
    Current = Table->WhichOrderedElement;
    Node = (PRTL_BALANCED_LINKS)Table->OrderedPointer;
    Distance = (Target < Current) ? Current - Target : Target - Current;
    if (Current == 0 || (Target - 1 < Distance) || (Count - Target < Distance)) {
        if (Target - 1 <= Count - Target) {
            Node = RtlpAvlLeftmost(RTLP_AVL_ROOT(Table));
            Current = 1;
        } else {
            Node = RtlpAvlRightmost(RTLP_AVL_ROOT(Table));
            Current = Count;
        }
    }
    while (Current < Target) {
        Node = RtlpAvlSuccessor(Node);
        Current += 1;
    }
    while (Current > Target) {
        Node = RtlpAvlPredecessor(Node);
        Current -= 1;
    }
    Table->OrderedPointer = Node;
    Table->WhichOrderedElement = Current;
    return RTLP_AVL_DATA(Node);
}

ULONG
NTAPI
RtlNumberGenericTableElementsAvl (
    IN PRTL_AVL_TABLE Table
    )
{
    return Table->NumberGenericTableElements;
}

BOOLEAN
NTAPI
RtlIsGenericTableEmptyAvl (
    IN PRTL_AVL_TABLE Table
    )
{
    return (BOOLEAN)(RTLP_AVL_ROOT(Table) == NULL);
}
