/* nvme.h - a small polled NVMe driver for the freestanding tests, written from the NVM Express base
   specification 1.4: find the controller by PCI scan (configuration mechanism #1), place BAR0 (no firmware has
   run), reset and enable the controller with an admin queue pair, submit commands and poll their completions by
   phase tag. Fixed physical memory from 8 MiB up holds the queues, PRP lists and data buffers. */
#ifndef NVME_H
#define NVME_H

#include "board.h"

/* PCI configuration mechanism #1 (PCI 3.0 §3.2.2.3.2). */
static uint32_t PciRead32(int device, int offset)
{
    __outdword(0xCF8, 0x80000000u | ((uint32_t)device << 11) | ((uint32_t)offset & 0xFC));
    return __indword(0xCFC);
}

static void PciWrite32(int device, int offset, uint32_t value)
{
    __outdword(0xCF8, 0x80000000u | ((uint32_t)device << 11) | ((uint32_t)offset & 0xFC));
    __outdword(0xCFC, value);
}

/* Controller registers (§3.1). */
#define NVME_CAP 0x00
#define NVME_VS 0x08
#define NVME_INTMS 0x0C
#define NVME_INTMC 0x10
#define NVME_CC 0x14
#define NVME_CSTS 0x1C
#define NVME_AQA 0x24
#define NVME_ASQ 0x28
#define NVME_ACQ 0x30
#define CC_EN 0x1u
#define CC_IOSQES_64 (6u << 16)
#define CC_IOCQES_16 (4u << 20)
#define CC_SHN_NORMAL (1u << 14)
#define CSTS_RDY 0x1u
#define CSTS_CFS 0x2u
#define CSTS_SHST_MASK 0xCu
#define CSTS_SHST_COMPLETE 0x8u

#define NVME_BAR0 0xC0000000u
#define NVME_ADMIN_SQ 0x00800000u
#define NVME_ADMIN_CQ 0x00801000u
#define NVME_IO_SQ 0x00802000u
#define NVME_IO_CQ 0x00803000u
#define NVME_PRP_LIST 0x00804000u /* two pages: lists may chain */
#define NVME_IDENTIFY 0x00806000u
#define NVME_QUEUE_ENTRIES 16

typedef struct _NVME_QUEUE {
    volatile uint32_t *Sq;
    volatile uint32_t *Cq;
    uint32_t Id;
    uint32_t SqTail;
    uint32_t CqHead;
    uint32_t Phase;
    uint16_t NextCid;
} NVME_QUEUE;

static volatile uint32_t *NvmeRegs;
static uint32_t NvmeStride;
static int NvmeDevice = -1;
static NVME_QUEUE NvmeAdmin;
static NVME_QUEUE NvmeIo;

static uint32_t NvmeRead(uint32_t offset) { return NvmeRegs[offset / 4]; }
static void NvmeWrite(uint32_t offset, uint32_t value) { NvmeRegs[offset / 4] = value; }

/* Finds class 01h/08h/02h on bus 0; returns its device number or -1. */
static int NvmeFind(void)
{
    for (int device = 0; device < 32; device++) {
        uint32_t id = PciRead32(device, 0);
        if ((id & 0xFFFF) == 0xFFFF) {
            continue;
        }
        if ((PciRead32(device, 0x08) >> 8) == 0x010802) {
            return device;
        }
    }
    return -1;
}

/* Sizes BAR0 (64-bit memory), places it at NVME_BAR0, turns on memory decoding and bus mastering. Returns the size. */
static uint32_t NvmePlaceBar(int device)
{
    uint32_t size;
    PciWrite32(device, 0x10, 0xFFFFFFFFu);
    PciWrite32(device, 0x14, 0xFFFFFFFFu);
    size = ~(PciRead32(device, 0x10) & ~0xFu) + 1;
    PciWrite32(device, 0x10, NVME_BAR0);
    PciWrite32(device, 0x14, 0);
    PciWrite32(device, 0x04, (PciRead32(device, 0x04) & 0xFFFF0000u) | 0x0006); /* memory space, bus master */
    NvmeRegs = (volatile uint32_t *)NVME_BAR0;
    return size;
}

