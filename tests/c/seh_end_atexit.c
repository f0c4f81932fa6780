/* An exception nothing handles, raised inside __try/__finally by an atexit handler after main returned: the
   process ends from the first pass there too, running no termination handler. */
#include <stdio.h>
#include <stdlib.h>
#include <excpt.h>

static void Handler(void)
{
    __try {
        printf("atexit handler raises\n");
        fflush(stdout);
        RaiseException(0xE0000043UL, 0, 0, NULL);
    } __finally {
        printf("finally\n");
        fflush(stdout);
    }
}

int main(void)
{
    atexit(Handler);
    printf("main returns\n");
    return 0;
}

/* EXPECTED (status 139)
main returns
atexit handler raises
  -- returning from main runs the atexit functions (C11 7.22.4.4); the exception raised in one is unhandled, so
  -- the process ends without the unwind that would run "finally" (as in seh_end_unhandled.c). This runtime
  -- ends a program on an unhandled exception as a native crash: status 139.
*/
