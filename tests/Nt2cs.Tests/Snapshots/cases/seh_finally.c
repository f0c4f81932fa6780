/* __try/__finally with __leave, an early return and _abnormal_termination. */
#include <excpt.h>

int released;

int acquire(int fail)
{
    int status = 0;
    __try {
        if (fail == 1)
            __leave;
        if (fail == 2)
            return -2;
        status = 1;
    } __finally {
        released += _abnormal_termination() ? 10 : 1;
    }
    return status;
}
