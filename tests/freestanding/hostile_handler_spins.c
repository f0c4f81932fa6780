// RUN: --timeout 0.05
// REPORT: timeout
/* A timer handler that never returns: it spins with IF clear (an interrupt gate clears it), so nothing can
   interrupt it. Virtual time still passes at its safe points, and the run ends at its limit. */
#include "board.h"

static volatile uint32_t Spins;

static void Stuck(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    BdPuts("in the handler, never to return\n");
    for (;;) {
        Spins++;
    }
}

int main(void)
{
    BdPicInitialize();
    BdSetGate(0x20, Stuck, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPitStartPeriodic(1193); /* about 1 kHz */
    BdPicUnmask(0);
    _enable();
    for (;;) {
        __halt();
    }
}

/* EXPECTED (status 124)
in the handler, never to return
*/
