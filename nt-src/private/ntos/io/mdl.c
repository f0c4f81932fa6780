/*++

Module Name:

    mdl.c

Abstract:

    The I/O manager's MDL routines: IoAllocateMdl describes a buffer by an MDL from nonpaged pool (its pages
    filled in later by MmProbeAndLockPages or MmBuildMdlForNonPagedPool) and may attach it to an IRP;
    IoFreeMdl frees one. The memory manager's MDL routines are in mm/mdl.c.

--*/

#include <io.h>

PMDL
NTAPI
IoAllocateMdl(
    IN PVOID VirtualAddress,
    IN ULONG Length,
    IN BOOLEAN SecondaryBuffer,
    IN BOOLEAN ChargeQuota,
    IN OUT PIRP Irp OPTIONAL
    )

/*++

Arguments:

    Irp - When given, the MDL is attached to it: as Irp->MdlAddress, or, with SecondaryBuffer, at the end of
        the chain of MDLs already there.

Return Value:

    An MDL describing [VirtualAddress, +Length), its pages not yet filled in; NULL when Length is 0 or no pool
    is left.

--*/

{
    PMDL Mdl;
    PMDL Last;

    UNREFERENCED_PARAMETER(ChargeQuota);

    if (Length == 0) {
        return NULL;
    }
    Mdl = ExAllocatePoolWithTag(NonPagedPool, MmSizeOfMdl(VirtualAddress, Length), IOP_MDL_TAG);
    if (Mdl == NULL) {
        return NULL;
    }
    MmInitializeMdl(Mdl, VirtualAddress, Length);
    Mdl->Process = NULL;
    Mdl->MappedSystemVa = NULL;
    if (ARGUMENT_PRESENT(Irp)) {
        if (!SecondaryBuffer || Irp->MdlAddress == NULL) {
            Irp->MdlAddress = Mdl;
        } else {
            for (Last = Irp->MdlAddress; Last->Next != NULL; Last = Last->Next) {
                NOTHING;
            }
            Last->Next = Mdl;
        }
    }
    return Mdl;
}

VOID
NTAPI
IoFreeMdl(
    IN PMDL Mdl
    )

/*++

Routine Description:

    Frees an MDL from IoAllocateMdl. One still mapped to system space or locked would leave its mapping or
    lock behind: MEMORY_MANAGEMENT, as for unlocking one never locked.

--*/

{
    if ((Mdl->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_PAGES_LOCKED)) != 0) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x6, (ULONG_PTR)Mdl, Mdl->MdlFlags, 0);
    }
    ExFreePoolWithTag(Mdl, IOP_MDL_TAG);
}
