// RUN: --drive $DISK,type=virtio-blk
// DISK: 2048
/* A virtio-blk driver end to end (virtio 1.1, §4.1 and §5.2): find the function by PCI scan, walk its
   capabilities and place the BAR they name, show that the device refuses FEATURES_OK without VIRTIO_F_VERSION_1,
   negotiate VERSION_1, FLUSH and INDIRECT_DESC, set up one 16-entry queue, write a pattern across the first 338
   sectors in requests of 1 sector to 32 pages (buffers split at every 4 KiB boundary into chained descriptors,
   unaligned buffers among them; a request with more pieces than the queue has entries goes through an indirect
   table), flush, read it all back in other sizes and compare, ask for the ID, try an out-of-range read and an
   unknown request type, reset the device and power off.
   The pattern (VirtioBlkDriverTests checks the image file against it byte by byte): the byte at disk offset o is
   (o / 512) * 37 + (o % 512) * 5 + 3, modulo 256. */
#include "virtio.h"

#define DATA 0x00900000u
#define BLK_HEADER 0x00804000u /* struct virtio_blk_req's header (16 bytes), its status byte at +16 */
#define BLK_ID 0x00805000u
#define PATTERN_SECTORS 338u

#define VIRTIO_BLK_T_IN 0
#define VIRTIO_BLK_T_OUT 1
#define VIRTIO_BLK_T_FLUSH 4
#define VIRTIO_BLK_T_GET_ID 8
#define VIRTIO_BLK_F_SEG_MAX_LO (1u << 2)
#define VIRTIO_BLK_F_BLK_SIZE_LO (1u << 6)
#define VIRTIO_BLK_F_FLUSH_LO (1u << 9)

static uint8_t PatternByte(uint32_t offset)
{
    return (uint8_t)((offset / 512) * 37 + (offset % 512) * 5 + 3);
}

static uint32_t SegMax;
static int IndirectOk;

/* One request: the header, the data split at each 4 KiB boundary of the buffer, the status byte. A direct chain
   when it fits the queue, else an indirect table. Prints the shape; returns the status byte (0x100 + n when the
   request cannot be built or did not complete). */
static uint32_t BlkRequest(uint32_t type, uint32_t sector, uint32_t buffer, uint32_t bytes, uint32_t *usedLen)
{
    volatile uint32_t *header = (volatile uint32_t *)BLK_HEADER;
    volatile uint8_t *status = (volatile uint8_t *)(BLK_HEADER + 16);
    uint32_t segments = 0;
    for (uint32_t done = 0; done < bytes; segments++) {
        uint32_t piece = 4096 - ((buffer + done) & 0xFFF);
        done += piece < bytes - done ? piece : bytes - done;
    }
    int indirect = segments + 2 > Virtio.QueueSize;
    if (segments > SegMax || (indirect && !IndirectOk)) {
        return 0x101;
    }
    volatile VIRTQ_DESC *table = (volatile VIRTQ_DESC *)(indirect ? VIRTQ_INDIRECT : VIRTQ_DESC_TABLE);
    uint16_t dataFlags = type == VIRTIO_BLK_T_OUT ? 0 : VIRTQ_DESC_F_WRITE;
    uint16_t n = 0;
    header[0] = type;
    header[1] = 0;
    header[2] = sector;
    header[3] = 0;
    *status = 0xEE;
    VirtioSetDescriptor(table, n, BLK_HEADER, 16, VIRTQ_DESC_F_NEXT, (uint16_t)(n + 1));
    n++;
    for (uint32_t done = 0; done < bytes;) {
        uint32_t piece = 4096 - ((buffer + done) & 0xFFF);
        if (piece > bytes - done) {
            piece = bytes - done;
        }
        VirtioSetDescriptor(table, n, buffer + done, piece, (uint16_t)(dataFlags | VIRTQ_DESC_F_NEXT), (uint16_t)(n + 1));
        n++;
        done += piece;
    }
    VirtioSetDescriptor(table, n, BLK_HEADER + 16, 1, VIRTQ_DESC_F_WRITE, 0);
    n++;
    if (indirect) {
        VirtioSetDescriptor((volatile VIRTQ_DESC *)VIRTQ_DESC_TABLE, 0, VIRTQ_INDIRECT, n * 16u, VIRTQ_DESC_F_INDIRECT, 0);
    }
    BdPuts(" (");
    BdPutDec(n);
    BdPuts(indirect ? " descriptors in an indirect table)" : " chained descriptors)");
    *usedLen = VirtioSubmitAndWait(0);
    if (*usedLen == 0xFFFFFFFFu) {
        return 0x102;
    }
    return *status;
}

typedef struct _REQUEST {
    uint32_t Sector;
    uint32_t Count;
    uint32_t BufferOffset; /* from DATA */
} REQUEST;

