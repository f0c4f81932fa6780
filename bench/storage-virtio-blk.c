/* bench/storage: sequential reads of the whole disk through virtio-blk (storage.h). Polled, one request at a
   time: the header, the buffer one descriptor per 4 KiB page (as a driver describes pages that need not be
   consecutive), and the status byte, all in an indirect table. */
#include "storage.h"
#include "virtio.h"
#define BLK_HEADER 0x00804000u /* struct virtio_blk_req's header (16 bytes), its status byte at +16 */
#define VIRTIO_BLK_T_IN 0

/* One VIRTIO_BLK_T_IN of REQUEST_KB at sector; 0 when the device says VIRTIO_BLK_S_OK. */
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
    uint32_t low, high;
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
    /* capacity (le64; below 2^32 here) */
    return BenchReadSequentially(((volatile uint32_t *)Virtio.DeviceCfg)[0], Read);
}
