/* bench/storage: sequential reads of the whole disk through the NVMe controller, REQUEST_KB per command, PASSES
   times (PASSES=0 for the baseline: start-up and the controller's set-up alone). Polled, one command at a time. */
#include "board.h"
#include "nvme.h"

#ifndef REQUEST_KB
#define REQUEST_KB 128
#endif
#ifndef PASSES
#define PASSES 4
#endif
#define BUFFER 0x01000000u

/* The namespace's size in sectors: Identify Namespace (CNS 0), NSZE. */
static uint32_t NvmeSectors(void)
{
    if (NvmeSubmit(&NvmeAdmin, 0x06, 1, NVME_IDENTIFY, 0, 0, 0, 0, 0) != 0) {
        return 0;
    }
    return ((volatile uint32_t *)NVME_IDENTIFY)[0];
}

int main(void)
{
    uint32_t blocks = REQUEST_KB * 2;
    uint32_t sectors;
    uint32_t total = 0;
    uint32_t failed = 0;

    if (NvmeStart() != 0) {
        return 1;
    }
    sectors = NvmeSectors();
    for (int pass = 0; pass < PASSES; pass++) {
        for (uint32_t lba = 0; lba + blocks <= sectors; lba += blocks) {
            failed |= NvmeIo_(0x02, lba, blocks, BUFFER);
            total += blocks;
        }
    }
    BdPuts("read sectors ");
    BdPutDec(total);
    BdPuts(failed ? " with errors\n" : "\n");
    BdPowerOff();
    return 0;
}
