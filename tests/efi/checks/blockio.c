/* blockio.c - Block I/O and Disk I/O (UEFI 2.10, 13.7 and 13.9): the whole disk's media, its first MiB (the
   partition table and the gap the host filled) and last 33 blocks (GPT's backup) reported as hashes the host
   compares with the image, the partition's blocks against the disk's, and the specified errors. */
#include "../lib/efitest.h"

#define CHUNK_BLOCKS 64u
#define HEAD_BLOCKS 2048u
#define TAIL_BLOCKS 33u

static UINT32 HashBlocks(EFI_BLOCK_IO_PROTOCOL *Io, EFI_LBA First, UINTN Count, UINT8 *Buffer, BOOLEAN *Failed)
{
    UINT32 Hash = FNV_OFFSET_BASIS;
    UINT32 BlockSize = Io->Media->BlockSize;
    while (Count != 0) {
        UINTN Now = Count < CHUNK_BLOCKS ? Count : CHUNK_BLOCKS;
        if (EFI_ERROR(Io->ReadBlocks(Io, Io->Media->MediaId, First, Now * BlockSize, Buffer)))
            *Failed = TRUE;
        Hash = Fnv1a(Hash, Buffer, Now * BlockSize);
        First += Now;
        Count -= Now;
    }
    return Hash;
}

/* The one block device that is a whole disk with media: the boot disk. */
static EFI_BLOCK_IO_PROTOCOL *FindDisk(VOID)
{
    EFI_GUID BlockIoGuid = EFI_BLOCK_IO_PROTOCOL_GUID;
    EFI_HANDLE *Handles = NULL;
    EFI_BLOCK_IO_PROTOCOL *Disk = NULL, *Io;
    UINTN Count = 0, Disks = 0, i;
    if (!CheckStatus(gBS->LocateHandleBuffer(ByProtocol, &BlockIoGuid, NULL, &Count, &Handles), EFI_SUCCESS,
            L"LocateHandleBuffer(ByProtocol, EFI_BLOCK_IO_PROTOCOL_GUID)"))
        return NULL;
    for (i = 0; i < Count; i++)
        if (!EFI_ERROR(gBS->HandleProtocol(Handles[i], &BlockIoGuid, (VOID **)&Io)) && !Io->Media->LogicalPartition
            && Io->Media->MediaPresent) {
            Disk = Io;
            Disks++;
        }
    gBS->FreePool(Handles);
    CheckValue(Disks, 1, L"  one whole disk with media");
    return Disks == 1 ? Disk : NULL;
}

static VOID CheckDisk(EFI_BLOCK_IO_PROTOCOL *Disk, UINT8 *Buffer, UINT8 *Single)
{
    EFI_BLOCK_IO_MEDIA *Media = Disk->Media;
    BOOLEAN Failed = FALSE, Same = TRUE;
    UINT32 Head, Tail;
    UINTN i;

    Check(Disk->Revision >= 0x00010000, L"  Revision");
    CheckValue(Media->BlockSize, 512, L"  BlockSize");
    Check(!Media->ReadOnly, L"  the disk is writable");
    Fact(L"disk");
    Print(L"last-block ");
    PrintDec(Media->LastBlock);
    PrintLine();
    Head = HashBlocks(Disk, 0, HEAD_BLOCKS, Buffer, &Failed);
    Tail = HashBlocks(Disk, Media->LastBlock + 1 - TAIL_BLOCKS, TAIL_BLOCKS, Buffer, &Failed);
    Check(!Failed, L"ReadBlocks of the first 2048 and the last 33 blocks");
    Fact(L"disk-head");
    Print(L"fnv1a ");
    PrintHex(Head, 8);
    PrintLine();
    Fact(L"disk-tail");
    Print(L"fnv1a ");
    PrintHex(Tail, 8);
    PrintLine();

    /* Eight blocks in one read are the eight blocks read one at a time. */
    Disk->ReadBlocks(Disk, Media->MediaId, 1, 8 * 512, Buffer);
    for (i = 0; i < 8; i++) {
        Disk->ReadBlocks(Disk, Media->MediaId, 1 + i, 512, Single);
        if (!MemEqual(Single, Buffer + i * 512, 512))
            Same = FALSE;
    }
    Check(Same, L"ReadBlocks of 8 blocks equals 8 reads of one block");
    Check(MemEqual(Buffer, "EFI PART", 8), L"  block 1 holds the GPT header");

    CheckStatus(Disk->ReadBlocks(Disk, Media->MediaId, 0, 100, Buffer), EFI_BAD_BUFFER_SIZE,
        L"ReadBlocks of a size not a multiple of BlockSize");
    CheckStatus(Disk->ReadBlocks(Disk, Media->MediaId, Media->LastBlock + 1, 512, Buffer), EFI_INVALID_PARAMETER,
        L"ReadBlocks past LastBlock");
    /* 13.9 gives EFI_MEDIA_CHANGED here, but OVMF's virtio-blk driver does not look at MediaId: reported, not
       counted, so the oracle's runs stay comparable. */
    Print(L"note: ReadBlocks with another MediaId: ");
    PrintStatus(Disk->ReadBlocks(Disk, Media->MediaId + 1, 0, 512, Buffer));
    Print(L" (13.9: EFI_MEDIA_CHANGED)");
    PrintLine();
    CheckStatus(Disk->FlushBlocks(Disk), EFI_SUCCESS, L"FlushBlocks");
}

