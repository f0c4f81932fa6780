/* ata.h - a small ATA driver for the freestanding tests, written from ATA/ATAPI-7 and the Intel PIIX3 datasheet:
   find the PIIX3 IDE function by PCI scan (configuration mechanism #1, every function of multi-function devices),
   place its bus master BAR4 and turn on I/O decoding, bus mastering and the primary channel's IDE decode enable
   (no firmware has run), reset the channel, and run PIO (polled, nIEN set) and DMA (through a PRD table,
   completion by IRQ 14) commands on device 0 of the primary channel. */
#ifndef ATA_H
#define ATA_H

#include "board.h"

static uint32_t AtaPciRead32(int device, int function, int offset)
{
    __outdword(0xCF8, 0x80000000u | ((uint32_t)device << 11) | ((uint32_t)function << 8) | ((uint32_t)offset & 0xFC));
    return __indword(0xCFC);
}

static void AtaPciWrite32(int device, int function, int offset, uint32_t value)
{
    __outdword(0xCF8, 0x80000000u | ((uint32_t)device << 11) | ((uint32_t)function << 8) | ((uint32_t)offset & 0xFC));
    __outdword(0xCFC, value);
}

/* Primary channel (legacy mode): command block, control block, IRQ. */
#define ATA_CMD 0x1F0
#define ATA_DATA (ATA_CMD + 0)
#define ATA_ERROR (ATA_CMD + 1)
#define ATA_FEATURES (ATA_CMD + 1)
#define ATA_COUNT (ATA_CMD + 2)
#define ATA_LBA_LOW (ATA_CMD + 3)
#define ATA_LBA_MID (ATA_CMD + 4)
#define ATA_LBA_HIGH (ATA_CMD + 5)
#define ATA_DEVICE (ATA_CMD + 6)
#define ATA_STATUS (ATA_CMD + 7)
#define ATA_COMMAND (ATA_CMD + 7)
#define ATA_ALT_STATUS 0x3F6
#define ATA_DEVICE_CONTROL 0x3F6
#define ATA_IRQ 14

#define ATA_SR_ERR 0x01
#define ATA_SR_DRQ 0x08
/* Bit 4 is command dependent (formerly DSC, Device Seek Complete): no command this driver issues defines it, and
   devices differ (nt2cs's sets it while ready, QEMU's clears it with ERR), so the driver leaves it out of every
   status it reports. */
#define ATA_SR_COMMAND_DEPENDENT 0x10
#define ATA_SR_DF 0x20
#define ATA_SR_DRDY 0x40
#define ATA_SR_BSY 0x80
#define ATA_ER_ABRT 0x04
#define ATA_ER_IDNF 0x10
#define ATA_DC_NIEN 0x02
#define ATA_DC_SRST 0x04
#define ATA_DEV_LBA 0x40

#define ATA_READ_SECTORS 0x20
#define ATA_READ_SECTORS_EXT 0x24
#define ATA_READ_DMA_EXT 0x25
#define ATA_WRITE_SECTORS 0x30
#define ATA_WRITE_SECTORS_EXT 0x34
#define ATA_WRITE_DMA_EXT 0x35
#define ATA_READ_DMA 0xC8
#define ATA_WRITE_DMA 0xCA
#define ATA_FLUSH_CACHE 0xE7
#define ATA_FLUSH_CACHE_EXT 0xEA
#define ATA_IDENTIFY_DEVICE 0xEC
#define ATA_SET_FEATURES 0xEF

/* Bus master IDE (PIIX3 §2.7): BMICP, BMISP, BMIDTPP; PRDs of base and byte count with the EOT bit. */
#define BM_COMMAND 0
#define BM_STATUS 2
#define BM_TABLE 4
#define BM_START 0x01
#define BM_WRITE_TO_MEMORY 0x08
#define BM_ACTIVE 0x01
#define BM_ERROR 0x02
#define BM_INTERRUPT 0x04
#define PRD_EOT 0x80000000u

#define ATA_BMIBA 0xC000u
#define ATA_PRD_TABLE 0x00880000u /* 64 KiB aligned: a table cannot cross a 64 KiB boundary */
#define ATA_IDENTIFY 0x00890000u

