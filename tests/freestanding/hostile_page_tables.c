// RUN: --timeout 1
// REPORT: triple fault: #PF
/* Paging switched on with a page directory of garbage: the next access cannot be translated sensibly. Whatever
   the walk finds, the run ends with a report, never a host crash. Here every PDE is not present (bit 0 clear),
   so the first access faults, and with no IDT that is a triple fault. */
#include "board.h"

int main(void)
{
    volatile uint32_t *directory = (volatile uint32_t *)0x500000;
    uint32_t seed = 12345;
    for (int i = 0; i < 1024; i++) {
        seed = seed * 1103515245u + 12345u;
        directory[i] = seed & ~1u;
    }
    BdPuts("enabling paging\n");
    __writecr3(0x500000);
    __writecr0(__readcr0() | 0x80000000u);
    BdPuts("not reached\n");
    return 0;
}

/* EXPECTED (status 3)
enabling paging
*/
