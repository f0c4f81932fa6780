// RUN: --drive $DISK
// DISK: 2048
/* An NVMe driver end to end: find the controller by PCI scan, place BAR0, enable, Identify, create an I/O queue
   pair, write a pattern across the first 338 sectors in requests of 1 sector to 32 pages (an unaligned buffer
   through a PRP list among them), flush, read it all back in other sizes and compare, and shut down.
   The pattern (NvmeRwHostTests checks the image file against it byte by byte): the byte at disk offset o is
   (o / 512) * 31 + (o % 512) * 7 + 1, modulo 256. */
#include "nvme.h"

#define DATA 0x00900000u
#define PATTERN_SECTORS 338u

static uint8_t PatternByte(uint32_t offset)
{
    return (uint8_t)((offset / 512) * 31 + (offset % 512) * 7 + 1);
}

typedef struct _REQUEST {
    uint32_t Lba;
    uint32_t Blocks;
    uint32_t BufferOffset; /* from DATA: a page offset makes PRP1 unaligned */
} REQUEST;

/* Writes: 1 sector, one page, 9 sectors from mid-page (PRP2 is a page), 32 KiB from an unaligned buffer
   (a PRP list), 128 KiB (a PRP list of 31 entries). */
static const REQUEST Writes[] = {
    { 0, 1, 0 }, { 1, 8, 0 }, { 9, 9, 0x200 }, { 18, 64, 0x100 }, { 82, 256, 0 },
};
/* Reads, split differently: 3 sectors unaligned, 100 sectors across a PRP list, the rest in one. */
static const REQUEST Reads[] = {
    { 0, 3, 0x40 }, { 3, 100, 0x600 }, { 103, 235, 0 },
};

int main(void)
{
    uint32_t status;
    uint32_t result;
    uint32_t mismatches = 0;
    volatile uint8_t *identify = (volatile uint8_t *)NVME_IDENTIFY;

    if (NvmeStart() != 0) {
        BdDebugExit(1);
    }

    status = NvmeSubmit(&NvmeAdmin, 0x06, 0, NVME_IDENTIFY, 0, 1, 0, 0, 0); /* Identify Controller */
    BdPuts("identify controller status ");
    BdPutHex(status);
    BdPuts(" VID ");
    BdPutHex(identify[0] | identify[1] << 8);
    BdPuts(" SQES ");
    BdPutHex(identify[512]);
    BdPuts(" CQES ");
    BdPutHex(identify[513]);
    BdPuts(" VWC.present ");
    BdPutDec(identify[525] & 1);
    BdPutChar('\n');
    status = NvmeSubmit(&NvmeAdmin, 0x06, 1, NVME_IDENTIFY, 0, 0, 0, 0, 0); /* Identify Namespace 1 */
    BdPuts("identify namespace status ");
    BdPutHex(status);
    BdPuts(" NSZE ");
    BdPutDec(identify[0] | identify[1] << 8 | identify[2] << 16 | (uint32_t)identify[3] << 24);
    BdPuts(" LBADS ");
    BdPutDec(identify[128 + 2]);
    BdPutChar('\n');

    for (uint32_t r = 0; r < sizeof(Writes) / sizeof(Writes[0]); r++) {
        volatile uint8_t *buffer = (volatile uint8_t *)(DATA + Writes[r].BufferOffset);
        uint32_t base = Writes[r].Lba * 512;
        for (uint32_t i = 0; i < Writes[r].Blocks * 512; i++) {
            buffer[i] = PatternByte(base + i);
        }
        status = NvmeIo_(0x01, Writes[r].Lba, Writes[r].Blocks, DATA + Writes[r].BufferOffset);
        BdPuts("write lba ");
        BdPutDec(Writes[r].Lba);
        BdPuts(" x");
        BdPutDec(Writes[r].Blocks);
        BdPuts(" status ");
        BdPutHex(status);
        BdPutChar('\n');
    }
    status = NvmeSubmit(&NvmeIo, 0x00, 1, 0, 0, 0, 0, 0, 0);
    BdPuts("flush status ");
    BdPutHex(status);
    BdPutChar('\n');

    for (uint32_t r = 0; r < sizeof(Reads) / sizeof(Reads[0]); r++) {
        volatile uint8_t *buffer = (volatile uint8_t *)(DATA + Reads[r].BufferOffset);
        uint32_t base = Reads[r].Lba * 512;
        for (uint32_t i = 0; i < Reads[r].Blocks * 512; i++) {
            buffer[i] = 0;
        }
        status = NvmeIo_(0x02, Reads[r].Lba, Reads[r].Blocks, DATA + Reads[r].BufferOffset);
        for (uint32_t i = 0; i < Reads[r].Blocks * 512; i++) {
            if (buffer[i] != PatternByte(base + i)) {
                mismatches++;
            }
        }
        BdPuts("read lba ");
        BdPutDec(Reads[r].Lba);
        BdPuts(" x");
        BdPutDec(Reads[r].Blocks);
        BdPuts(" status ");
        BdPutHex(status);
        BdPutChar('\n');
    }
    BdPuts("mismatched bytes ");
    BdPutDec(mismatches);
    BdPutChar('\n');

    /* The disk has 2048 sectors: a read of 2 from the last one is out of range. */
    status = NvmeIo_(0x02, 2047, 2, DATA);
    BdPuts("read past the end: status ");
    BdPutHex(NVME_SC(status));
    BdPutChar('\n');
    status = NvmeSubmit(&NvmeIo, 0x7F, 1, 0, 0, 0, 0, 0, &result);
    BdPuts("unknown opcode: status ");
    BdPutHex(NVME_SC(status));
    BdPutChar('\n');

    BdPuts(NvmeShutdown() == 0 ? "shutdown complete\n" : "shutdown failed\n");
    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
nvme at 00:0x00000004 BAR0 size 0x00004000
VS 0x00010400
ready
set features (queues) status 0x00000000
I/O queues status 0x00000000
identify controller status 0x00000000 VID 0x00001B36 SQES 0x00000066 CQES 0x00000044 VWC.present 1
identify namespace status 0x00000000 NSZE 2048 LBADS 9
write lba 0 x1 status 0x00000000
write lba 1 x8 status 0x00000000
write lba 9 x9 status 0x00000000
write lba 18 x64 status 0x00000000
write lba 82 x256 status 0x00000000
flush status 0x00000000
read lba 0 x3 status 0x00000000
read lba 3 x100 status 0x00000000
read lba 103 x235 status 0x00000000
mismatched bytes 0
read past the end: status 0x00000080
  -- LBA Out of Range (SCT 0, SC 80h); the status field also carries DNR, masked off here.
unknown opcode: status 0x00000001
  -- Invalid Command Opcode.
shutdown complete
*/
