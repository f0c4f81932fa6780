/*++

Module Name:

    cmtree.c

Abstract:

    Keys of a hive: a new key node (its name, class, the parent's security cell shared with it) entered in
    its parent's subkey list, and a key node deleted with its values, class and share of the security cell.

--*/

#include "cmp.h"

VOID
CmpTouchKey(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell
    )

/*++

Routine Description:

    A key changed: its last write time is now, and the hive needs flushing.

--*/

{
    LARGE_INTEGER Now;

    KeQuerySystemTime(&Now);
    HvGetKeyNode(Hive, KeyCell)->LastWriteTime = Now;
    HvMarkDirty(Hive);
}

VOID
CmpUpdateMaxima(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell
    )

/*++

Routine Description:

    Recomputes a key's largest subkey name and class lengths and largest value name and data lengths (in
    bytes, names as UTF-16) after its subkeys or values changed.

--*/

{
    PCM_KEY_NODE Node = HvGetKeyNode(Hive, KeyCell);
    ULONG Count = Node->SubKeyCounts[0];
    ULONG Values = Node->ValueCount;
    ULONG MaxName = 0;
    ULONG MaxClass = 0;
    ULONG MaxValueName = 0;
    ULONG MaxValueData = 0;
    PCM_KEY_NODE Child;
    PCM_KEY_VALUE Value;
    ULONG Index;
    ULONG Size;

    for (Index = 0; Index < Count; Index += 1) {
        Child = HvGetKeyNode(Hive, CmpFindSubKeyByNumber(Hive, KeyCell, Index));
        Size = CmpNameSize(Child->NameLength, (BOOLEAN)((Child->Flags & KEY_COMP_NAME) != 0));
        MaxName = Size > MaxName ? Size : MaxName;
        MaxClass = Child->ClassLength > MaxClass ? Child->ClassLength : MaxClass;
    }
    for (Index = 0; Index < Values; Index += 1) {
        Value = HvGetKeyValue(Hive, CmpValueAt(Hive, KeyCell, Index));
        Size = CmpNameSize(Value->NameLength, (BOOLEAN)((Value->Flags & VALUE_COMP_NAME) != 0));
        MaxValueName = Size > MaxValueName ? Size : MaxValueName;
        Size = CmpValueDataLength(Value);
        MaxValueData = Size > MaxValueData ? Size : MaxValueData;
    }
    Node->MaxNameLen = MaxName;
    Node->MaxClassLen = MaxClass;
    Node->MaxValueNameLen = MaxValueName;
    Node->MaxValueDataLen = MaxValueData;
}

NTSTATUS
CmpCreateKeyCell(
    IN PCMHIVE Hive,
    IN HCELL_INDEX Parent,
    IN PCUNICODE_STRING Name,
    IN PCUNICODE_STRING Class OPTIONAL,
    IN USHORT Flags,
    OUT PHCELL_INDEX NewCell
    )

/*++

Routine Description:

    Makes a key named Name (which the parent does not have) under Parent. Nothing changes on failure.

--*/

