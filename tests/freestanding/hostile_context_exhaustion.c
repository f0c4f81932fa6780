/* A runaway guest creating contexts without end. Creation fails once 4096 contexts are alive (main's own
   included) with STATUS_INSUFFICIENT_RESOURCES, an exception the guest can handle; deleting one makes room. No
   host thread exists for a context until something first switches to it, so none is spent here. */
#include "board.h"
#include <excpt.h>

static uint8_t SharedStack[4096];

static void Idle(void *Argument)
{
    (void)Argument;
    for (;;) {
    }
}

int main(void)
{
    unsigned long created = 0, last = 0, code = 0;
    __try {
        for (;;) {
            last = __machine_create_context(Idle, 0, SharedStack, sizeof SharedStack);
            created++;
        }
    } __except (code = GetExceptionCode(), EXCEPTION_EXECUTE_HANDLER) {
    }
    BdPuts("created ");
    BdPutDec(created);
    BdPuts(", then status ");
    BdPutHex(code);
    BdPutChar('\n');

    __machine_delete_context(last);
    unsigned long again = __machine_create_context(Idle, 0, SharedStack, sizeof SharedStack);
    BdPuts(again > last ? "a delete makes room for one more\n" : "no room after a delete\n");
    return 0;
}

/* EXPECTED (status 0)
created 4095, then status 0xC000009A
a delete makes room for one more
*/
