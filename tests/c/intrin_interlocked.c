/* The 32- and 16-bit interlocked intrinsics: each returns the documented value (the new value for
   Increment/Decrement, the original value for Exchange, CompareExchange, ExchangeAdd, And, Or, Xor) and leaves
   the documented result in memory, including at the wrap-around points. Also a spin lock and a reference count
   built on them, as NT code uses them. */
#include <stdio.h>
#include <intrin.h>

static long volatile lock_word;
static long volatile refcount = 1;
static int destroyed;

static void acquire(long volatile *lock)
{
    while (_InterlockedCompareExchange(lock, 1, 0) != 0)
        ;
}

static void release(long volatile *lock) { _InterlockedExchange(lock, 0); }

static void reference(void) { _InterlockedIncrement(&refcount); }

static void dereference(void)
{
    if (_InterlockedDecrement(&refcount) == 0)
        destroyed++;
}

int main(void)
{
    long volatile v = 5;
    long volatile flags = 0x0F0F;
    short volatile s = 32766;
    long r;
    short rs;
    int i;

    r = _InterlockedIncrement(&v);
    printf("inc -> %ld, v %ld\n", r, v);
    r = _InterlockedDecrement(&v);
    printf("dec -> %ld, v %ld\n", r, v);
    r = _InterlockedExchange(&v, -42);
    printf("xchg -> %ld, v %ld\n", r, v);
    r = _InterlockedCompareExchange(&v, 100, 7);
    printf("cmpxchg miss -> %ld, v %ld\n", r, v);
    r = _InterlockedCompareExchange(&v, 100, -42);
    printf("cmpxchg hit -> %ld, v %ld\n", r, v);
    r = _InterlockedExchangeAdd(&v, -150);
    printf("xadd -> %ld, v %ld\n", r, v);

    r = _InterlockedAnd(&flags, 0x00FF);
    printf("and -> %lx, flags %lx\n", r, flags);
    r = _InterlockedOr(&flags, 0x7000);
    printf("or -> %lx, flags %lx\n", r, flags);
    r = _InterlockedXor(&flags, 0x700F);
    printf("xor -> %lx, flags %lx\n", r, flags);

    v = 0x7fffffff;
    r = _InterlockedIncrement(&v);
    printf("inc wraps -> %ld\n", r);
    v = (long)0x80000000;
    r = _InterlockedDecrement(&v);
    printf("dec wraps -> %ld\n", r);
    v = 0x7ffffff0;
    r = _InterlockedExchangeAdd(&v, 0x20);
    printf("xadd wraps -> %ld, v %ld\n", r, v);

    rs = _InterlockedIncrement16(&s);
    printf("inc16 -> %d\n", rs);
    rs = _InterlockedIncrement16(&s);
    printf("inc16 wraps -> %d\n", rs);
    rs = _InterlockedDecrement16(&s);
    printf("dec16 wraps back -> %d\n", rs);
    rs = _InterlockedCompareExchange16(&s, 12, 32767);
    printf("cmpxchg16 -> %d, s %d\n", rs, s);
    rs = _InterlockedCompareExchange16(&s, -1, 13);
    printf("cmpxchg16 miss -> %d, s %d\n", rs, s);

    for (i = 0; i < 1000; i++) {
        acquire(&lock_word);
        v = i;
        release(&lock_word);
    }
    printf("lock free again %ld, last %ld\n", lock_word, v);

    for (i = 0; i < 10; i++)
        reference();
    for (i = 0; i < 10; i++)
        dereference();
    printf("refcount %ld destroyed %d\n", refcount, destroyed);
    dereference();
    printf("refcount %ld destroyed %d\n", refcount, destroyed);
    return 0;
}
