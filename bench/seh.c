/* SEH on the path where nothing is raised: the same work done plainly, inside __try/__except and inside
   __try/__finally, selected by argv[1] (0, 1, 2; 3 is the plain function kept a call; 4 is the plain function
   doing the __finally variant's work, its count included). bench/seh times them side by side. */
#include <stdio.h>
#include <stdlib.h>
#include <excpt.h>

static unsigned Mix(unsigned x) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x; }

static unsigned Plain(unsigned x, int i) { return Mix(x + (unsigned)i); }

__declspec(noinline) static unsigned PlainCall(unsigned x, int i) { return Mix(x + (unsigned)i); }

static unsigned Guarded(unsigned x, int i)
{
    __try {
        x = Mix(x + (unsigned)i);
    } __except (GetExceptionCode() == 0xC0000094 ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        x = 0;
    }
    return x;
}

static int finallies;

static unsigned PlainCounted(unsigned x, int i)
{
    x = Mix(x + (unsigned)i);
    finallies++;
    return x;
}

static unsigned Finally(unsigned x, int i)
{
    __try {
        x = Mix(x + (unsigned)i);
    } __finally {
        finallies++;
    }
    return x;
}

int main(int argc, char **argv)
{
    int variant = argc > 1 ? atoi(argv[1]) : 0;
    unsigned x = 1;
    for (int i = 0; i < 200000000; i++)
        x = variant == 0 ? Plain(x, i) : variant == 1 ? Guarded(x, i) : variant == 2 ? Finally(x, i)
            : variant == 3 ? PlainCall(x, i) : PlainCounted(x, i);
    printf("%u %d\n", x, finallies > 0);
    return 0;
}
