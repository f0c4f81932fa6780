/* abort() inside __try/__finally: the process ends with SIGABRT's status, running no termination handler. */
#include <stdio.h>
#include <stdlib.h>
#include <excpt.h>

int main(void)
{
    __try {
        printf("aborting\n");
        fflush(stdout);
        abort();
    } __finally {
        printf("finally\n");
        fflush(stdout);
    }
    return 0;
}

/* EXPECTED (status 134)
aborting
  -- "the __finally block is not executed if you call ... abort within the __try block"; abort ends the
  -- process with SIGABRT (128 + 6), the status this runtime gives it.
*/