static int NvmeWaitStatus(uint32_t mask, uint32_t value)
{
    for (uint32_t polls = 0; polls < 10000000u; polls++) {
        uint32_t csts = NvmeRead(NVME_CSTS);
        if (csts & CSTS_CFS) {
            return -1;
        }
        if ((csts & mask) == value) {
            return 0;
        }
    }
    return -2;
}

static void NvmeQueueInit(NVME_QUEUE *q, uint32_t id, uint32_t sq, uint32_t cq)
{
    uint32_t *p = (uint32_t *)sq;
    for (uint32_t i = 0; i < NVME_QUEUE_ENTRIES * 16; i++) {
        p[i] = 0;
    }
    p = (uint32_t *)cq;
    for (uint32_t i = 0; i < NVME_QUEUE_ENTRIES * 4; i++) {
        p[i] = 0;
    }
    q->Sq = (volatile uint32_t *)sq;
    q->Cq = (volatile uint32_t *)cq;
    q->Id = id;
    q->SqTail = 0;
    q->CqHead = 0;
    q->Phase = 1;
    q->NextCid = 1;
}

/* Resets and enables the controller with a 16-entry admin queue pair (§7.6.1). 0 on success. */
static int NvmeEnable(void)
{
    uint32_t capHigh = NvmeRead(NVME_CAP + 4);
    NvmeStride = 4u << (capHigh & 0xF);
    NvmeWrite(NVME_CC, 0);
    if (NvmeWaitStatus(CSTS_RDY, 0) != 0) {
        return -1;
    }
    NvmeQueueInit(&NvmeAdmin, 0, NVME_ADMIN_SQ, NVME_ADMIN_CQ);
    NvmeWrite(NVME_AQA, ((NVME_QUEUE_ENTRIES - 1) << 16) | (NVME_QUEUE_ENTRIES - 1));
    NvmeWrite(NVME_ASQ, NVME_ADMIN_SQ);
    NvmeWrite(NVME_ASQ + 4, 0);
    NvmeWrite(NVME_ACQ, NVME_ADMIN_CQ);
    NvmeWrite(NVME_ACQ + 4, 0);
    NvmeWrite(NVME_CC, CC_EN | CC_IOSQES_64 | CC_IOCQES_16);
    return NvmeWaitStatus(CSTS_RDY, CSTS_RDY);
}

/* Submits one command (CDW0 opcode, NSID, PRP1, PRP2, CDW10-15) and polls its completion. Returns the status
   field (0: success), or 0xFFFF if nothing completed; *Result gets DW0. */
static uint32_t NvmeSubmit(NVME_QUEUE *q, uint8_t opcode, uint32_t nsid, uint32_t prp1, uint32_t prp2,
    uint32_t cdw10, uint32_t cdw11, uint32_t cdw12, uint32_t *result)
{
    volatile uint32_t *e = q->Sq + q->SqTail * 16;
    volatile uint32_t *c;
    uint16_t cid = q->NextCid++;
    for (int i = 0; i < 16; i++) {
        e[i] = 0;
    }
    e[0] = opcode | ((uint32_t)cid << 16);
    e[1] = nsid;
    e[6] = prp1;
    e[8] = prp2;
    e[10] = cdw10;
    e[11] = cdw11;
    e[12] = cdw12;
    q->SqTail = (q->SqTail + 1) % NVME_QUEUE_ENTRIES;
    NvmeWrite(0x1000 + (2 * q->Id) * NvmeStride, q->SqTail);
    c = q->Cq + q->CqHead * 4;
    for (uint32_t polls = 0; ((c[3] >> 16) & 1) != q->Phase; polls++) {
        if (polls > 10000000u) {
            return 0xFFFF;
        }
    }
    if (result) {
        *result = c[0];
    }
    uint32_t status = (c[3] >> 17) & 0x7FFF;
    if ((c[3] & 0xFFFF) != cid || (c[2] >> 16) != q->Id) {
        status = 0xFFFE; /* a completion for someone else */
    }
    q->CqHead++;
    if (q->CqHead == NVME_QUEUE_ENTRIES) {
        q->CqHead = 0;
        q->Phase ^= 1;
    }
    NvmeWrite(0x1000 + (2 * q->Id + 1) * NvmeStride, q->CqHead);
    return status;
}

