/* main's return value is the run's status. */
#include "board.h"

static int Square(int x) { return x * x; }

int main(void)
{
    BdPuts("returning\n");
    return Square(6) + 6;
}

/* EXPECTED (status 42)
returning
*/