static VOID CheckPartition(EFI_BLOCK_IO_PROTOCOL *Disk, UINT8 *Buffer, UINT8 *Single)
{
    EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
    EFI_GUID BlockIoGuid = EFI_BLOCK_IO_PROTOCOL_GUID;
    EFI_GUID DiskIoGuid = EFI_DISK_IO_PROTOCOL_GUID;
    EFI_LOADED_IMAGE_PROTOCOL *Image = NULL;
    EFI_BLOCK_IO_PROTOCOL *Partition = NULL;
    EFI_DISK_IO_PROTOCOL *DiskIo = NULL;

    gBS->HandleProtocol(gImageHandle, &LoadedImageGuid, (VOID **)&Image);
    if (!CheckStatus(gBS->HandleProtocol(Image->DeviceHandle, &BlockIoGuid, (VOID **)&Partition), EFI_SUCCESS,
            L"the ESP's Block I/O protocol"))
        return;
    Check(Partition->Media->LogicalPartition, L"  LogicalPartition is TRUE");
    Fact(L"partition-blocks");
    Print(L"last-block ");
    PrintDec(Partition->Media->LastBlock);
    PrintLine();
    /* The partition starts at block 2048 of the disk (the host's layout, reported again in the hard drive node). */
    Partition->ReadBlocks(Partition, Partition->Media->MediaId, 0, 512, Buffer);
    Disk->ReadBlocks(Disk, Disk->Media->MediaId, 2048, 512, Single);
    Check(MemEqual(Buffer, Single, 512), L"  its block 0 is the disk's block 2048");
    Check(Buffer[510] == 0x55 && Buffer[511] == 0xAA, L"  a boot sector (55 AA)");

    if (CheckStatus(gBS->HandleProtocol(Image->DeviceHandle, &DiskIoGuid, (VOID **)&DiskIo), EFI_SUCCESS,
            L"the ESP's Disk I/O protocol")) {
        CheckStatus(DiskIo->ReadDisk(DiskIo, Partition->Media->MediaId, 509, 5, Single), EFI_SUCCESS,
            L"ReadDisk of 5 bytes at offset 509 (across a block boundary)");
        Partition->ReadBlocks(Partition, Partition->Media->MediaId, 1, 512, Buffer + 512);
        Check(MemEqual(Single, Buffer + 509, 5), L"  the bytes Block I/O reads there");
    }
}

VOID TestBlockIo(VOID)
{
    UINT8 *Buffer = (UINT8 *)AllocateZeroed(CHUNK_BLOCKS * 512);
    UINT8 *Single = (UINT8 *)AllocateZeroed(512);
    EFI_BLOCK_IO_PROTOCOL *Disk = FindDisk();
    if (Disk != NULL && Buffer != NULL && Single != NULL) {
        CheckDisk(Disk, Buffer, Single);
        CheckPartition(Disk, Buffer, Single);
    }
    if (Buffer != NULL)
        gBS->FreePool(Buffer);
    if (Single != NULL)
        gBS->FreePool(Single);
}
