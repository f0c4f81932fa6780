// RUN: --timeout 0.25
// REPORT: timeout: 0.25 s of virtual time passed
/* A program that never ends stops when its virtual-time limit passes: status 124. */
#include "board.h"

static volatile uint32_t Spins;

int main(void)
{
    BdPuts("spinning\n");
    for (;;) {
        Spins++;
    }
}

/* EXPECTED (status 124)
spinning
  -- Each loop iteration is a safe point worth 10 ns of virtual time; after 0.25 s the timeout event ends the run.
*/
