// RUN: --timeout 2.5
// REPORT: timeout: 2.5 s of virtual time passed
/* Across a restart the run's limits count virtual time from the first power-on, and the RTC keeps running: each
   power-on prints the RTC's seconds, halts 1.5 s on PIT interrupts and resets. The first reset comes at 1.5 s; the
   second power-on starts with the RTC at 00:00:01 and is stopped by the 2.5 s limit 1 s later, before its reset. */
#include "board.h"

static volatile uint32_t Ticks;

static void TimerInterrupt(MACHINE_TRAP_FRAME *Frame)
{
    Ticks++;
    BdPicEndOfInterrupt(0);
}

int main(void)
{
    __outbyte(0x70, 0x00);
    BdPuts("power-on, RTC seconds ");
    BdPutHex(__inbyte(0x71));
    BdPutChar('\n');
    BdPicInitialize();
    BdSetGate(0x20, TimerInterrupt, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPitStartPeriodic(11932);
    BdPicUnmask(0);
    _enable();
    while (Ticks < 150) {
        __halt();
    }
    _disable();
    BdPuts("reset\n");
    __outbyte(0xCF9, 0x06);
    return 1;
}

/* EXPECTED (status 124)
power-on, RTC seconds 0x00000000
reset
power-on, RTC seconds 0x00000001
  -- 150 periods of 10.00015 ms later the first power-on reset; the RTC went on from 00:00:01.5.
*/
