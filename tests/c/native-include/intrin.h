/* intrin.h - shim for the NATIVE oracle only (clang-19 -m32 -fms-extensions on Linux, where clang's own
   intrin.h defers to a system one that does not exist). Declaring an intrinsic that clang knows as a
   Microsoft builtin is enough for clang to expand it; the string-move intrinsics clang does not know on this
   target are defined here as the forward element-by-element copies that `rep movs` performs.
   nt2cs never sees this file: it uses runtime/include/intrin.h. */
#ifndef NT2CS_NATIVE_INTRIN_H
#define NT2CS_NATIVE_INTRIN_H

#include <stddef.h>

long _InterlockedIncrement(long volatile *addend);
long _InterlockedDecrement(long volatile *addend);
long _InterlockedExchange(long volatile *target, long value);
long _InterlockedCompareExchange(long volatile *destination, long exchange, long comparand);
long _InterlockedExchangeAdd(long volatile *addend, long value);
long _InterlockedAnd(long volatile *value, long mask);
long _InterlockedOr(long volatile *value, long mask);
long _InterlockedXor(long volatile *value, long mask);
short _InterlockedIncrement16(short volatile *addend);
short _InterlockedDecrement16(short volatile *addend);
short _InterlockedCompareExchange16(short volatile *destination, short exchange, short comparand);
__int64 _InterlockedIncrement64(__int64 volatile *addend);
__int64 _InterlockedDecrement64(__int64 volatile *addend);
__int64 _InterlockedExchange64(__int64 volatile *target, __int64 value);
__int64 _InterlockedCompareExchange64(__int64 volatile *destination, __int64 exchange, __int64 comparand);
__int64 _InterlockedExchangeAdd64(__int64 volatile *addend, __int64 value);
__int64 _InterlockedAnd64(__int64 volatile *value, __int64 mask);
__int64 _InterlockedOr64(__int64 volatile *value, __int64 mask);
__int64 _InterlockedXor64(__int64 volatile *value, __int64 mask);

unsigned char _BitScanForward(unsigned long *index, unsigned long mask);
unsigned char _BitScanReverse(unsigned long *index, unsigned long mask);
unsigned int _rotl(unsigned int value, int shift);
unsigned int _rotr(unsigned int value, int shift);
unsigned __int64 _rotl64(unsigned __int64 value, int shift);
unsigned __int64 _rotr64(unsigned __int64 value, int shift);
unsigned long _lrotl(unsigned long value, int shift);
unsigned long _lrotr(unsigned long value, int shift);
__int64 __emul(int a, int b);
unsigned __int64 __emulu(unsigned int a, unsigned int b);
unsigned short _byteswap_ushort(unsigned short value);
unsigned long _byteswap_ulong(unsigned long value);
unsigned __int64 _byteswap_uint64(unsigned __int64 value);

void __stosb(unsigned char *destination, unsigned char value, size_t count);

static __inline void __movsb(unsigned char *destination, unsigned char const *source, size_t count)
{
    while (count--) *destination++ = *source++;
}
static __inline void __movsw(unsigned short *destination, unsigned short const *source, size_t count)
{
    while (count--) *destination++ = *source++;
}
static __inline void __movsd(unsigned long *destination, unsigned long const *source, size_t count)
{
    while (count--) *destination++ = *source++;
}
static __inline void __stosw(unsigned short *destination, unsigned short value, size_t count)
{
    while (count--) *destination++ = value;
}
static __inline void __stosd(unsigned long *destination, unsigned long value, size_t count)
{
    while (count--) *destination++ = value;
}

void *_alloca(size_t size);
void __debugbreak(void);
void *_ReturnAddress(void);

#endif
