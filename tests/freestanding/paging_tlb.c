/* Paging switched on over identity-mapped low memory, a remapped page seen through a stale TLB entry until
   invlpg and a CR3 load, accessed and dirty bits as the MMU sets them, and a 4 MiB page. */
#include "board.h"

#define WINDOW ((volatile uint32_t *)BD_HIGH)

static void Show(const char *what, uint32_t value)
{
    BdPuts(what);
    BdPutChar(' ');
    BdPutHex(value);
    BdPutChar('\n');
}

int main(void)
{
    BdBuildPageTables();
    *(volatile uint32_t *)0x700000 = 0x11111111;
    *(volatile uint32_t *)0x701000 = 0x22222222;
    BD_PT_HIGH[0] = 0x700000 | PTE_P | PTE_RW;

    __writecr3((uint32_t)BD_PD);
    __writecr0(__readcr0() | CR0_PG);
    Show("paging", (__readcr0() & CR0_PG) != 0);
    Show("read", *WINDOW);
    Show("pte after read", BD_PT_HIGH[0] & (PTE_A | PTE_D));

    BD_PT_HIGH[0] = 0x701000 | PTE_P | PTE_RW;
    Show("remapped, stale", *WINDOW);
    __invlpg((void *)WINDOW);
    Show("after invlpg", *WINDOW);

    BD_PT_HIGH[0] = 0x700000 | PTE_P | PTE_RW;
    Show("remapped back, stale", *WINDOW);
    __writecr3(__readcr3());
    Show("after cr3 load", *WINDOW);

    *WINDOW = 0x33333333;
    Show("pte after write", BD_PT_HIGH[0] & (PTE_A | PTE_D));
    Show("physical", *(volatile uint32_t *)0x700000);

    __writecr4(__readcr4() | CR4_PSE);
    BD_PD[0x80000000u >> 22] = 0x400000 | PDE_PS | PTE_P | PTE_RW;
    Show("4 MiB page", *(volatile uint32_t *)(0x80000000u + 0x300000));
    Show("pde after read", BD_PD[0x80000000u >> 22] & (PTE_A | PTE_D | PDE_PS));

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
