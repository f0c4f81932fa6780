/*++

Module Name:

    splay.c

Abstract:

    Splay trees: binary trees of RTL_SPLAY_LINKS kept inside the callers' own structures, the root being
    its own parent. RtlSplay moves a node to the root by rotations (zig, zig-zig, zig-zag), which keeps the
    amortized cost of an access logarithmic; RtlDelete and RtlDeleteNoSplay unlink a node, and the
    successor and predecessor routines walk the tree in order. The links hold no keys: ordering the tree
    is the caller's business (the generic table package, gentable.c, is one such caller).

Environment:

    Kernel mode, any IRQL when the tree is resident.

--*/

#include <ntddk.h>

static
PRTL_SPLAY_LINKS
RtlpSubtreeLeftmost (
    IN PRTL_SPLAY_LINKS Links
    )
{
    while (Links->LeftChild != NULL) {
        Links = Links->LeftChild;
    }
    return Links;
}

static
PRTL_SPLAY_LINKS
RtlpSubtreeRightmost (
    IN PRTL_SPLAY_LINKS Links
    )
{
    while (Links->RightChild != NULL) {
        Links = Links->RightChild;
    }
    return Links;
}

static
VOID
RtlpRotateUp (
    IN PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Rotates a node that is not the root above its parent, keeping the in-order sequence of the tree. The
    node takes its parent's place (becoming the root if the parent was).

Arguments:

    Links - Supplies the node; it must have a parent.

Return Value:

    None.

--*/

{
    PRTL_SPLAY_LINKS Parent;
    PRTL_SPLAY_LINKS Grandparent;
    PRTL_SPLAY_LINKS Inner;

    Parent = Links->Parent;

    //
    // The child on the parent's side moves across to the parent.
    //

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

    if (Parent->Parent == Parent) {
        Links->Parent = Links;
    } else {
        Grandparent = Parent->Parent;
        if (Grandparent->LeftChild == Parent) {
            Grandparent->LeftChild = Links;
        } else {
            Grandparent->RightChild = Links;
        }
        Links->Parent = Grandparent;
    }
    Parent->Parent = Links;
}

PRTL_SPLAY_LINKS
NTAPI
RtlSplay (
    IN OUT PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Splays a node: rotates it up until it is the root of its tree. Two levels at a time, a node on the
    same side as its parent first rotates the parent (zig-zig), one on the other side rotates twice
    itself (zig-zag); a child of the root rotates once (zig).

Arguments:

    Links - Supplies the node.

Return Value:

    The new root of the tree, which is Links.

--*/

{
    PRTL_SPLAY_LINKS Parent;

    while (!RtlIsRoot(Links)) {
        Parent = Links->Parent;
        if (RtlIsRoot(Parent)) {
            RtlpRotateUp(Links);
        } else if (RtlIsLeftChild(Links) == RtlIsLeftChild(Parent)) {
            RtlpRotateUp(Parent);
            RtlpRotateUp(Links);
        } else {
            RtlpRotateUp(Links);
            RtlpRotateUp(Links);
        }
    }
    return Links;
}

static
VOID
RtlpReplaceNode (
    IN PRTL_SPLAY_LINKS Old,
    IN PRTL_SPLAY_LINKS New OPTIONAL,
    IN OUT PRTL_SPLAY_LINKS *Root
    )

/*++

Routine Description:

    Puts New (with its subtree) where Old hangs: as its parent's child, or as the root.

--*/

{
    PRTL_SPLAY_LINKS Parent;

    if (RtlIsRoot(Old)) {
        *Root = New;
        if (New != NULL) {
            New->Parent = New;
        }
        return;
    }
    Parent = Old->Parent;
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
PRTL_SPLAY_LINKS
RtlpUnlinkNode (
    IN PRTL_SPLAY_LINKS Links,
    IN OUT PRTL_SPLAY_LINKS *Root
    )

/*++

Routine Description:

    Removes a node from its tree. A node with two children is replaced by its in-order successor, the
    leftmost node of its right subtree, which has no left child and so leaves its own place easily.

Arguments:

    Links - Supplies the node to remove.

    Root - Supplies the tree's root; receives the new root (NULL when the tree is left empty).

Return Value:

    The lowest node whose subtree changed (the place to splay), or NULL when there is none because the
    removed node was the root with at most one child.

--*/

{
    PRTL_SPLAY_LINKS Changed;
    PRTL_SPLAY_LINKS Successor;

    if (Links->LeftChild == NULL || Links->RightChild == NULL) {
        Changed = RtlIsRoot(Links) ? NULL : Links->Parent;
        RtlpReplaceNode(Links, (Links->LeftChild != NULL) ? Links->LeftChild : Links->RightChild, Root);
        return Changed;
    }

    Successor = RtlpSubtreeLeftmost(Links->RightChild);
    if (Successor->Parent == Links) {
        Changed = Successor;
    } else {

        //
        // The successor's right subtree takes its place, and it adopts the removed node's right subtree.
        //

        Changed = Successor->Parent;
        RtlpReplaceNode(Successor, Successor->RightChild, Root);
        Successor->RightChild = Links->RightChild;
        Successor->RightChild->Parent = Successor;
    }
    RtlpReplaceNode(Links, Successor, Root);
    Successor->LeftChild = Links->LeftChild;
    Successor->LeftChild->Parent = Successor;
    return Changed;
}

PRTL_SPLAY_LINKS
NTAPI
RtlDelete (
    IN PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Deletes a node from its tree and splays the node that took its place's parent (the lowest node whose
    subtree changed) to the root.

Arguments:

    Links - Supplies the node to delete.

Return Value:

    The new root of the tree, or NULL if the tree is now empty.

--*/

{
    PRTL_SPLAY_LINKS Root;
    PRTL_SPLAY_LINKS Changed;

    Root = Links;
    while (!RtlIsRoot(Root)) {
        Root = Root->Parent;
    }
    Changed = RtlpUnlinkNode(Links, &Root);
    if (Changed != NULL) {
        Root = RtlSplay(Changed);
    }
    return Root;
}

VOID
NTAPI
RtlDeleteNoSplay (
    IN PRTL_SPLAY_LINKS Links,
    IN OUT PRTL_SPLAY_LINKS *Root
    )

/*++

Routine Description:

    Deletes a node from its tree without splaying, so the rest of the tree keeps its shape.

Arguments:

    Links - Supplies the node to delete.

    Root - Supplies the tree's root; receives the new root (NULL if the tree is now empty).

Return Value:

    None.

--*/

{
    RtlpUnlinkNode(Links, Root);
}

PRTL_SPLAY_LINKS
NTAPI
RtlSubtreeSuccessor (
    IN PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Returns the in-order successor of a node within its own subtree: the leftmost node of its right
    subtree, or NULL if it has no right child.

--*/

{
    if (Links->RightChild == NULL) {
        return NULL;
    }
    return RtlpSubtreeLeftmost(Links->RightChild);
}

PRTL_SPLAY_LINKS
NTAPI
RtlSubtreePredecessor (
    IN PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Returns the in-order predecessor of a node within its own subtree: the rightmost node of its left
    subtree, or NULL if it has no left child.

--*/

{
    if (Links->LeftChild == NULL) {
        return NULL;
    }
    return RtlpSubtreeRightmost(Links->LeftChild);
}

PRTL_SPLAY_LINKS
NTAPI
RtlRealSuccessor (
    IN PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Returns the in-order successor of a node in the whole tree: in its right subtree if it has one, else
    the first ancestor of which it is in the left subtree.

Return Value:

    The successor, or NULL if the node is the last of the tree.

--*/

{
    if (Links->RightChild != NULL) {
        return RtlpSubtreeLeftmost(Links->RightChild);
    }
    while (!RtlIsRoot(Links) && RtlIsRightChild(Links)) {
        Links = Links->Parent;
    }
    return RtlIsRoot(Links) ? NULL : Links->Parent;
}

PRTL_SPLAY_LINKS
NTAPI
RtlRealPredecessor (
    IN PRTL_SPLAY_LINKS Links
    )

/*++

Routine Description:

    Returns the in-order predecessor of a node in the whole tree: in its left subtree if it has one, else
    the first ancestor of which it is in the right subtree.

Return Value:

    The predecessor, or NULL if the node is the first of the tree.

--*/

{
    if (Links->LeftChild != NULL) {
        return RtlpSubtreeRightmost(Links->LeftChild);
    }
    while (!RtlIsRoot(Links) && RtlIsLeftChild(Links)) {
        Links = Links->Parent;
    }
    return RtlIsRoot(Links) ? NULL : Links->Parent;
}