/* 1 sector; 4 KiB from mid-page (two pieces); 9 sectors 16 bytes into a page; 32 KiB from an unaligned buffer
   (9 pieces); 128 KiB (32 pieces: an indirect table). */
static const REQUEST Writes[] = {
    { 0, 1, 0 }, { 1, 8, 0x200 }, { 9, 9, 0x10 }, { 18, 64, 0x100 }, { 82, 256, 0 },
};
/* Reads, split differently: 3 sectors unaligned, 100 sectors (13 pieces), the remaining 235 (30 pieces: indirect). */
static const REQUEST Reads[] = {
    { 0, 3, 0x40 }, { 3, 100, 0x600 }, { 103, 235, 0 },
};

static void PrintResult(uint32_t status, uint32_t usedLen)
{
    BdPuts(" status ");
    BdPutDec(status);
    BdPuts(" used ");
    BdPutDec(usedLen);
    BdPutChar('\n');
}

int main(void)
{
    uint32_t low, high, status, usedLen = 0;
    uint32_t mismatches = 0;
    int device = VirtioFind(2);
    if (device < 0) {
        BdPuts("no virtio-blk function\n");
        BdDebugExit(1);
    }
    BdPuts("virtio-blk at 00:");
    BdPutDec((uint32_t)device);
    BdPuts(VirtioMapStructures(device) == 0 ? ": common, notify, ISR and device structures found\n" : ": structures missing\n");
    BdPuts("notify_off_multiplier ");
    BdPutDec(Virtio.NotifyOffMultiplier);
    BdPutChar('\n');

#ifndef COMPARED_WITH_QEMU
    /* A driver that does not accept VERSION_1: this device does not keep FEATURES_OK. A device may (virtio 1.1
       §6.1: it "MAY fail to operate further"), and QEMU's does, so the comparison with QEMU leaves this out. */
    VirtioNegotiate(VIRTIO_BLK_F_FLUSH_LO, 0, &low, &high);
    BdPuts("without VERSION_1: status ");
    BdPutHex(VirtioRead8(VIRTIO_COMMON_STATUS));
    BdPutChar('\n');
#endif

    VirtioNegotiate(VIRTIO_BLK_F_FLUSH_LO | VIRTIO_BLK_F_SEG_MAX_LO | VIRTIO_BLK_F_BLK_SIZE_LO | VIRTIO_F_INDIRECT_DESC_LO,
        VIRTIO_F_VERSION_1_HI, &low, &high);
    BdPuts("accepted: VERSION_1 ");
    BdPutDec(high & VIRTIO_F_VERSION_1_HI);
    BdPuts(" FLUSH ");
    BdPutDec((low & VIRTIO_BLK_F_FLUSH_LO) != 0);
    BdPuts(" INDIRECT_DESC ");
    BdPutDec((low & VIRTIO_F_INDIRECT_DESC_LO) != 0);
    BdPuts("; status ");
    BdPutHex(VirtioRead8(VIRTIO_COMMON_STATUS));
    BdPutChar('\n');
    if ((VirtioRead8(VIRTIO_COMMON_STATUS) & VIRTIO_STATUS_FEATURES_OK) == 0) {
        BdDebugExit(2);
    }
    IndirectOk = (low & VIRTIO_F_INDIRECT_DESC_LO) != 0;

    /* struct virtio_blk_config (§5.2.4): capacity at 0 (le64), seg_max at 12, blk_size at 20. */
    volatile uint32_t *config = (volatile uint32_t *)Virtio.DeviceCfg;
    uint32_t capacityLow = config[0];
    uint32_t capacityHigh = config[1];
    SegMax = (low & VIRTIO_BLK_F_SEG_MAX_LO) ? config[3] : 1;
    BdPuts("capacity ");
    BdPutDec(capacityLow);
    BdPuts(capacityHigh == 0 ? "" : " (and more)");
    BdPuts(" sectors, blk_size ");
    BdPutDec((low & VIRTIO_BLK_F_BLK_SIZE_LO) ? config[5] : 512);
    BdPuts(", seg_max at least 32: ");
    BdPutDec(SegMax >= 32);
    BdPutChar('\n');

    uint16_t max = VirtioSetupQueue();
    BdPuts("queue 0: device maximum ");
    BdPutDec(max);
    BdPuts(", using ");
    BdPutDec(Virtio.QueueSize);
    BdPutChar('\n');
    VirtioWrite8(VIRTIO_COMMON_STATUS, VirtioRead8(VIRTIO_COMMON_STATUS) | VIRTIO_STATUS_DRIVER_OK);
    BdPuts("driver ok: status ");
    BdPutHex(VirtioRead8(VIRTIO_COMMON_STATUS));
    BdPutChar('\n');

    for (uint32_t r = 0; r < sizeof(Writes) / sizeof(Writes[0]); r++) {
        volatile uint8_t *buffer = (volatile uint8_t *)(DATA + Writes[r].BufferOffset);
        uint32_t base = Writes[r].Sector * 512;
        for (uint32_t i = 0; i < Writes[r].Count * 512; i++) {
            buffer[i] = PatternByte(base + i);
        }
        BdPuts("write sector ");
        BdPutDec(Writes[r].Sector);
        BdPuts(" x");
        BdPutDec(Writes[r].Count);
        status = BlkRequest(VIRTIO_BLK_T_OUT, Writes[r].Sector, DATA + Writes[r].BufferOffset, Writes[r].Count * 512, &usedLen);
        PrintResult(status, usedLen);
    }
    BdPuts("flush");
    status = BlkRequest(VIRTIO_BLK_T_FLUSH, 0, 0, 0, &usedLen);
    PrintResult(status, usedLen);

    for (uint32_t r = 0; r < sizeof(Reads) / sizeof(Reads[0]); r++) {
        volatile uint8_t *buffer = (volatile uint8_t *)(DATA + Reads[r].BufferOffset);
        uint32_t base = Reads[r].Sector * 512;
        for (uint32_t i = 0; i < Reads[r].Count * 512; i++) {
            buffer[i] = 0;
        }
        BdPuts("read sector ");
        BdPutDec(Reads[r].Sector);
        BdPuts(" x");
        BdPutDec(Reads[r].Count);
        status = BlkRequest(VIRTIO_BLK_T_IN, Reads[r].Sector, DATA + Reads[r].BufferOffset, Reads[r].Count * 512, &usedLen);
        PrintResult(status, usedLen);
        for (uint32_t i = 0; i < Reads[r].Count * 512; i++) {
            if (buffer[i] != PatternByte(base + i)) {
                mismatches++;
            }
        }
    }
    BdPuts("mismatched bytes ");
    BdPutDec(mismatches);
    BdPutChar('\n');

    volatile char *id = (volatile char *)BLK_ID;
    for (int i = 0; i < 24; i++) {
        id[i] = 0;
    }
    BdPuts("GET_ID");
    status = BlkRequest(VIRTIO_BLK_T_GET_ID, 0, BLK_ID, 20, &usedLen);
    PrintResult(status, usedLen);
    BdPuts("id \"");
    for (int i = 0; i < 20 && id[i] != 0; i++) {
        BdPutChar(id[i]);
    }
    BdPuts("\"\n");

    /* The disk has 2048 sectors: a read of 2 from the last one is out of range. */
    BdPuts("read past the end");
    status = BlkRequest(VIRTIO_BLK_T_IN, 2047, DATA, 1024, &usedLen);
    PrintResult(status, usedLen);
    BdPuts("unknown type 0x77");
    status = BlkRequest(0x77, 0, 0, 0, &usedLen);
    PrintResult(status, usedLen);

    VirtioWrite8(VIRTIO_COMMON_STATUS, 0);
    BdPuts("reset: status ");
    BdPutHex(VirtioRead8(VIRTIO_COMMON_STATUS));
    BdPuts(", queue enabled ");
    BdPutDec(VirtioRead16(VIRTIO_COMMON_Q_ENABLE));
    BdPutChar('\n');
    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
virtio-blk at 00:4: common, notify, ISR and device structures found
  -- the first free device after the NVMe functions' first number (4), with no NVMe drive.
notify_off_multiplier 4
without VERSION_1: status 0x00000003
  -- ACKNOWLEDGE | DRIVER: FEATURES_OK did not stick.
accepted: VERSION_1 1 FLUSH 1 INDIRECT_DESC 1; status 0x0000000B
capacity 2048 sectors, blk_size 512, seg_max at least 32: 1
queue 0: device maximum 256, using 16
driver ok: status 0x0000000F
write sector 0 x1 (3 chained descriptors) status 0 used 1
write sector 1 x8 (4 chained descriptors) status 0 used 1
write sector 9 x9 (4 chained descriptors) status 0 used 1
write sector 18 x64 (11 chained descriptors) status 0 used 1
write sector 82 x256 (34 descriptors in an indirect table) status 0 used 1
flush (2 chained descriptors) status 0 used 1
read sector 0 x3 (3 chained descriptors) status 0 used 1537
read sector 3 x100 (15 chained descriptors) status 0 used 51201
read sector 103 x235 (32 descriptors in an indirect table) status 0 used 120321
mismatched bytes 0
GET_ID (3 chained descriptors) status 0 used 21
id "NT2CS-VBLK0004"
read past the end (3 chained descriptors) status 1 used 1025
  -- VIRTIO_BLK_S_IOERR; nothing but the status byte was written, and it is the last of the 1025 writable bytes,
  -- which used.len must reach (QEMU's virtio-blk says 1025 too).
unknown type 0x77 (2 chained descriptors) status 2 used 1
  -- VIRTIO_BLK_S_UNSUPP.
reset: status 0x00000000, queue enabled 0
*/
