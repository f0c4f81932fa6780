// REPORT: triple fault: #DE (exception 0xC0000094 (integer divide by zero)) could not be delivered: no IDT is loaded
/* No IDT is loaded when a freestanding program starts: a divide error (#DE) cannot be delivered, nor can the
   double fault that follows, so the processor shuts down: a triple fault, status 3. */
#include "board.h"

static volatile int Zero;

int main(void)
{
    BdPuts("dividing\n");
    int value = 100 / Zero;
    BdPuts("not reached\n");
    return value;
}

/* EXPECTED (status 3)
dividing
  -- 100 / 0 raises #DE; nothing in C handles it (no __try), so the CPU delivers vector 0 through the IDT,
  -- which is not loaded (limit 0): #DF, which cannot be delivered either: triple fault, status 3.
*/
