// RUN: --timeout 0.05
// REPORT: timeout
/* An interrupt storm: the PIT at its fastest useful rate (count 2, ~597 kHz), every interrupt acknowledged. The
   program still makes progress between interrupts and the run ends at its virtual-time limit. */
#include "board.h"

static volatile uint32_t Interrupts, Spins;

static void Storm(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    Interrupts++;
    BdPicEndOfInterrupt(0);
}

int main(void)
{
    BdPicInitialize();
    BdSetGate(0x20, Storm, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPitStartPeriodic(2);
    BdPicUnmask(0);
    _enable();
    while (Interrupts < 1000) {
        Spins++;
    }
    BdPuts("1000 interrupts taken, main still runs\n");
    for (;;) {
        Spins++;
    }
}

/* EXPECTED (status 124)
1000 interrupts taken, main still runs
*/
