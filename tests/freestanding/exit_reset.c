// RUN: --no-reboot
// REPORT: reset (hard)
/* The chipset's reset control register: a byte at 0xCF9 with SYS_RST and RST_CPU (0x06) resets the system. With
   --no-reboot the run ends there with status 0 and a report instead of restarting (reset_restart.c restarts); a
   byte without RST_CPU only sets the register, which reads back (a dword at 0xCF8 stays PCI's CONFIG_ADDRESS). */
#include "board.h"

int main(void)
{
    __outbyte(0xCF9, 0x02);
    BdPuts("reset control reads ");
    BdPutHex(__inbyte(0xCF9));
    BdPutChar('\n');
    __outdword(0xCF8, 0x80000000);
    BdPuts("CONFIG_ADDRESS reads ");
    BdPutHex(__indword(0xCF8));
    BdPutChar('\n');
    __outbyte(0xCF9, 0x06);
    BdPuts("not reached\n");
    return 1;
}

/* EXPECTED (status 0)
reset control reads 0x00000002
CONFIG_ADDRESS reads 0x80000000
  -- RST_CPU with SYS_RST is a hard reset: with --no-reboot the run ends with status 0 and "reset (hard)" on stderr.
*/
