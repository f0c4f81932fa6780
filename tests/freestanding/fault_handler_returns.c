// REPORT: the #DE handler returned
/* A handler that returns from a divide error: hardware would re-execute the div forever; translated code cannot
   re-execute a faulting instruction, so the run ends with a report. */
#include "board.h"

static volatile int Zero;

static void DivideError(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    BdPuts("handler returns\n");
}

int main(void)
{
    BdSetGate(0, DivideError, BD_INTERRUPT_GATE);
    BdLoadIdt();
    return 100 / Zero;
}

/* EXPECTED (status 3)
handler returns
*/
