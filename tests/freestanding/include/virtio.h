/* virtio.h - a small polled virtio driver for the freestanding tests, written from the Virtual I/O Device
   (VIRTIO) specification 1.1: find a modern virtio PCI function by scan (configuration mechanism #1), walk its
   vendor-specific capabilities (§4.1.4) to the common, notify, ISR and device configuration structures, size
   and place the BARs they name (no firmware has run), negotiate features and bring up one split virtqueue
   (§2.6, §3.1.1), and submit descriptor chains (direct or through an indirect table) and poll the used ring.
   Fixed physical memory from 8 MiB up holds the rings, indirect tables and request headers. */
#ifndef VIRTIO_H
#define VIRTIO_H

#include "board.h"

static uint32_t VirtioCfgRead32(int device, int offset)
{
    __outdword(0xCF8, 0x80000000u | ((uint32_t)device << 11) | ((uint32_t)offset & 0xFC));
    return __indword(0xCFC);
}

static void VirtioCfgWrite32(int device, int offset, uint32_t value)
{
    __outdword(0xCF8, 0x80000000u | ((uint32_t)device << 11) | ((uint32_t)offset & 0xFC));
    __outdword(0xCFC, value);
}

static uint8_t VirtioCfgRead8(int device, int offset)
{
    return (uint8_t)(VirtioCfgRead32(device, offset) >> (8 * (offset & 3)));
}

/* struct virtio_pci_cap cfg_type values (§4.1.4). */
#define VIRTIO_PCI_CAP_COMMON_CFG 1
#define VIRTIO_PCI_CAP_NOTIFY_CFG 2
#define VIRTIO_PCI_CAP_ISR_CFG 3
#define VIRTIO_PCI_CAP_DEVICE_CFG 4
#define VIRTIO_PCI_CAP_PCI_CFG 5

/* struct virtio_pci_common_cfg (§4.1.4.3). */
#define VIRTIO_COMMON_DFSELECT 0x00
#define VIRTIO_COMMON_DF 0x04
#define VIRTIO_COMMON_GFSELECT 0x08
#define VIRTIO_COMMON_GF 0x0C
#define VIRTIO_COMMON_MSIX 0x10
#define VIRTIO_COMMON_NUMQ 0x12
#define VIRTIO_COMMON_STATUS 0x14
#define VIRTIO_COMMON_CFGGENERATION 0x15
#define VIRTIO_COMMON_Q_SELECT 0x16
#define VIRTIO_COMMON_Q_SIZE 0x18
#define VIRTIO_COMMON_Q_MSIX 0x1A
#define VIRTIO_COMMON_Q_ENABLE 0x1C
#define VIRTIO_COMMON_Q_NOFF 0x1E
#define VIRTIO_COMMON_Q_DESCLO 0x20
#define VIRTIO_COMMON_Q_DESCHI 0x24
#define VIRTIO_COMMON_Q_AVAILLO 0x28
#define VIRTIO_COMMON_Q_AVAILHI 0x2C
#define VIRTIO_COMMON_Q_USEDLO 0x30
#define VIRTIO_COMMON_Q_USEDHI 0x34

/* Device status (§2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER 2
#define VIRTIO_STATUS_DRIVER_OK 4
#define VIRTIO_STATUS_FEATURES_OK 8
#define VIRTIO_STATUS_DEVICE_NEEDS_RESET 64
#define VIRTIO_STATUS_FAILED 128

/* Feature bits: the high word's bit 0 is bit 32. */
#define VIRTIO_F_INDIRECT_DESC_LO (1u << 28)
#define VIRTIO_F_EVENT_IDX_LO (1u << 29)
#define VIRTIO_F_VERSION_1_HI (1u << 0)

/* Split virtqueue (§2.6). */
#define VIRTQ_DESC_F_NEXT 1
#define VIRTQ_DESC_F_WRITE 2
#define VIRTQ_DESC_F_INDIRECT 4

typedef struct _VIRTQ_DESC {
    uint32_t AddrLow;
    uint32_t AddrHigh;
    uint32_t Len;
    uint16_t Flags;
    uint16_t Next;
} VIRTQ_DESC;

#define VIRTIO_BAR_BASE 0xC0000000u
#define VIRTQ_DESC_TABLE 0x00800000u
#define VIRTQ_AVAIL 0x00801000u
#define VIRTQ_USED 0x00802000u
#define VIRTQ_INDIRECT 0x00803000u /* one page: 256 descriptors */
#define VIRTQ_SIZE 16

typedef struct _VIRTIO_DEVICE {
    int Device;
    volatile uint8_t *Common;
    volatile uint8_t *Notify;
    uint32_t NotifyOffMultiplier;
    volatile uint8_t *Isr;
    volatile uint8_t *DeviceCfg;
    uint32_t BarBase[6];
    uint16_t QueueSize;
    uint16_t QueueNotifyOff;
    uint16_t AvailIdx;
    uint16_t UsedIdx;
} VIRTIO_DEVICE;

