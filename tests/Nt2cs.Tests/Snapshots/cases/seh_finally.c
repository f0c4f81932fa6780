/* __try/__finally with __leave, an early return and _abnormal_termination; without a return inside the __try
   the function keeps the plain frame shape. */
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

int release(int count)
{
    __try {
        if (count > 1)
            __leave;
        count++;
    } __finally {
        released -= count;
    }
    return count;
}