{
    HCELL_INDEX Cell;
    HCELL_INDEX ClassCell = HCELL_NIL;
    PCM_KEY_NODE Node;
    PCM_KEY_NODE ParentNode;
    PCM_KEY_SECURITY Security;
    BOOLEAN Compressed;
    USHORT NameLength = CmpStoreName(NULL, Name, &Compressed);
    NTSTATUS Status;

    Cell = HvAllocateCell(Hive, FIELD_OFFSET(CM_KEY_NODE, Name) + NameLength);
    if (Cell == HCELL_NIL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (ARGUMENT_PRESENT(Class) && Class->Length != 0) {
        ClassCell = HvAllocateCell(Hive, Class->Length);
        if (ClassCell == HCELL_NIL) {
            HvFreeCell(Hive, Cell);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlCopyMemory(HvGetCell(Hive, ClassCell), Class->Buffer, Class->Length);
    }
    ParentNode = HvGetKeyNode(Hive, Parent);
    Node = HvGetKeyNode(Hive, Cell);
    Node->Signature = CM_KEY_NODE_SIGNATURE;
    Node->Flags = (USHORT)(Flags | (Compressed ? KEY_COMP_NAME : 0));
    Node->Parent = Parent;
    Node->SubKeyLists[0] = HCELL_NIL;
    Node->SubKeyLists[1] = HCELL_NIL;
    Node->ValueList = HCELL_NIL;
    Node->Security = ParentNode->Security;
    Node->Class = ClassCell;
    Node->ClassLength = ClassCell != HCELL_NIL ? Class->Length : 0;
    Node->NameLength = CmpStoreName(Node->Name, Name, &Compressed);
    KeQuerySystemTime(&Node->LastWriteTime);

    Status = CmpAddSubKey(Hive, Parent, Cell, Name);
    if (!NT_SUCCESS(Status)) {
        if (ClassCell != HCELL_NIL) {
            HvFreeCell(Hive, ClassCell);
        }
        HvFreeCell(Hive, Cell);
        return Status;
    }
    Node = HvGetKeyNode(Hive, Cell);
    if (Node->Security != HCELL_NIL) {
        Security = (PCM_KEY_SECURITY)HvGetCell(Hive, Node->Security);
        Security->ReferenceCount += 1;
    }
    CmpUpdateMaxima(Hive, Parent);
    CmpTouchKey(Hive, Parent);
    *NewCell = Cell;
    return STATUS_SUCCESS;
}

static
VOID
CmpReleaseSecurity(
    IN PCMHIVE Hive,
    IN HCELL_INDEX SecurityCell
    )

/*++

Routine Description:

    Drops a key's share of a security cell; the last share takes it off the hive's ring of sk cells and frees it.

--*/

{
    PCM_KEY_SECURITY Security = (PCM_KEY_SECURITY)HvGetCell(Hive, SecurityCell);
    HCELL_INDEX Flink = Security->Flink;
    HCELL_INDEX Blink = Security->Blink;

    if (Security->ReferenceCount > 1 || Flink == SecurityCell) {
        if (Security->ReferenceCount > 1) {
            Security->ReferenceCount -= 1;
        }
        return;
    }
    ((PCM_KEY_SECURITY)HvGetCell(Hive, Blink))->Flink = Flink;
    ((PCM_KEY_SECURITY)HvGetCell(Hive, Flink))->Blink = Blink;
    HvFreeCell(Hive, SecurityCell);
}

NTSTATUS
CmpDeleteKeyCell(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell
    )

/*++

Routine Description:

    Deletes a key that has no subkeys: out of its parent's list first (which may need a new list, so it is
    the step that can fail), then its values, class and node.

--*/

{
    PCM_KEY_NODE Node = HvGetKeyNode(Hive, KeyCell);
    HCELL_INDEX Parent = Node->Parent;
    ULONG Index;
    NTSTATUS Status;

    ASSERT(Node->SubKeyCounts[0] == 0);
    Status = CmpRemoveSubKey(Hive, Parent, KeyCell);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Node = HvGetKeyNode(Hive, KeyCell);
    for (Index = 0; Index < Node->ValueCount; Index += 1) {
        CmpFreeValue(Hive, CmpValueAt(Hive, KeyCell, Index));
    }
    if (Node->ValueList != HCELL_NIL) {
        HvFreeCell(Hive, Node->ValueList);
    }
    if (Node->Class != HCELL_NIL) {
        HvFreeCell(Hive, Node->Class);
    }
    if (Node->Security != HCELL_NIL) {
        CmpReleaseSecurity(Hive, Node->Security);
    }
    HvFreeCell(Hive, KeyCell);
    CmpUpdateMaxima(Hive, Parent);
    CmpTouchKey(Hive, Parent);
    return STATUS_SUCCESS;
}
