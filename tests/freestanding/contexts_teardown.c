/* No guest code runs for a context that is deleted, nor once the run has ended: the pending __finally blocks of
   a deleted context, and the one around the power-off, do not run (as ExitThread and ExitProcess run none). A
   __finally left normally runs as usual, and the deleter carries on normally. */
#include "board.h"
#include <excpt.h>

static uint8_t WorkerStack[16384];
static unsigned long Main;

static void Worker(void *Argument)
{
    (void)Argument;
    __try {
        BdPuts("worker parks inside __try\n");
        __machine_switch_context(Main);
        BdPuts("worker resumed: not expected\n");
    } __finally {
        BdPuts("worker finally: not expected\n");
    }
    for (;;) {
        __machine_switch_context(Main);
    }
}

int main(void)
{
    Main = __machine_current_context();
    unsigned long worker = __machine_create_context(Worker, 0, WorkerStack, sizeof WorkerStack);
    __machine_switch_context(worker);
    __machine_delete_context(worker);
    BdPuts("worker deleted\n");
    __try {
        BdPuts("main try\n");
    } __finally {
        BdPuts("main finally, left normally\n");
    }
    __try {
        BdPowerOff();
    } __finally {
        BdPuts("finally after power-off: not expected\n");
    }
    return 1;
}

/* EXPECTED (status 0)
worker parks inside __try
worker deleted
main try
main finally, left normally
*/
