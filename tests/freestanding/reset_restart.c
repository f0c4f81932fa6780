// RUN: --machine pc --drive $DISK
// DISK: 16
/* A system reset restarts the machine in the same process: RAM cleared and the program loaded again (its
   initialized data fresh), devices in their power-on state (the reset control register reads 0 again, the PM
   timer starts again from 0), and the disk kept as a disk keeps it: the first power-on writes sector 0 without
   flushing the drive's write cache and resets; the second finds that write, and powers off. */
#include "ata.h"

#define SECTOR 0x00900000u
#define RAM_MARKER ((volatile uint32_t *)0x00A00000u)
#define PM_TIMER 0x608
#define ONE_SECOND_OF_PM_TIMER 3579545u

static uint32_t PowerOns = 1;   /* initialized data: 1 at every load */

int main(void)
{
    volatile uint8_t *sector = (volatile uint8_t *)SECTOR;
    uint32_t status;

    BdPuts("power-on ");
    BdPutDec(PowerOns++);
    BdPuts(": RAM marker ");
    BdPutHex(*RAM_MARKER);
    BdPuts(", reset control ");
    BdPutHex(__inbyte(0xCF9));
    BdPuts(", PM timer under 1 s ");
    BdPutDec(__indword(PM_TIMER) < ONE_SECOND_OF_PM_TIMER);
    AtaFind();
    AtaPlaceBar();   /* a reset turned the function's decoding off again */
    AtaReset();
    status = AtaPio(ATA_READ_SECTORS, 0, 1, (volatile uint16_t *)SECTOR, 0, 0);
    BdPuts(", sector 0 read ");
    BdPutHex(status);
    BdPuts(" starts ");
    BdPutHex((uint32_t)sector[0] << 8 | sector[1]);
    BdPutChar('\n');
    if (sector[0] == 'R') {
        BdPuts("the disk kept the write: power off\n");
        BdPowerOff();
    }
    *RAM_MARKER = 0xC0FFEE01u;
    __outbyte(0xCF9, 0x02);
    sector[0] = 'R';
    sector[1] = 'S';
    status = AtaPio(ATA_WRITE_SECTORS, 0, 1, (volatile uint16_t *)SECTOR, 0, 1);
    BdPuts("wrote sector 0: status ");
    BdPutHex(status);
    BdPuts(", PowerOns now ");
    BdPutDec(PowerOns);
    BdPuts(": reset\n");
    __outbyte(0xCF9, 0x06);
    BdPuts("not reached\n");
    return 1;
}

/* EXPECTED (status 0)
power-on 1: RAM marker 0x00000000, reset control 0x00000000, PM timer under 1 s 1, sector 0 read 0x00000040 starts 0x0000E5E5
wrote sector 0: status 0x00000040, PowerOns now 2: reset
power-on 1: RAM marker 0x00000000, reset control 0x00000000, PM timer under 1 s 1, sector 0 read 0x00000040 starts 0x00005253
the disk kept the write: power off
*/
