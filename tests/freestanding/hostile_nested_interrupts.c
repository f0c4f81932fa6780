// RUN: --timeout 1
// REPORT: triple fault: 256 interrupts and exceptions nested without returning
/* A timer handler that acknowledges the interrupt, sets IF again and never returns: every tick interrupts the
   handler before it, as on hardware, each time one frame deeper. The CPU model stops such a run at 256 nested
   deliveries with a triple fault (status 3) instead of exhausting the host; on hardware the guest stack would
   overflow instead. */
#include "board.h"

static volatile uint32_t Depth;

static void Nesting(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    Depth++;
    BdPicEndOfInterrupt(0);
    _enable();
    for (;;) {
    }
}

int main(void)
{
    BdPicInitialize();
    BdSetGate(0x20, Nesting, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPitStartPeriodic(1193);
    BdPicUnmask(0);
    BdPuts("ticking\n");
    _enable();
    for (;;) {
        __halt();
    }
}

/* EXPECTED (status 3)
ticking
*/
