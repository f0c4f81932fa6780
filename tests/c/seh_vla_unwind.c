/* Variable-length arrays left by structured exceptions: raised inside a VLA's block and caught in the same
   function, raised by a callee and caught by the caller's caller, and a termination handler inside the VLA's block
   that reads it while an exception or a return leaves. Each path runs 20000 times with a 4 KiB array: storage not
   given back would need 80 MB of stack and end in a stack overflow; a stack pointer put back wrong shows as a
   moved stack (a probe's local at another address). MSVC-only syntax (and MSVC has no VLAs): the expectation
   follows C11 6.2.4p7 (a VLA lives until its block is left) and Microsoft's documentation of __try. */
#include <stdio.h>
#include <excpt.h>

static unsigned long Probe(void)
{
    volatile char local = 0;
    return (unsigned long)&local;
}

static void Raise(void)
{
    RaiseException(0xE0000001, 0, 0, NULL);
}

static int CaughtHere(int i)
{
    int n = 1024 + (i & 7);
    __try {
        int a[n];
        a[n - 1] = i;
        if (a[n - 1] >= 0)
            Raise();
        return -1;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return i;
    }
}

static void RaisesWithVla(int i)
{
    int n = 1024 + (i & 3);
    char c[n * 4];
    c[0] = (char)i;
    if (c[0] == (char)i)
        Raise();
}

static int CaughtByCallersCaller(int i)
{
    __try {
        RaisesWithVla(i);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return i;
    }
    return -1;
}

static int seen;

static void FinallyReadsVla(int i)
{
    int n = 1024;
    int a[n];
    a[n - 1] = i;
    __try {
        Raise();
    } __finally {
        seen += a[n - 1] == i;
    }
}

static int FinallyWhileUnwinding(int i)
{
    __try {
        FinallyReadsVla(i);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return i;
    }
    return -1;
}

static int ReturnThroughFinally(int i)
{
    int n = 1024;
    int a[n];
    a[0] = i;
    __try {
        return a[0] + 1;
    } __finally {
        seen += a[0] == i;
    }
}

int main(void)
{
    static const char *names[] = { "caught here", "caught by caller's caller", "finally while unwinding", "return through finally" };
    int (*paths[])(int) = { CaughtHere, CaughtByCallersCaller, FinallyWhileUnwinding, ReturnThroughFinally };
    unsigned long before = Probe();
    for (int p = 0; p < 4; p++) {
        long total = 0;
        seen = 0;
        for (int i = 0; i < 20000; i++)
            total += paths[p](i);
        printf("%-26s total %ld, finally saw the array %d times, stack %s\n", names[p], total, seen, Probe() == before ? "balanced" : "moved");
    }
    return 0;
}

/* EXPECTED (status 0)
caught here                total 199990000, finally saw the array 0 times, stack balanced
caught by caller's caller  total 199990000, finally saw the array 0 times, stack balanced
finally while unwinding    total 199990000, finally saw the array 20000 times, stack balanced
return through finally     total 200010000, finally saw the array 20000 times, stack balanced
  -- each handler returns i (sum 0..19999 = 199990000), the return path i + 1; a termination handler inside the
  -- array's block runs before the block is left, so the array is alive and holds what was stored (C11 6.2.4p7);
  -- the array's storage is gone once its block is left, however (20000 x 4 KiB would not fit otherwise), and a
  -- function's frame is gone when it returns or an exception leaves it: the probe is where it was.
*/
