/* PIT interrupts counted by a C handler while the program halts: 1000 ticks at ~100 Hz are 10 s of virtual
   time, skipped over by hlt. */
#include "board.h"

static volatile uint32_t Ticks;
static volatile uint32_t FirstVector, FirstEFlags, HandlerEFlags;

static void TimerInterrupt(MACHINE_TRAP_FRAME *Frame)
{
    if (Ticks == 0) {
        FirstVector = Frame->Vector;
        FirstEFlags = Frame->EFlags;
        HandlerEFlags = __readeflags();
    }
    Ticks++;
    BdPicEndOfInterrupt(0);
}

int main(void)
{
    BdPicInitialize();
    BdSetGate(0x20, TimerInterrupt, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPitStartPeriodic(11932);
    BdPicUnmask(0);

    uint64_t start = __rdtsc();
    _enable();
    while (Ticks < 1000) {
        __halt();
    }
    _disable();
    uint64_t elapsed = __rdtsc() - start;

    BdPuts("ticks ");
    BdPutDec(Ticks);
    BdPuts("\nvirtual ms ");
    BdPutDec((uint32_t)(elapsed / 1000000));
    BdPuts("\nvector ");
    BdPutHex(FirstVector);
    BdPuts("\ninterrupted IF ");
    BdPutDec((FirstEFlags & MACHINE_EFLAGS_IF) != 0);
    BdPuts("\nhandler IF ");
    BdPutDec((HandlerEFlags & MACHINE_EFLAGS_IF) != 0);
    BdPuts("\nafter iretd IF ");
    BdPutDec((__readeflags() & MACHINE_EFLAGS_IF) != 0);
    BdPutChar('\n');
    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
ticks 1000
  -- hlt returns after each interrupt is handled; the loop ends on the 1000th.
virtual ms 10000
  -- Mode 2 with count 11932 pulses every 11932 / 1193182 s = 10.00015 ms; the TSC counts one tick per virtual
  -- nanosecond, so 1000 periods (plus less than one PIT clock before the first) are 10000 whole milliseconds.
vector 0x00000020
  -- ICW2 put IRQ 0 at vector 0x20, and the frame's first field is the vector.
interrupted IF 1
  -- The frame's EFLAGS is the interrupted state: hlt ran with IF set.
handler IF 0
  -- An interrupt gate clears IF on entry.
after iretd IF 0
  -- The return reloaded IF = 1 from the frame each time; the program then cleared it with _disable().
*/
