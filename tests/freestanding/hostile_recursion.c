// REPORT: triple fault: exception 0xC00000FD (stack overflow), and the double fault could not be delivered
/* Unbounded recursion: the guest stack (below 4 MiB) overflows; with no IDT the double fault cannot be
   delivered: triple fault. The host process is untouched. */
#include "board.h"

static int Depth(int n)
{
    volatile char pad[64];
    pad[0] = (char)n;
    return Depth(n + 1) + pad[0];
}

int main(void)
{
    BdPuts("recursing\n");
    return Depth(0);
}

/* EXPECTED (status 3)
recursing
*/
