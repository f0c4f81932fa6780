/* A divide error nothing in C handles goes through the IDT: the C handler sees vector 0 and ends the run, as a
   kernel's trap handler would bugcheck. */
#include "board.h"

static volatile int Zero;

int main(void);

static void DivideError(MACHINE_TRAP_FRAME *Frame)
{
    BdPuts("trap ");
    BdPutDec(Frame->Vector);
    BdPuts(" error code ");
    BdPutDec(Frame->ErrorCode);
    BdPuts(" eip is main ");
    BdPutDec(Frame->Eip == (unsigned int)(void *)main);
    BdPutChar('\n');
    BdDebugExit(0x10);
}

int main(void)
{
    BdSetGate(0, DivideError, BD_TRAP_GATE);
    BdLoadIdt();
    BdPuts("dividing\n");
    return 100 / Zero;
}

/* EXPECTED (status 33)
dividing
trap 0 error code 0 eip is main 1
  -- #DE has no error code (SDM 6.13); EIP is the code address of the function that faulted (main).
  -- debug-exit 0x10 gives (0x10 << 1) | 1 = 33.
*/