static int AtaPciDevice = -1, AtaPciFunction = -1;
static volatile uint32_t AtaIrqs;
static volatile uint8_t AtaIrqStatus;

/* Finds class 01h/01h (IDE) on bus 0. 0 when found. */
static int AtaFind(void)
{
    for (int device = 0; device < 32; device++) {
        for (int function = 0; function < 8; function++) {
            uint32_t id = AtaPciRead32(device, function, 0);
            if ((id & 0xFFFF) == 0xFFFF) {
                if (function == 0) {
                    break;
                }
                continue;
            }
            if ((AtaPciRead32(device, function, 0x08) >> 16) == 0x0101) {
                AtaPciDevice = device;
                AtaPciFunction = function;
                return 0;
            }
            if (function == 0 && (AtaPciRead32(device, 0, 0x0C) & 0x00800000u) == 0) {
                break;
            }
        }
    }
    return -1;
}

/* Places BAR4 (I/O, the bus master registers) at ATA_BMIBA; I/O decoding and bus mastering on; IDETIM bit 15 on
   for the primary channel. Returns BAR4's size in ports. */
static uint32_t AtaPlaceBar(void)
{
    uint32_t size;
    AtaPciWrite32(AtaPciDevice, AtaPciFunction, 0x20, 0xFFFFFFFFu);
    size = (~(AtaPciRead32(AtaPciDevice, AtaPciFunction, 0x20) & ~0x3u) + 1) & 0xFFFF;
    AtaPciWrite32(AtaPciDevice, AtaPciFunction, 0x20, ATA_BMIBA);
    AtaPciWrite32(AtaPciDevice, AtaPciFunction, 0x04, (AtaPciRead32(AtaPciDevice, AtaPciFunction, 0x04) & 0xFFFF0000u) | 0x0005);
    AtaPciWrite32(AtaPciDevice, AtaPciFunction, 0x40, AtaPciRead32(AtaPciDevice, AtaPciFunction, 0x40) | 0x8000u);
    return size;
}

/* Polls Alternate Status until BSY clears; returns Status (which acknowledges any interrupt), 0xFF on timeout. */
static uint8_t AtaWaitNotBusy(void)
{
    for (uint32_t polls = 0; polls < 1000000u; polls++) {
        if ((__inbyte(ATA_ALT_STATUS) & ATA_SR_BSY) == 0) {
            return __inbyte(ATA_STATUS);
        }
    }
    return 0xFF;
}

/* The Status a caller sees: bit 4 left out; with ERR, the Error register in bits 15:8. */
static uint32_t AtaOutcome(uint8_t status)
{
    status &= (uint8_t)~ATA_SR_COMMAND_DEPENDENT;
    return status & ATA_SR_ERR ? (uint32_t)__inbyte(ATA_ERROR) << 8 | status : status;
}

/* Software reset (SRST high, then low) and the wait for BSY to clear. Device 0 is selected first: a reset leaves
   it selected (the signature's Device register is 00h), but QEMU's channel keeps whichever device firmware selected
   last (SeaBIOS leaves device 1) and answers for that one, so the driver does not rely on the reset to select. */
static uint32_t AtaReset(void)
{
    __outbyte(ATA_DEVICE, 0xA0);
    __outbyte(ATA_DEVICE_CONTROL, ATA_DC_SRST | ATA_DC_NIEN);
    __outbyte(ATA_DEVICE_CONTROL, ATA_DC_NIEN);
    return AtaOutcome(AtaWaitNotBusy());
}

/* Loads the task file: 48-bit (previous bytes first) or 28-bit. */
static void AtaTaskFile(uint32_t lba, uint32_t count, int ext)
{
    if (ext) {
        __outbyte(ATA_COUNT, (uint8_t)(count >> 8));
        __outbyte(ATA_LBA_LOW, (uint8_t)(lba >> 24));
        __outbyte(ATA_LBA_MID, 0);
        __outbyte(ATA_LBA_HIGH, 0);
        __outbyte(ATA_DEVICE, ATA_DEV_LBA);
    } else {
        __outbyte(ATA_DEVICE, (uint8_t)(0xA0 | ATA_DEV_LBA | ((lba >> 24) & 0x0F)));
    }
    __outbyte(ATA_COUNT, (uint8_t)count);
    __outbyte(ATA_LBA_LOW, (uint8_t)lba);
    __outbyte(ATA_LBA_MID, (uint8_t)(lba >> 8));
    __outbyte(ATA_LBA_HIGH, (uint8_t)(lba >> 16));
}

