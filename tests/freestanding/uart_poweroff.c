/* COM1 output and ACPI power-off: the run ends at the port write, so nothing after it runs. */
#include "board.h"

int main(void)
{
    BdPuts("hello from the bare machine\n");
    BdPutDec(4294967295u);
    BdPutChar(' ');
    BdPutHex(0xC0FFEEu);
    BdPutChar('\n');
    BdPowerOff();
    BdPuts("not reached\n");
    return 9;
}

/* EXPECTED (status 0)
hello from the bare machine
4294967295 0x00C0FFEE
  -- The 16550A's THR-empty bit is set whenever the transmitter can take a byte; every byte goes to stdout.
  -- Writing SLP_EN with SLP_TYP 0 (0x2000) to PM1a_CNT at 0x604 is S5, soft-off: status 0, and the run stops
  -- at that write, so "not reached" never prints and main's 9 is never returned.
*/
