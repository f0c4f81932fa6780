/* A page fault taken by a C handler that maps the page and resumes the faulting access (demand paging), and a
   write to a read-only page with CR0.WP set, fixed the same way. */
#include "board.h"

static uint32_t NextFreePage = 0x600000;
static volatile uint32_t Faults;
static volatile uint32_t ErrorCodes[8];

static void PageFault(MACHINE_TRAP_FRAME *Frame)
{
    uint32_t address = __readcr2();
    volatile uint32_t *pte = &BD_PT_HIGH[(address >> 12) & 0x3FF];
    if (Faults < 8) {
        ErrorCodes[Faults] = Frame->ErrorCode;
    }
    Faults++;
    if (*pte & PTE_P) {
        *pte |= PTE_RW; /* a protection fault: make the page writable */
    } else {
        uint32_t page = NextFreePage;
        NextFreePage += 0x1000;
        for (uint32_t i = 0; i < 1024; i++) {
            ((volatile uint32_t *)page)[i] = 0xA0000000u | (address >> 12);
        }
        *pte = page | PTE_P | PTE_RW;
    }
    __invlpg((void *)address);
}

int main(void)
{
    BdBuildPageTables();
    BdSetGate(14, PageFault, BD_INTERRUPT_GATE);
    BdLoadIdt();
    __writecr3((uint32_t)BD_PD);
    __writecr0(__readcr0() | CR0_PG | CR0_WP);

    uint32_t *data = (uint32_t *)BD_HIGH;
    for (uint32_t i = 0; i < 4; i++) {
        data[i * 1024 + 1] = i * 7;      /* each write faults once on a new page */
    }
    uint32_t sum = 0;
    for (uint32_t i = 0; i < 4; i++) {
        sum += data[i * 1024 + 1];
    }
    BdPuts("sum ");
    BdPutDec(sum);
    BdPuts("\nuntouched word ");
    BdPutHex(data[5 * 1024]);             /* a read of a page never written: mapped by the handler */
    BdPuts("\nfaults ");
    BdPutDec(Faults);

    BD_PT_HIGH[5] &= ~PTE_RW;                    /* read-only now */
    __invlpg((void *)(BD_HIGH + 5 * 0x1000));
    data[5 * 1024] = 1234;                /* supervisor write to a read-only page faults while CR0.WP = 1 */
    BdPuts("\nafter protection fault ");
    BdPutDec(data[5 * 1024]);
    BdPuts("\nfaults ");
    BdPutDec(Faults);
    BdPuts("\nerror codes");
    for (uint32_t i = 0; i < Faults && i < 8; i++) {
        BdPutChar(' ');
        BdPutHex(ErrorCodes[i]);
    }
    BdPutChar('\n');
    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
sum 42
  -- 0 + 7 + 14 + 21: every write resumed after its page was mapped.
untouched word 0xA0040005
  -- Page 0x40005000 was first touched by this read; the handler filled it with 0xA0000000 | page number.
faults 5
after protection fault 1234
faults 6
error codes 0x00000002 0x00000002 0x00000002 0x00000002 0x00000000 0x00000003
  -- Error code bits (SDM 4.7): P = 1 for a protection violation, W/R = 1 for a write, U/S = 0 in supervisor
  -- mode. Four writes to not-present pages (0x2), one read of a not-present page (0x0), one write to a present
  -- read-only page (0x3).
*/