/* A non-data command: returns its AtaOutcome. */
static uint32_t AtaNonData(uint8_t command, uint8_t features)
{
    __outbyte(ATA_DEVICE, 0xA0 | ATA_DEV_LBA);
    __outbyte(ATA_FEATURES, features);
    __outbyte(ATA_COMMAND, command);
    return AtaOutcome(AtaWaitNotBusy());
}

/* PIO data-in or data-out of count sectors at lba through buffer (16-bit data register accesses); returns the
   AtaOutcome of the first block that fails, or of the end. */
static uint32_t AtaPio(uint8_t command, uint32_t lba, uint32_t count, volatile uint16_t *buffer, int ext, int out)
{
    uint8_t status;
    AtaTaskFile(lba, count, ext);
    __outbyte(ATA_COMMAND, command);
    for (uint32_t s = 0; s < count; s++) {
        status = AtaWaitNotBusy();
        if ((status & (ATA_SR_ERR | ATA_SR_DRQ)) != ATA_SR_DRQ) {
            return AtaOutcome(status);
        }
        for (int w = 0; w < 256; w++) {
            if (out) {
                __outword(ATA_DATA, buffer[s * 256 + w]);
            } else {
                buffer[s * 256 + w] = __inword(ATA_DATA);
            }
        }
    }
    return AtaOutcome(AtaWaitNotBusy());
}

/* Builds a PRD table for bytes at address: regions split at every 64 KiB boundary and at most piece bytes each
   (an even number); returns the number of descriptors. */
static uint32_t AtaBuildPrds(uint32_t address, uint32_t bytes, uint32_t piece)
{
    volatile uint32_t *prd = (volatile uint32_t *)ATA_PRD_TABLE;
    uint32_t n = 0;
    while (bytes > 0) {
        uint32_t length = 0x10000u - (address & 0xFFFFu);
        if (length > piece) {
            length = piece;
        }
        if (length > bytes) {
            length = bytes;
        }
        prd[2 * n] = address;
        prd[2 * n + 1] = (length & 0xFFFFu) | (bytes == length ? PRD_EOT : 0);
        address += length;
        bytes -= length;
        n++;
    }
    return n;
}

/* A DMA command through the PRD table: started, then completion by IRQ 14 (the handler acknowledges the device
   and records the Status). Returns its AtaOutcome with the bus master status in bits 23:16. */
static uint32_t AtaDma(uint8_t command, uint32_t lba, uint32_t count, int ext, int toMemory)
{
    uint32_t irqs = AtaIrqs;
    __outdword(ATA_BMIBA + BM_TABLE, ATA_PRD_TABLE);
    __outbyte(ATA_BMIBA + BM_STATUS, BM_ERROR | BM_INTERRUPT);
    AtaTaskFile(lba, count, ext);
    __outbyte(ATA_COMMAND, command);
    __outbyte(ATA_BMIBA + BM_COMMAND, (uint8_t)(BM_START | (toMemory ? BM_WRITE_TO_MEMORY : 0)));
    for (uint32_t polls = 0; AtaIrqs == irqs && polls < 10000000u; polls++) {
    }
    __outbyte(ATA_BMIBA + BM_COMMAND, 0);
    return (uint32_t)__inbyte(ATA_BMIBA + BM_STATUS) << 16 | AtaOutcome(AtaIrqStatus);
}

static void AtaInterrupt(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    AtaIrqStatus = __inbyte(ATA_STATUS); /* acknowledges INTRQ */
    AtaIrqs++;
    BdPicEndOfInterrupt(ATA_IRQ);
}

/* IRQ 14 at vector 0x2E. */
static void AtaEnableInterrupts(void)
{
    BdPicInitialize();
    BdSetGate(0x20 + ATA_IRQ, AtaInterrupt, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPicUnmask(2);
    BdPicUnmask(ATA_IRQ);
    __outbyte(ATA_DEVICE_CONTROL, 0);
    _enable();
}

#endif