static VIRTIO_DEVICE Virtio;

static uint8_t VirtioRead8(uint32_t field) { return *(volatile uint8_t *)(Virtio.Common + field); }
static uint16_t VirtioRead16(uint32_t field) { return *(volatile uint16_t *)(Virtio.Common + field); }
static uint32_t VirtioRead32(uint32_t field) { return *(volatile uint32_t *)(Virtio.Common + field); }
static void VirtioWrite8(uint32_t field, uint8_t value) { *(volatile uint8_t *)(Virtio.Common + field) = value; }
static void VirtioWrite16(uint32_t field, uint16_t value) { *(volatile uint16_t *)(Virtio.Common + field) = value; }
static void VirtioWrite32(uint32_t field, uint32_t value) { *(volatile uint32_t *)(Virtio.Common + field) = value; }

/* Finds 1AF4:(1040h + type) on bus 0; returns its device number or -1. */
static int VirtioFind(uint16_t type)
{
    for (int device = 0; device < 32; device++) {
        if (VirtioCfgRead32(device, 0) == (0x1AF4u | (uint32_t)(0x1040u + type) << 16)) {
            return device;
        }
    }
    return -1;
}

/* Sizes BAR b (32- or 64-bit memory) and places it at the next free address from VIRTIO_BAR_BASE, aligned to its
   size. Returns its size (0 if it is not a memory BAR). */
static uint32_t VirtioPlaceBar(int device, int b, uint32_t *next)
{
    int reg = 0x10 + 4 * b;
    uint32_t original = VirtioCfgRead32(device, reg);
    uint32_t size;
    if (original & 1) {
        return 0;
    }
    VirtioCfgWrite32(device, reg, 0xFFFFFFFFu);
    size = ~(VirtioCfgRead32(device, reg) & ~0xFu) + 1;
    *next = (*next + size - 1) & ~(size - 1);
    VirtioCfgWrite32(device, reg, *next);
    if ((original & 0x6) == 0x4) {
        VirtioCfgWrite32(device, reg + 4, 0);
    }
    Virtio.BarBase[b] = *next;
    *next += size;
    return size;
}

/* Walks the capability list; places each BAR a structure lives in; enables memory decoding and bus mastering.
   Returns 0 when the common, notify, ISR and device structures were all found. */
static int VirtioMapStructures(int device)
{
    uint32_t next = VIRTIO_BAR_BASE;
    int found = 0;
    int steps = 0;
    Virtio.Device = device;
    for (int b = 0; b < 6; b++) {
        Virtio.BarBase[b] = 0;
    }
    for (int cap = VirtioCfgRead8(device, 0x34) & 0xFC; cap != 0 && steps < 48; cap = VirtioCfgRead8(device, cap + 1) & 0xFC, steps++) {
        if (VirtioCfgRead8(device, cap) != 0x09) {
            continue; /* not vendor-specific: MSI-X and others */
        }
        uint8_t type = VirtioCfgRead8(device, cap + 3);
        uint8_t bar = VirtioCfgRead8(device, cap + 4);
        uint32_t offset = VirtioCfgRead32(device, cap + 8);
        if (type < VIRTIO_PCI_CAP_COMMON_CFG || type > VIRTIO_PCI_CAP_DEVICE_CFG || bar > 5 || (found & (1 << type))) {
            continue; /* the PCI configuration window, vendor extensions, or a second structure of a kind */
        }
        if (Virtio.BarBase[bar] == 0 && VirtioPlaceBar(device, bar, &next) == 0) {
            continue;
        }
        volatile uint8_t *at = (volatile uint8_t *)(Virtio.BarBase[bar] + offset);
        found |= 1 << type;
        if (type == VIRTIO_PCI_CAP_COMMON_CFG) {
            Virtio.Common = at;
        } else if (type == VIRTIO_PCI_CAP_NOTIFY_CFG) {
            Virtio.Notify = at;
            Virtio.NotifyOffMultiplier = VirtioCfgRead32(device, cap + 16);
        } else if (type == VIRTIO_PCI_CAP_ISR_CFG) {
            Virtio.Isr = at;
        } else {
            Virtio.DeviceCfg = at;
        }
    }
    VirtioCfgWrite32(device, 0x04, (VirtioCfgRead32(device, 0x04) & 0xFFFF0000u) | 0x0006); /* memory space, bus master */
    return found == 0x1E ? 0 : -1;
}

/* Reset, ACKNOWLEDGE, DRIVER, accept (offered & wanted) features, FEATURES_OK and its re-read (§3.1.1).
   Returns the accepted feature words, or -1 in *High if the device refused. */