/* Status Code Type and Status Code, without More and Do Not Retry. */
#define NVME_SC(status) ((status) & 0x7FF)

/* PRPs for a buffer (§4.3): PRP1 is the buffer itself; PRP2 the next page, or a PRP list of the pages after
   the first. */
static void NvmeBuildPrps(uint32_t buffer, uint32_t bytes, uint32_t *prp1, uint32_t *prp2)
{
    uint32_t first = 4096 - (buffer & 0xFFF);
    *prp1 = buffer;
    *prp2 = 0;
    if (bytes <= first) {
        return;
    }
    if (bytes - first <= 4096) {
        *prp2 = (buffer & ~0xFFFu) + 4096;
        return;
    }
    volatile uint32_t *list = (volatile uint32_t *)NVME_PRP_LIST;
    uint32_t page = (buffer & ~0xFFFu) + 4096;
    uint32_t n = 0;
    for (uint32_t done = first; done < bytes; done += 4096) {
        list[2 * n] = page;
        list[2 * n + 1] = 0;
        page += 4096;
        n++;
    }
    *prp2 = NVME_PRP_LIST;
}

static uint32_t NvmeIo_(uint8_t opcode, uint32_t lba, uint32_t blocks, uint32_t buffer)
{
    uint32_t prp1, prp2;
    NvmeBuildPrps(buffer, blocks * 512, &prp1, &prp2);
    return NvmeSubmit(&NvmeIo, opcode, 1, prp1, prp2, lba, 0, blocks - 1, 0);
}

/* Brings the controller up with one I/O queue pair; prints what it finds. 0 on success. */
static int NvmeStart(void)
{
    uint32_t result = 0;
    uint32_t status;
    NvmeDevice = NvmeFind();
    if (NvmeDevice < 0) {
        BdPuts("no NVMe controller\n");
        return -1;
    }
    BdPuts("nvme at 00:");
    BdPutHex((uint32_t)NvmeDevice);
    BdPuts(" BAR0 size ");
    BdPutHex(NvmePlaceBar(NvmeDevice));
    BdPuts("\nVS ");
    BdPutHex(NvmeRead(NVME_VS));
    BdPutChar('\n');
    if (NvmeEnable() != 0) {
        BdPuts("enable failed, CSTS ");
        BdPutHex(NvmeRead(NVME_CSTS));
        BdPutChar('\n');
        return -1;
    }
    BdPuts("ready\n");
    status = NvmeSubmit(&NvmeAdmin, 0x09, 0, 0, 0, 0x07, 0x00000000u, 0, &result); /* Number of Queues: 1 and 1 */
    BdPuts("set features (queues) status ");
    BdPutHex(status);
    BdPutChar('\n');
    NvmeQueueInit(&NvmeIo, 1, NVME_IO_SQ, NVME_IO_CQ);
    status = NvmeSubmit(&NvmeAdmin, 0x05, 0, NVME_IO_CQ, 0, ((NVME_QUEUE_ENTRIES - 1) << 16) | 1, 0x1, 0, 0);
    status |= NvmeSubmit(&NvmeAdmin, 0x01, 0, NVME_IO_SQ, 0, ((NVME_QUEUE_ENTRIES - 1) << 16) | 1, (1u << 16) | 0x1, 0, 0);
    BdPuts("I/O queues status ");
    BdPutHex(status);
    BdPutChar('\n');
    return status == 0 ? 0 : -1;
}

/* Normal shutdown (§7.6.2): CC.SHN = 01b, wait for CSTS.SHST = 10b. */
static int NvmeShutdown(void)
{
    NvmeWrite(NVME_CC, NvmeRead(NVME_CC) | CC_SHN_NORMAL);
    return NvmeWaitStatus(CSTS_SHST_MASK, CSTS_SHST_COMPLETE);
}

#endif
