/* bench/storage: sequential reads of the whole disk through the PIIX3 IDE function's primary master, REQUEST_KB
   per READ DMA EXT, PASSES times (PASSES=0 for the baseline: start-up and the channel's set-up alone). One command
   at a time through a PRD table (regions split at 64 KiB boundaries), completion by IRQ 14, as ide_rw.c does. */
#include "board.h"
#include "ata.h"

#ifndef REQUEST_KB
#define REQUEST_KB 128
#endif
#ifndef PASSES
#define PASSES 4
#endif
#define BUFFER 0x01000000u

int main(void)
{
    uint32_t blocks = REQUEST_KB * 2;
    volatile uint16_t *identify = (volatile uint16_t *)ATA_IDENTIFY;
    uint32_t sectors;
    uint32_t total = 0;
    uint32_t failed = 0;

    if (AtaFind() != 0) {
        return 1;
    }
    AtaPlaceBar();
    AtaReset();
    if (AtaPio(ATA_IDENTIFY_DEVICE, 0, 1, identify, 0, 0) != ATA_SR_DRDY) {
        return 2;
    }
    sectors = identify[100] | (uint32_t)identify[101] << 16; /* 48-bit capacity (words 100-103, below 2^32 here) */
    AtaEnableInterrupts();
    __outbyte(ATA_BMIBA + BM_STATUS, 0x20); /* drive 0 DMA capable */
    AtaBuildPrds(BUFFER, blocks * 512, 65536);
    for (int pass = 0; pass < PASSES; pass++) {
        for (uint32_t lba = 0; lba + blocks <= sectors; lba += blocks) {
            failed |= AtaDma(ATA_READ_DMA_EXT, lba, blocks, 1, 1) != (BM_INTERRUPT << 16 | ATA_SR_DRDY);
            total += blocks;
        }
    }
    BdPuts("read sectors ");
    BdPutDec(total);
    BdPuts(failed ? " with errors\n" : "\n");
    BdPowerOff();
    return 0;
}
