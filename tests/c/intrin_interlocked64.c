/* The 64-bit interlocked intrinsics on a 32-bit target (cmpxchg8b): return values and memory results across
   the 32-bit halves (carries and borrows between them, sign), plus a lock-free 64-bit accumulator built on
   _InterlockedCompareExchange64 and a packed (count, tag) pair updated as one value. */
#include <stdio.h>
#include <intrin.h>

static __int64 volatile total;

static __int64 add_with_cas(__int64 volatile *target, __int64 delta)
{
    __int64 old, seen;
    old = *target;
    for (;;) {
        seen = _InterlockedCompareExchange64(target, old + delta, old);
        if (seen == old)
            return old + delta;
        old = seen;
    }
}

/* low 32 bits: a count, high 32 bits: a tag bumped on every update */
static void bump_pair(__int64 volatile *pair, unsigned add)
{
    __int64 old, next;
    do {
        old = *pair;
        next = (__int64)((((unsigned __int64)old >> 32) + 1) << 32 | (unsigned)((unsigned)old + add));
    } while (_InterlockedCompareExchange64(pair, next, old) != old);
}

int main(void)
{
    __int64 volatile v = 0xFFFFFFFFLL;
    __int64 volatile pair = 0;
    __int64 r;
    int i;

    r = _InterlockedIncrement64(&v);
    printf("inc64 carry -> %llx\n", r);
    r = _InterlockedDecrement64(&v);
    printf("dec64 borrow -> %llx\n", r);
    v = 0;
    r = _InterlockedDecrement64(&v);
    printf("dec64 below zero -> %lld\n", r);
    r = _InterlockedExchange64(&v, 0x123456789ABCDEF0LL);
    printf("xchg64 -> %lld, v %llx\n", r, v);
    r = _InterlockedCompareExchange64(&v, 5, 0x123456789ABCDEF1LL);
    printf("cmpxchg64 miss (low half differs) -> %llx, v %llx\n", r, v);
    r = _InterlockedCompareExchange64(&v, 5, 0x023456789ABCDEF0LL);
    printf("cmpxchg64 miss (high half differs) -> %llx, v %llx\n", r, v);
    r = _InterlockedCompareExchange64(&v, -5, 0x123456789ABCDEF0LL);
    printf("cmpxchg64 hit -> %llx, v %lld\n", r, v);
    r = _InterlockedExchangeAdd64(&v, 0x100000000LL);
    printf("xadd64 -> %lld, v %lld\n", r, v);

    v = 0x00FF00FF00FF00FFLL;
    r = _InterlockedAnd64(&v, 0x0F0F0F0F0F0F0F0FLL);
    printf("and64 -> %llx, v %llx\n", r, v);
    r = _InterlockedOr64(&v, (__int64)0xF000000000000000ULL);
    printf("or64 -> %llx, v %llx\n", r, v);
    r = _InterlockedXor64(&v, -1LL);
    printf("xor64 -> %llx, v %llx\n", r, v);

    v = 0x7FFFFFFFFFFFFFFFLL;
    r = _InterlockedIncrement64(&v);
    printf("inc64 wraps -> %lld\n", r);

    for (i = 1; i <= 1000; i++)
        add_with_cas(&total, (__int64)i * 10000000LL);
    printf("accumulated %lld\n", total);

    for (i = 0; i < 300; i++)
        bump_pair(&pair, 0x01000000u);
    printf("pair: tag %u count %08x\n", (unsigned)((unsigned __int64)pair >> 32), (unsigned)pair);
    return 0;
}
