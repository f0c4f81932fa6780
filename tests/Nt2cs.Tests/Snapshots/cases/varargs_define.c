/* A variadic definition: va_start/va_arg/va_end, va_copy, and a va_list handed on. */
#include <stdarg.h>

int vsum(int count, va_list args)
{
    int total = 0;
    while (count-- > 0)
        total += va_arg(args, int);
    return total;
}

long long sum(int count, ...)
{
    va_list args, again;
    va_start(args, count);
    va_copy(again, args);
    long long total = vsum(count, args);
    total += va_arg(again, double) > 0;
    va_end(again);
    va_end(args);
    return total;
}

long long caller(void) { return sum(3, 1, 2, 3); }
