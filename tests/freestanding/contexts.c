/* Guest contexts: two contexts switching cooperatively, then two spinning contexts preempted by the timer
   interrupt, whose handler switches between them as a kernel's dispatcher would. */
#include "board.h"

static uint8_t StackA[16384], StackB[16384], StackC[16384], StackD[16384];
static unsigned long Main, A, B, C, D;

static void ThreadA(void *Argument)
{
    for (int i = 0; i < 3; i++) {
        BdPuts((const char *)Argument);
        BdPutDec(i);
        BdPutChar('\n');
        __machine_switch_context(B);
    }
    for (;;) {
        __machine_switch_context(Main);
    }
}

static void ThreadB(void *Argument)
{
    for (int i = 0;; i++) {
        BdPuts((const char *)Argument);
        BdPutDec(i);
        BdPuts(" in context ");
        BdPutDec(__machine_current_context());
        BdPutChar('\n');
        __machine_switch_context(A);
    }
}

static volatile uint32_t Ticks, SpinsC, SpinsD, Done;

static void Spinner(void *Argument)
{
    volatile uint32_t *spins = (volatile uint32_t *)Argument;
    _enable(); /* a new context starts inside the timer handler's switch, with IF clear */
    for (;;) {
        (*spins)++;
    }
}

static void Dispatch(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    Ticks++;
    BdPicEndOfInterrupt(0);
    if (Ticks > 20) {
        Done = 1;
        __machine_switch_context(Main);
    } else {
        __machine_switch_context(Ticks % 2 ? C : D);
    }
}

int main(void)
{
    Main = __machine_current_context();
    A = __machine_create_context(ThreadA, "A", StackA, sizeof(StackA));
    B = __machine_create_context(ThreadB, "B", StackB, sizeof(StackB));
    BdPuts("main is context ");
    BdPutDec(Main);
    BdPutChar('\n');
    __machine_switch_context(A);
    BdPuts("back in main\n");
    __machine_delete_context(A);
    __machine_delete_context(B);

    C = __machine_create_context(Spinner, (void *)&SpinsC, StackC, sizeof(StackC));
    D = __machine_create_context(Spinner, (void *)&SpinsD, StackD, sizeof(StackD));
    BdPicInitialize();
    BdSetGate(0x20, Dispatch, BD_INTERRUPT_GATE);
    BdLoadIdt();
    BdPitStartPeriodic(1193); /* 1 kHz */
    BdPicUnmask(0);
    _enable();
    while (!Done) {
        __halt();
    }
    _disable();
    BdPuts("ticks ");
    BdPutDec(Ticks);
    BdPuts("\nboth ran ");
    BdPutDec(SpinsC > 1000 && SpinsD > 1000);
    BdPuts("\nfair ");
    BdPutDec(SpinsC > SpinsD / 2 && SpinsD > SpinsC / 2);
    BdPutChar('\n');
    __machine_delete_context(C);
    __machine_delete_context(D);
    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
main is context 1
  -- The program's main runs as context 1.
A0
B0 in context 3
A1
B1 in context 3
A2
B2 in context 3
  -- Each switch parks the caller and resumes the target where it parked; A and B are contexts 2 and 3.
back in main
ticks 21
  -- Ticks 1-20 alternate C and D (odd ticks C); the 21st switches back to main, parked in its own handler
  -- since the first tick interrupted its hlt. Returning from that handler ends hlt, and the loop sees Done.
both ran 1
fair 1
  -- Each spinner ran ten 1 ms slices (a loop iteration is 10 ns of virtual time): about 100000 spins each.
*/
