// REPORT: reset loop: the machine reset 17 times in a row, each within 1 s of virtual time of its power-on
/* A machine that resets as soon as it starts gets nowhere: after 16 restarts in a row each within a virtual
   second of power-on (BareMachine.MaxQuickRestarts), the next reset ends the run with status 3 and a report. */
#include "board.h"

int main(void)
{
    BdPuts("power-on\n");
    __outbyte(0xCF9, 0x06);
    return 1;
}

/* EXPECTED (status 3)
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
power-on
*/
