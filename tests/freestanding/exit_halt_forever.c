// REPORT: the CPU halted with interrupts disabled
/* cli; hlt with no timeout: nothing can ever wake the CPU, so the run ends at once with a report. */
#include "board.h"

int main(void)
{
    BdPuts("halting\n");
    _disable();
    __halt();
    BdPuts("not reached\n");
    return 0;
}

/* EXPECTED (status 124)
halting
  -- With IF clear no maskable interrupt can end hlt, and the model has no NMI source: the run would never end,
  -- so it ends now with the timeout status.
*/
