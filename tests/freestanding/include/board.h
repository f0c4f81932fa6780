/* board.h - what the freestanding test programs share: COM1 output, the run's exits, the PIC, the PIT and the
   IDT, programmed as their datasheets describe. Everything is static so each program stays one file. */
#ifndef BOARD_H
#define BOARD_H

#include <intrin.h>
#include <machine.h>
#include <stdint.h>

#define COM1 0x3F8
#define COM1_LSR (COM1 + 5)
#define LSR_THR_EMPTY 0x20

static void BdPutChar(char c)
{
    while ((__inbyte(COM1_LSR) & LSR_THR_EMPTY) == 0) {
    }
    __outbyte(COM1, (unsigned char)c);
}

static void BdPuts(const char *s)
{
    while (*s) {
        BdPutChar(*s++);
    }
}

static void BdPutDec(uint32_t value)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0) {
        BdPutChar(digits[--n]);
    }
}

static void BdPutHex(uint32_t value)
{
    BdPuts("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        BdPutChar("0123456789ABCDEF"[(value >> shift) & 0xF]);
    }
}

/* ACPI S5 through PM1a_CNT (SLP_TYP 0, SLP_EN): status 0. nt2cs's machine ends the run at the write; a real
   chipset, and QEMU's, powers off a little later, so the CPU waits for it rather than running on. */
static void BdPowerOff(void)
{
    __outword(0x604, 0x2000);
    for (;;) {
        __halt();
    }
}

/* debug-exit: status (code << 1) | 1. */
static void BdDebugExit(unsigned char code)
{
    __outbyte(0xF4, code);
}

/* 8259A pair: ICW1-4 put IRQ 0-7 at vectors 0x20-0x27 and IRQ 8-15 at 0x28-0x2F; everything masked. */
#define PIC_MASTER 0x20
#define PIC_SLAVE 0xA0
#define PIC_EOI 0x20

static void BdPicInitialize(void)
{
    __outbyte(PIC_MASTER, 0x11);     /* ICW1: edge, cascade, ICW4 needed */
    __outbyte(PIC_MASTER + 1, 0x20); /* ICW2: vector base */
    __outbyte(PIC_MASTER + 1, 0x04); /* ICW3: slave on IR2 */
    __outbyte(PIC_MASTER + 1, 0x01); /* ICW4: 8086 mode */
    __outbyte(PIC_SLAVE, 0x11);
    __outbyte(PIC_SLAVE + 1, 0x28);
    __outbyte(PIC_SLAVE + 1, 0x02);  /* ICW3: slave identity 2 */
    __outbyte(PIC_SLAVE + 1, 0x01);
    __outbyte(PIC_MASTER + 1, 0xFF); /* OCW1: mask all */
    __outbyte(PIC_SLAVE + 1, 0xFF);
}

static void BdPicUnmask(int irq)
{
    unsigned short port = irq < 8 ? PIC_MASTER + 1 : PIC_SLAVE + 1;
    __outbyte(port, (unsigned char)(__inbyte(port) & ~(1u << (irq & 7))));
}

static void BdPicEndOfInterrupt(int irq)
{
    if (irq >= 8) {
        __outbyte(PIC_SLAVE, PIC_EOI);
    }
    __outbyte(PIC_MASTER, PIC_EOI);
}

/* 8254 counter 0 in mode 2 (rate generator), binary, LSB then MSB. */
#define PIT_HZ 1193182u

static void BdPitStartPeriodic(uint16_t count)
{
    __outbyte(0x43, 0x34);
    __outbyte(0x40, (unsigned char)(count & 0xFF));
    __outbyte(0x40, (unsigned char)(count >> 8));
}

/* The IDT: 256 gates, loaded with lidt. */
typedef struct _BD_GATE {
    uint16_t OffsetLow;
    uint16_t Selector;
    uint8_t Reserved;
    uint8_t TypeAttributes;
    uint16_t OffsetHigh;
} BD_GATE;

#pragma pack(push, 1)
typedef struct _BD_PSEUDO_DESCRIPTOR {
    uint16_t Limit;
    uint32_t Base;
} BD_PSEUDO_DESCRIPTOR;
#pragma pack(pop)

#define BD_INTERRUPT_GATE 0x8E
#define BD_TRAP_GATE 0x8F

static BD_GATE BdIdt[256];

/* nt2cs's CPU calls the handler a gate names; a native build's machine.h gives the entry stub that calls it. */
#ifndef MACHINE_GATE_OFFSET
#define MACHINE_GATE_OFFSET(vector, handler) ((uint32_t)(handler))
#endif

static void BdSetGate(int vector, void (*handler)(MACHINE_TRAP_FRAME *), uint8_t type)
{
    uint32_t offset = (uint32_t)MACHINE_GATE_OFFSET(vector, handler);
    BdIdt[vector].OffsetLow = (uint16_t)offset;
    BdIdt[vector].Selector = 0x08;
    BdIdt[vector].Reserved = 0;
    BdIdt[vector].TypeAttributes = type;
    BdIdt[vector].OffsetHigh = (uint16_t)(offset >> 16);
}

static void BdLoadIdt(void)
{
    BD_PSEUDO_DESCRIPTOR idtr;
    idtr.Limit = sizeof(BdIdt) - 1;
    idtr.Base = (uint32_t)BdIdt;
    __lidt(&idtr);
}

/* Paging (SDM vol. 3A ch. 4): a page directory at 5 MiB whose first two tables identity-map 0-8 MiB, and an
   empty table for the 4 MiB at 0x40000000, so programs can map pages there. Paging stays off. */
#define BD_PD ((volatile uint32_t *)0x500000)
#define BD_PT_HIGH ((volatile uint32_t *)0x503000)
#define BD_HIGH 0x40000000u
#define PTE_P 0x001u
#define PTE_RW 0x002u
#define PTE_A 0x020u
#define PTE_D 0x040u
#define PDE_PS 0x080u
#define CR0_PG 0x80000000u
#define CR0_WP 0x00010000u
#define CR4_PSE 0x10u

static void BdBuildPageTables(void)
{
    volatile uint32_t *low = (volatile uint32_t *)0x501000; /* two tables: 0-4 MiB, 4-8 MiB */
    for (uint32_t i = 0; i < 1024; i++) {
        BD_PD[i] = 0;
        BD_PT_HIGH[i] = 0;
    }
    for (uint32_t i = 0; i < 2048; i++) {
        low[i] = (i << 12) | PTE_P | PTE_RW;
    }
    BD_PD[0] = 0x501000 | PTE_P | PTE_RW;
    BD_PD[1] = 0x502000 | PTE_P | PTE_RW;
    BD_PD[BD_HIGH >> 22] = 0x503000 | PTE_P | PTE_RW;
}

#endif