static void VirtioNegotiate(uint32_t wantLow, uint32_t wantHigh, uint32_t *low, uint32_t *high)
{
    VirtioWrite8(VIRTIO_COMMON_STATUS, 0);
    while (VirtioRead8(VIRTIO_COMMON_STATUS) != 0) {
    }
    VirtioWrite8(VIRTIO_COMMON_STATUS, VIRTIO_STATUS_ACKNOWLEDGE);
    VirtioWrite8(VIRTIO_COMMON_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
    VirtioWrite32(VIRTIO_COMMON_DFSELECT, 0);
    *low = VirtioRead32(VIRTIO_COMMON_DF) & wantLow;
    VirtioWrite32(VIRTIO_COMMON_DFSELECT, 1);
    *high = VirtioRead32(VIRTIO_COMMON_DF) & wantHigh;
    VirtioWrite32(VIRTIO_COMMON_GFSELECT, 0);
    VirtioWrite32(VIRTIO_COMMON_GF, *low);
    VirtioWrite32(VIRTIO_COMMON_GFSELECT, 1);
    VirtioWrite32(VIRTIO_COMMON_GF, *high);
    VirtioWrite8(VIRTIO_COMMON_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK);
}

/* Sets queue 0 up with VIRTQ_SIZE entries (§4.1.5.1.3); returns the device's maximum queue size (0: no queue). */
static uint16_t VirtioSetupQueue(void)
{
    uint16_t max;
    uint32_t *p = (uint32_t *)VIRTQ_DESC_TABLE;
    for (uint32_t i = 0; i < 3 * 4096 / 4; i++) {
        p[i] = 0;
    }
    VirtioWrite16(VIRTIO_COMMON_Q_SELECT, 0);
    max = VirtioRead16(VIRTIO_COMMON_Q_SIZE);
    if (max == 0) {
        return 0;
    }
    Virtio.QueueSize = max < VIRTQ_SIZE ? max : VIRTQ_SIZE;
    VirtioWrite16(VIRTIO_COMMON_Q_SIZE, Virtio.QueueSize);
    Virtio.QueueNotifyOff = VirtioRead16(VIRTIO_COMMON_Q_NOFF);
    VirtioWrite32(VIRTIO_COMMON_Q_DESCLO, VIRTQ_DESC_TABLE);
    VirtioWrite32(VIRTIO_COMMON_Q_DESCHI, 0);
    VirtioWrite32(VIRTIO_COMMON_Q_AVAILLO, VIRTQ_AVAIL);
    VirtioWrite32(VIRTIO_COMMON_Q_AVAILHI, 0);
    VirtioWrite32(VIRTIO_COMMON_Q_USEDLO, VIRTQ_USED);
    VirtioWrite32(VIRTIO_COMMON_Q_USEDHI, 0);
    VirtioWrite16(VIRTIO_COMMON_Q_ENABLE, 1);
    Virtio.AvailIdx = 0;
    Virtio.UsedIdx = 0;
    return max;
}

static void VirtioSetDescriptor(volatile VIRTQ_DESC *table, uint16_t index, uint32_t addr, uint32_t len, uint16_t flags, uint16_t next)
{
    table[index].AddrLow = addr;
    table[index].AddrHigh = 0;
    table[index].Len = len;
    table[index].Flags = flags;
    table[index].Next = next;
}

/* Makes the chain at descriptor Head available, notifies queue 0 and polls the used ring. Returns the used
   element's length, or 0xFFFFFFFF if nothing came back (or another chain did). */
static uint32_t VirtioSubmitAndWait(uint16_t head)
{
    volatile uint16_t *avail = (volatile uint16_t *)VIRTQ_AVAIL;
    volatile uint16_t *usedIdx = (volatile uint16_t *)(VIRTQ_USED + 2);
    volatile uint32_t *usedRing = (volatile uint32_t *)(VIRTQ_USED + 4);
    avail[2 + Virtio.AvailIdx % Virtio.QueueSize] = head;
    Virtio.AvailIdx++;
    avail[1] = Virtio.AvailIdx;
    *(volatile uint16_t *)(Virtio.Notify + (uint32_t)Virtio.QueueNotifyOff * Virtio.NotifyOffMultiplier) = 0;
    for (uint32_t polls = 0; *usedIdx == Virtio.UsedIdx; polls++) {
        if (polls > 10000000u) {
            return 0xFFFFFFFFu;
        }
    }
    uint32_t slot = Virtio.UsedIdx % Virtio.QueueSize;
    Virtio.UsedIdx++;
    if (usedRing[2 * slot] != head) {
        return 0xFFFFFFFFu;
    }
    return usedRing[2 * slot + 1];
}

#endif
