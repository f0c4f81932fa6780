/* Paging switched on over identity-mapped low memory, a remapped page seen through a stale TLB entry until
   invlpg and a CR3 load, accessed and dirty bits as the MMU sets them, and a 4 MiB page. */
#include "board.h"

#define PD ((volatile uint32_t *)0x500000)
#define PT0 ((volatile uint32_t *)0x501000)
#define PT1 ((volatile uint32_t *)0x502000)
#define PT_HIGH ((volatile uint32_t *)0x503000)
#define P 0x001u
#define RW 0x002u
#define A 0x020u
#define D 0x040u
#define PS 0x080u
#define CR0_PG 0x80000000u
#define CR4_PSE 0x10u
#define WINDOW ((volatile uint32_t *)0x40000000)

static void Show(const char *what, uint32_t value)
{
    BdPuts(what);
    BdPutChar(' ');
    BdPutHex(value);
    BdPutChar('\n');
}

int main(void)
{
    for (uint32_t i = 0; i < 1024; i++) {
        PD[i] = 0;
        PT0[i] = (i << 12) | P | RW;            /* 0 - 4 MiB */
        PT1[i] = (0x400000 + (i << 12)) | P | RW; /* 4 - 8 MiB */
        PT_HIGH[i] = 0;
    }
    PD[0] = 0x501000 | P | RW;
    PD[1] = 0x502000 | P | RW;
    PD[0x40000000 >> 22] = 0x503000 | P | RW;
    *(volatile uint32_t *)0x700000 = 0x11111111;
    *(volatile uint32_t *)0x701000 = 0x22222222;
    PT_HIGH[0] = 0x700000 | P | RW;

    __writecr3(0x500000);
    __writecr0(__readcr0() | CR0_PG);
    Show("paging", (__readcr0() & CR0_PG) != 0);
    Show("read", *WINDOW);
    Show("pte after read", PT_HIGH[0] & (A | D));

    PT_HIGH[0] = 0x701000 | P | RW;
    Show("remapped, stale", *WINDOW);
    __invlpg((void *)WINDOW);
    Show("after invlpg", *WINDOW);

    PT_HIGH[0] = 0x700000 | P | RW;
    Show("remapped back, stale", *WINDOW);
    __writecr3(__readcr3());
    Show("after cr3 load", *WINDOW);

    *WINDOW = 0x33333333;
    Show("pte after write", PT_HIGH[0] & (A | D));
    Show("physical", *(volatile uint32_t *)0x700000);

    __writecr4(__readcr4() | CR4_PSE);
    PD[0x80000000u >> 22] = 0x400000 | PS | P | RW;
    Show("4 MiB page", *(volatile uint32_t *)(0x80000000u + 0x300000));
    Show("pde after read", PD[0x80000000u >> 22] & (A | D | PS));

    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
paging 0x00000001
read 0x11111111
  -- Linear 0x40000000 -> PDE 256 -> PT_HIGH[0] -> physical 0x700000.
pte after read 0x00000020
  -- A successful read sets A in the PTE; D is set only by writes (SDM 4.8).
remapped, stale 0x11111111
  -- The TLB keeps the old translation after the PTE changes (SDM 4.10.4.3: software must invalidate).
after invlpg 0x22222222
remapped back, stale 0x22222222
after cr3 load 0x11111111
  -- A CR3 load flushes non-global entries.
pte after write 0x00000060
  -- The write sets D (A was already set).
physical 0x33333333
4 MiB page 0x33333333
  -- With CR4.PSE a PDE with PS maps 4 MiB: 0x80300000 -> 0x400000 + 0x300000 = 0x700000.
pde after read 0x000000A0
  -- PS stays, A is set by the read, D stays clear.
*/
