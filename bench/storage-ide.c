/* bench/storage: sequential reads of the whole disk through the PIIX3 IDE function's primary master
   (storage.h): READ DMA EXT through a PRD table (regions split at 64 KiB boundaries), one command at a time,
   completion by IRQ 14, as ide_rw.c does. */
#include "storage.h"
#include "ata.h"

static uint32_t Read(uint32_t lba)
{
    return AtaDma(ATA_READ_DMA_EXT, lba, REQUEST_SECTORS, 1, 1) != (BM_INTERRUPT << 16 | ATA_SR_DRDY);
}

int main(void)
{
    volatile uint16_t *identify = (volatile uint16_t *)ATA_IDENTIFY;
    uint32_t sectors;

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
    AtaBuildPrds(BUFFER, REQUEST_SECTORS * 512, 65536);
    return BenchReadSequentially(sectors, Read);
}
