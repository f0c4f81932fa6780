/*++

Module Name:

    cmhive.c

Abstract:

    Hives in memory: one made from a checked image (copied into paged pool, so the image it came from can be
    written back to), or a new empty one (a base block, one bin, a root key and its security cell); its
    destruction; and a flush, which finishes the base block (sequence numbers, time stamp, checksum) and
    copies the image to the hive's flush target.

--*/

#include "cmp.h"

//
// The security descriptor of a new hive's root, self-relative: revision 1, SE_SELF_RELATIVE |
// SE_DACL_PRESENT with no DACL (everyone has access), no owner or group.
//

static const UCHAR CmpDefaultDescriptor[20] = { 1, 0, 0x04, 0x80 };

static
NTSTATUS
CmpCreateEmptyImage(
    IN PCMHIVE Hive,
    IN PCWSTR RootName
    )
{
    UNICODE_STRING Name;
    HCELL_INDEX SecurityCell;
    HCELL_INDEX RootCell;
    PCM_KEY_SECURITY Security;
    PCM_KEY_NODE Root;
    PHBASE_BLOCK Base;
    BOOLEAN Compressed;
    USHORT NameLength;

    Base = HvBaseBlock(Hive);
    RtlZeroMemory(Base, HBLOCK_SIZE);
    Base->Signature = HBASE_SIGNATURE;
    Base->Major = HBASE_MAJOR;
    Base->Minor = HBASE_MINOR;
    Base->Format = 1;
    Base->Cluster = 1;
    Hive->Length = HBLOCK_SIZE;

    RtlInitUnicodeString(&Name, RootName);
    NameLength = CmpStoreName(NULL, &Name, &Compressed);
    SecurityCell = HvAllocateCell(Hive, FIELD_OFFSET(CM_KEY_SECURITY, Descriptor) + sizeof(CmpDefaultDescriptor));
    RootCell = HvAllocateCell(Hive, FIELD_OFFSET(CM_KEY_NODE, Name) + NameLength);
    if (SecurityCell == HCELL_NIL || RootCell == HCELL_NIL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Security = (PCM_KEY_SECURITY)HvGetCell(Hive, SecurityCell);
    Security->Signature = CM_KEY_SECURITY_SIGNATURE;
    Security->Flink = SecurityCell;
    Security->Blink = SecurityCell;
    Security->ReferenceCount = 1;
    Security->DescriptorLength = sizeof(CmpDefaultDescriptor);
    RtlCopyMemory(Security->Descriptor, CmpDefaultDescriptor, sizeof(CmpDefaultDescriptor));

    Root = HvGetKeyNode(Hive, RootCell);
    Root->Signature = CM_KEY_NODE_SIGNATURE;
    Root->Flags = (USHORT)(KEY_HIVE_ENTRY | KEY_NO_DELETE | (Compressed ? KEY_COMP_NAME : 0));
    Root->Parent = HCELL_NIL;
    Root->SubKeyLists[0] = HCELL_NIL;
    Root->SubKeyLists[1] = HCELL_NIL;
    Root->ValueList = HCELL_NIL;
    Root->Security = SecurityCell;
    Root->Class = HCELL_NIL;
    Root->NameLength = CmpStoreName(Root->Name, &Name, &Compressed);
    KeQuerySystemTime(&Root->LastWriteTime);
    HvBaseBlock(Hive)->RootCell = RootCell;
    return STATUS_SUCCESS;
}

NTSTATUS
CmpCreateHive(
    IN PVOID Image OPTIONAL,
    IN ULONG Length,
    IN PCWSTR RootName,
    OUT PCMHIVE *NewHive
    )

/*++

Routine Description:

    A hive from a regf image of Length bytes (checked first), or, without one, a new empty hive whose root is
    named RootName. It goes on CmpHiveList (the caller holds the registry lock).

Return Value:

    STATUS_REGISTRY_CORRUPT for an image that is not a sound hive; STATUS_INSUFFICIENT_RESOURCES.

--*/

{
    PCMHIVE Hive;
    ULONG Used;
    NTSTATUS Status;

    if (ARGUMENT_PRESENT(Image)) {
        Status = CmpCheckHive(Image, Length);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Used = HBLOCK_SIZE + ((PHBASE_BLOCK)Image)->Length;
    } else {
        Used = HBLOCK_SIZE + HBIN_SIZE_ALIGN;
    }
    Hive = ExAllocatePoolWithTag(NonPagedPool, sizeof(CMHIVE), CM_HIVE_TAG);
    if (Hive == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(Hive, sizeof(CMHIVE));
    Hive->ExitCell = HCELL_NIL;
    Hive->Capacity = Used * 2;
    Hive->Image = ExAllocatePoolWithTag(PagedPool, Hive->Capacity, CM_HIVE_TAG);
    if (Hive->Image == NULL) {
        ExFreePoolWithTag(Hive, CM_HIVE_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (ARGUMENT_PRESENT(Image)) {
        RtlCopyMemory(Hive->Image, Image, Used);
        Hive->Length = Used;
    } else {
        Status = CmpCreateEmptyImage(Hive, RootName);
        if (!NT_SUCCESS(Status)) {
            ExFreePoolWithTag(Hive->Image, CM_HIVE_TAG);
            ExFreePoolWithTag(Hive, CM_HIVE_TAG);
            return Status;
        }
    }
    InsertTailList(&CmpHiveList, &Hive->HiveList);
    *NewHive = Hive;
    return STATUS_SUCCESS;
}

VOID
CmpDestroyHive(
    IN PCMHIVE Hive
    )
{
    RemoveEntryList(&Hive->HiveList);
    ExFreePoolWithTag(Hive->Image, CM_HIVE_TAG);
    ExFreePoolWithTag(Hive, CM_HIVE_TAG);
}

NTSTATUS
CmpFlushHive(
    IN PCMHIVE Hive,
    OUT PVOID *FileImage
    )

/*++

Routine Description:

    With the registry locked: writes a changed hive to its flush target and, for a hive with a file, hands
    back a copy of the image for CmpWriteHiveFile to write there once the registry is unlocked (the file
    system's requests complete through APCs the registry's fast mutex would hold off). A volatile hive, or one
    with no target, has nowhere to go: success.

Arguments:

    FileImage - Receives the copy (paged pool, CM_HIVE_TAG; CmpWriteHiveFile frees it), or NULL.

Return Value:

    STATUS_REGISTRY_IO_FAILED when the image has outgrown its target (nothing is written then);
    STATUS_INSUFFICIENT_RESOURCES when there is no memory for the copy (the hive stays changed).

--*/

{
    PHBASE_BLOCK Base = HvBaseBlock(Hive);

    *FileImage = NULL;
    if (Hive->Volatile || Hive->FlushImage == NULL || !Hive->Dirty) {
        return STATUS_SUCCESS;
    }
    if (Hive->Length > Hive->FlushCapacity) {
        return STATUS_REGISTRY_IO_FAILED;
    }
    if (Hive->FileName != NULL) {
        *FileImage = ExAllocatePoolWithTag(PagedPool, Hive->Length, CM_HIVE_TAG);
        if (*FileImage == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    Base->Sequence1 += 1;
    Base->Sequence2 = Base->Sequence1;
    Base->Length = Hive->Length - HBLOCK_SIZE;
    KeQuerySystemTime(&Base->TimeStamp);
    Base->CheckSum = HvComputeCheckSum(Base);
    RtlCopyMemory(Hive->FlushImage, Hive->Image, Hive->Length);
    if (*FileImage != NULL) {
        RtlCopyMemory(*FileImage, Hive->Image, Hive->Length);
    }
    Hive->Dirty = FALSE;
    return STATUS_SUCCESS;
}
