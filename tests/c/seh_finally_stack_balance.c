/* Every way out of a __try/__finally leaves the stack as it was: normal completion, __leave, goto out, return
   from inside the __try, an exception caught by an __except in the same function and one caught by the
   caller. Each path runs many times with a sizeable frame, so a frame left behind (or popped twice) on any of
   them shows as a moved stack (a probe's local at another address) or as a stack overflow. MSVC-only syntax:
   the expectation follows Microsoft's documentation of __try/__finally and __except. */
#include <stdio.h>
#include <excpt.h>

static int finallies;

static unsigned long probed;

static unsigned long Probe(void)
{
    volatile char local = 0;
    probed = (unsigned long)&local;
    return probed;
}

static void Touch(volatile char *buffer, int n)
{
    for (int i = 0; i < n; i += 512)
        buffer[i] = (char)i;
}

static int Normal(int i)
{
    volatile char buffer[2048];
    int result = 0;
    __try {
        Touch(buffer, sizeof buffer);
        result = i + 1;
    } __finally {
        finallies++;
    }
    return result;
}

static int Leave(int i)
{
    volatile char buffer[2048];
    int result = 0;
    __try {
        Touch(buffer, sizeof buffer);
        if (i >= 0)
            __leave;
        result = -1;
    } __finally {
        finallies++;
    }
    return result;
}

static int GotoOut(int i)
{
    volatile char buffer[2048];
    __try {
        Touch(buffer, sizeof buffer);
        if (i >= 0)
            goto out;
    } __finally {
        finallies++;
    }
    return -1;
out:
    return 0;
}

static int ReturnInside(int i)
{
    volatile char buffer[2048];
    __try {
        Touch(buffer, sizeof buffer);
        return i;
    } __finally {
        finallies++;
    }
}

static int CaughtHere(int i)
{
    volatile char buffer[2048];
    int result = 0;
    __try {
        __try {
            Touch(buffer, sizeof buffer);
            RaiseException(0xE0000001, 0, 0, NULL);
        } __finally {
            finallies++;
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        result = i;
    }
    return result;
}

static void Raises(void)
{
    volatile char buffer[2048];
    __try {
        Touch(buffer, sizeof buffer);
        RaiseException(0xE0000002, 0, 0, NULL);
    } __finally {
        finallies++;
    }
}

static int CaughtByCaller(int i)
{
    __try {
        Raises();
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return i;
    }
    return -1;
}

int main(void)
{
    static const char *names[] = { "normal", "__leave", "goto out", "return inside", "caught here", "caught by caller" };
    int (*paths[])(int) = { Normal, Leave, GotoOut, ReturnInside, CaughtHere, CaughtByCaller };
    unsigned long before = Probe();
    for (int p = 0; p < 6; p++) {
        finallies = 0;
        for (int i = 0; i < 20000; i++)
            paths[p](i);
        printf("%-16s finallies %d, stack %s\n", names[p], finallies, Probe() == before ? "balanced" : "moved");
    }
    return 0;
}

/* EXPECTED (status 0)
normal           finallies 20000, stack balanced
__leave          finallies 20000, stack balanced
goto out         finallies 20000, stack balanced
return inside    finallies 20000, stack balanced
caught here      finallies 20000, stack balanced
caught by caller finallies 20000, stack balanced
  -- a termination handler runs once per call on every way out of its __try ("the __finally block is always
  -- executed"), and a function's frame is gone when it returns or when an exception leaves it, whichever way
  -- the __try was left: the probe's local is at the same address after every path.
*/
