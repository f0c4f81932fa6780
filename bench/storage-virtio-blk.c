/* bench/storage: sequential reads of the whole disk through virtio-blk, REQUEST_KB per VIRTIO_BLK_T_IN request,
   PASSES times (PASSES=0 for the baseline: start-up and the device's set-up alone). Polled, one request at a
   time: the header, the buffer one descriptor per 4 KiB page (as a driver describes pages that need not be
   consecutive), and the status byte, all in an indirect table. */
#include "board.h"
#include "virtio.h"

#ifndef REQUEST_KB
#define REQUEST_KB 128
#endif
#ifndef PASSES
#define PASSES 4
#endif
#define BUFFER 0x01000000u
#define BLK_HEADER 0x00804000u /* struct virtio_blk_req's header (16 bytes), its status byte at +16 */
#define VIRTIO_BLK_T_IN 0

/* One read of REQUEST_KB at sector; 0 when the device says VIRTIO_BLK_S_OK. */
static uint32_t Read(uint32_t sector)
{
    volatile uint32_t *header = (volatile uint32_t *)BLK_HEADER;
    volatile uint8_t *status = (volatile uint8_t *)(BLK_HEADER + 16);
    volatile VIRTQ_DESC *table = (volatile VIRTQ_DESC *)VIRTQ_INDIRECT;
    uint16_t n = 0;
    header[0] = VIRTIO_BLK_T_IN;
    header[1] = 0;
    header[2] = sector;
    header[3] = 0;
    *status = 0xEE;
    VirtioSetDescriptor(table, n, BLK_HEADER, 16, VIRTQ_DESC_F_NEXT, (uint16_t)(n + 1));
    n++;
    for (uint32_t page = 0; page < REQUEST_KB / 4; page++) {
        VirtioSetDescriptor(table, n, BUFFER + page * 4096, 4096, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, (uint16_t)(n + 1));
        n++;
    }
    VirtioSetDescriptor(table, n, BLK_HEADER + 16, 1, VIRTQ_DESC_F_WRITE, 0);
    n++;
    VirtioSetDescriptor((volatile VIRTQ_DESC *)VIRTQ_DESC_TABLE, 0, VIRTQ_INDIRECT, n * 16u, VIRTQ_DESC_F_INDIRECT, 0);
    return VirtioSubmitAndWait(0) == 0xFFFFFFFFu || *status != 0;
}

int main(void)
{
    uint32_t blocks = REQUEST_KB * 2;
    uint32_t low, high, sectors;
    uint32_t total = 0;
    uint32_t failed = 0;
    int device = VirtioFind(2);

    if (device < 0 || VirtioMapStructures(device) != 0) {
        return 1;
    }
    VirtioNegotiate(VIRTIO_F_INDIRECT_DESC_LO, VIRTIO_F_VERSION_1_HI, &low, &high);
    if ((VirtioRead8(VIRTIO_COMMON_STATUS) & VIRTIO_STATUS_FEATURES_OK) == 0 || (low & VIRTIO_F_INDIRECT_DESC_LO) == 0
        || VirtioSetupQueue() == 0) {
        return 2;
    }
    VirtioWrite8(VIRTIO_COMMON_STATUS, VirtioRead8(VIRTIO_COMMON_STATUS) | VIRTIO_STATUS_DRIVER_OK);
    sectors = ((volatile uint32_t *)Virtio.DeviceCfg)[0]; /* capacity (le64; below 2^32 here) */
    for (int pass = 0; pass < PASSES; pass++) {
        for (uint32_t lba = 0; lba + blocks <= sectors; lba += blocks) {
            failed |= Read(lba);
            total += blocks;
        }
    }
    BdPuts("read sectors ");
    BdPutDec(total);
    BdPuts(failed ? " with errors\n" : "\n");
    BdPowerOff();
    return 0;
}
