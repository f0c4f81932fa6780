/*++

Module Name:

    handle.c

Abstract:

    Handle tables: the object manager's (a process's handles) and Ps's client-ID table (process and thread IDs)
    both allocate from them. A table is an array of entries from nonpaged pool, doubled when full; free
    entries are chained by index, lowest freed first reused last-in first-out. A handle is its entry's index
    times HANDLE_VALUE_INC, entry 0 never used, so NULL is never a handle. A spin lock guards each table, so
    handles can be mapped at DISPATCH_LEVEL.

--*/

#include <ob.h>

#define HANDLE_TABLE_TAG 'btbO'
#define HANDLE_TABLE_INITIAL_CAPACITY 16
#define HANDLE_TABLE_MAXIMUM_CAPACITY 0x01000000

PHANDLE_TABLE
ExCreateHandleTable(
    VOID
    )
{
    PHANDLE_TABLE Table;

    Table = ExAllocatePoolWithTag(NonPagedPool, sizeof(HANDLE_TABLE), HANDLE_TABLE_TAG);
    if (Table == NULL) {
        return NULL;
    }
    RtlZeroMemory(Table, sizeof(HANDLE_TABLE));
    KeInitializeSpinLock(&Table->Lock);
    return Table;
}

VOID
ExDestroyHandleTable(
    IN PHANDLE_TABLE Table
    )
{
    if (Table->Entries != NULL) {
        ExFreePoolWithTag(Table->Entries, HANDLE_TABLE_TAG);
    }
    ExFreePoolWithTag(Table, HANDLE_TABLE_TAG);
}

VOID
ExLockHandleTable(
    IN PHANDLE_TABLE Table,
    OUT PKIRQL OldIrql
    )
{
    KeAcquireSpinLock(&Table->Lock, OldIrql);
}

VOID
ExUnlockHandleTable(
    IN PHANDLE_TABLE Table,
    IN KIRQL OldIrql
    )
{
    KeReleaseSpinLock(&Table->Lock, OldIrql);
}

static
BOOLEAN
ExpGrowHandleTable(
    IN PHANDLE_TABLE Table
    )

/*++

Routine Description:

    With the table locked: doubles its entries and chains the new ones as free (lowest index first).

--*/

{
    ULONG NewCapacity = Table->Capacity == 0 ? HANDLE_TABLE_INITIAL_CAPACITY : Table->Capacity * 2;
    PHANDLE_TABLE_ENTRY NewEntries;
    ULONG Index;

    if (NewCapacity > HANDLE_TABLE_MAXIMUM_CAPACITY) {
        return FALSE;
    }
    NewEntries = ExAllocatePoolWithTag(NonPagedPool, NewCapacity * sizeof(HANDLE_TABLE_ENTRY), HANDLE_TABLE_TAG);
    if (NewEntries == NULL) {
        return FALSE;
    }
    RtlZeroMemory(NewEntries, NewCapacity * sizeof(HANDLE_TABLE_ENTRY));
    if (Table->Entries != NULL) {
        RtlCopyMemory(NewEntries, Table->Entries, Table->Capacity * sizeof(HANDLE_TABLE_ENTRY));
        ExFreePoolWithTag(Table->Entries, HANDLE_TABLE_TAG);
    }

    //
    // Entry 0 stays unused: handle 0 is NULL.
    //

    for (Index = NewCapacity - 1; Index >= Table->Capacity && Index != 0; Index -= 1) {
        NewEntries[Index].Attributes = Table->FirstFree;
        Table->FirstFree = Index;
    }
    Table->Entries = NewEntries;
    Table->Capacity = NewCapacity;
    return TRUE;
}

HANDLE
ExCreateHandle(
    IN PHANDLE_TABLE Table,
    IN PVOID Object,
    IN ACCESS_MASK GrantedAccess,
    IN ULONG Attributes
    )

/*++

Routine Description:

    Enters Object in the table with its granted access and attributes.

Return Value:

    The new handle, or NULL when the table cannot grow.

--*/

{
    KIRQL OldIrql;
    ULONG Index;
    PHANDLE_TABLE_ENTRY Entry;

    KeAcquireSpinLock(&Table->Lock, &OldIrql);
    if (Table->FirstFree == 0 && !ExpGrowHandleTable(Table)) {
        KeReleaseSpinLock(&Table->Lock, OldIrql);
        return NULL;
    }
    Index = Table->FirstFree;
    Entry = &Table->Entries[Index];
    Table->FirstFree = Entry->Attributes;
    Entry->Object = Object;
    Entry->GrantedAccess = GrantedAccess;
    Entry->Attributes = Attributes;
    Table->HandleCount += 1;
    KeReleaseSpinLock(&Table->Lock, OldIrql);
    return (HANDLE)(ULONG_PTR)(Index * HANDLE_VALUE_INC);
}

PHANDLE_TABLE_ENTRY
ExMapHandleToPointer(
    IN PHANDLE_TABLE Table,
    IN HANDLE Handle
    )

/*++

Routine Description:

    With the table locked: the entry of a handle, or NULL when the value is not a handle in use (not a multiple
    of HANDLE_VALUE_INC, beyond the table, or free).

--*/

{
    ULONG_PTR Value = (ULONG_PTR)Handle;
    ULONG Index = (ULONG)(Value / HANDLE_VALUE_INC);

    if (Value == 0 || Value % HANDLE_VALUE_INC != 0 || Index >= Table->Capacity || Table->Entries[Index].Object == NULL) {
        return NULL;
    }
    return &Table->Entries[Index];
}

BOOLEAN
ExDestroyHandle(
    IN PHANDLE_TABLE Table,
    IN HANDLE Handle,
    OUT PHANDLE_TABLE_ENTRY Removed OPTIONAL
    )

/*++

Routine Description:

    Frees a handle's entry, copying it to Removed first.

Return Value:

    FALSE when Handle is not a handle in use in the table.

--*/

{
    KIRQL OldIrql;
    PHANDLE_TABLE_ENTRY Entry;

    KeAcquireSpinLock(&Table->Lock, &OldIrql);
    Entry = ExMapHandleToPointer(Table, Handle);
    if (Entry == NULL) {
        KeReleaseSpinLock(&Table->Lock, OldIrql);
        return FALSE;
    }
    if (ARGUMENT_PRESENT(Removed)) {
        *Removed = *Entry;
    }
    Entry->Object = NULL;
    Entry->GrantedAccess = 0;
    Entry->Attributes = Table->FirstFree;
    Table->FirstFree = (ULONG)((ULONG_PTR)Handle / HANDLE_VALUE_INC);
    Table->HandleCount -= 1;
    KeReleaseSpinLock(&Table->Lock, OldIrql);
    return TRUE;
}
