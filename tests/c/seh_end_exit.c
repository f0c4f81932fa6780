/* exit() inside __try/__finally, two calls deep: the atexit handlers run, the termination handlers do not, and
   the status is exit's. A __finally left normally before that still runs. */
#include <stdio.h>
#include <stdlib.h>
#include <excpt.h>

static void AtExit(void)
{
    printf("atexit handler\n");
}

static void Leaf(int status)
{
    __try {
        printf("leaf calls exit(%d)\n", status);
        exit(status);
    } __finally {
        printf("leaf finally\n");
    }
}

static void Middle(void)
{
    __try {
        __try {
            printf("middle, inner try\n");
        } __finally {
            printf("middle, inner finally (left normally)\n");
        }
        Leaf(3);
    } __finally {
        printf("middle finally\n");
    }
}

int main(void)
{
    atexit(AtExit);
    __try {
        Middle();
    } __finally {
        printf("main finally\n");
    }
    printf("not reached\n");
    return 0;
}

/* EXPECTED (status 3)
middle, inner try
middle, inner finally (left normally)
  -- control leaves that __try normally, so its __finally runs (termination-handler syntax docs).
leaf calls exit(3)
atexit handler
  -- exit runs the atexit functions, then ends the process (ExitProcess).
  -- "the __finally block is not executed if you call ... ExitProcess, ExitThread, or abort within the __try
  -- block": no "leaf finally", "middle finally" or "main finally".
*/
