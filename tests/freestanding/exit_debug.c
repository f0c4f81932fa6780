/* The debug-exit port: writing v to port 0xF4 ends the run with status (v << 1) | 1. */
#include "board.h"

int main(void)
{
    BdPuts("bugcheck 0x42\n");
    BdDebugExit(0x42);
    BdPuts("not reached\n");
    return 0;
}

/* EXPECTED (status 133)
bugcheck 0x42
  -- (0x42 << 1) | 1 = 0x85 = 133; the run stops at the port write.
*/
