/* MSVC intrinsics by name. */
#include <intrin.h>

long volatile counter;

unsigned long scan(unsigned long mask, long long value)
{
    unsigned long index = 0;
    _InterlockedIncrement(&counter);
    _InterlockedCompareExchange(&counter, 5, 1);
    if (!_BitScanForward(&index, mask))
        return 99;
    return index + _rotl(mask, 3) + (unsigned long)__emulu(mask, 3) + _byteswap_ulong(mask) + (unsigned long)(value >> 1);
}
