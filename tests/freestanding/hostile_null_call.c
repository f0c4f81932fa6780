// REPORT: triple fault: #UD (exception 0xC0000005 (access violation executing address 0x00000000))
/* A call through a null function pointer: there is no code at address 0 (#UD), and no IDT: triple fault. */
#include "board.h"

typedef int (*OPERATION)(int);
static volatile OPERATION Operation;

int main(void)
{
    BdPuts("calling null\n");
    return Operation(1);
}

/* EXPECTED (status 3)
calling null
*/
