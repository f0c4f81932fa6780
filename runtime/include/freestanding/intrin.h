/* intrin.h - MSVC's intrinsics for x86, by the names and signatures MSVC documents. Privileged ones (ports,
   control registers, MSRs, the interrupt flag, halt) work on the machine model; in a hosted program they raise
   STATUS_PRIVILEGED_INSTRUCTION, as in user mode on Windows. */
#ifndef _NT2CS_INTRIN_H
#define _NT2CS_INTRIN_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef unsigned int size_t;
#endif

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

void __movsb(unsigned char *destination, unsigned char const *source, size_t count);
void __movsw(unsigned short *destination, unsigned short const *source, size_t count);
void __movsd(unsigned long *destination, unsigned long const *source, size_t count);
void __stosb(unsigned char *destination, unsigned char value, size_t count);
void __stosw(unsigned short *destination, unsigned short value, size_t count);
void __stosd(unsigned long *destination, unsigned long value, size_t count);

void *_alloca(size_t size);
void __debugbreak(void);
void *_ReturnAddress(void);

unsigned char __readfsbyte(unsigned long offset);
unsigned short __readfsword(unsigned long offset);
unsigned long __readfsdword(unsigned long offset);
void __writefsbyte(unsigned long offset, unsigned char value);
void __writefsword(unsigned long offset, unsigned short value);
void __writefsdword(unsigned long offset, unsigned long value);

unsigned char __inbyte(unsigned short port);
unsigned short __inword(unsigned short port);
unsigned long __indword(unsigned short port);
void __outbyte(unsigned short port, unsigned char data);
void __outword(unsigned short port, unsigned short data);
void __outdword(unsigned short port, unsigned long data);
unsigned long __readcr0(void);
unsigned long __readcr2(void);
unsigned long __readcr3(void);
unsigned long __readcr4(void);
void __writecr0(unsigned int value);
void __writecr3(unsigned int value);
void __writecr4(unsigned int value);
unsigned __int64 __readmsr(unsigned long msr);
void __writemsr(unsigned long msr, unsigned __int64 value);
void _disable(void);
void _enable(void);
void __halt(void);
void __invlpg(void *address);
unsigned __int64 __rdtsc(void);
void __lidt(void *source);
void __sidt(void *destination);
void _lgdt(void *source);
void _sgdt(void *destination);
unsigned int __readeflags(void);
void __writeeflags(unsigned int value);

#endif
