/* intrin.h (native) - the MSVC intrinsics the freestanding test programs use, as GNU inline assembly, for the
   native build of a test driver that boots under QEMU (tests/freestanding/native/README.md). Under nt2cs the
   machine implements them; here they are the i386 instructions they name. */
#ifndef NATIVE_INTRIN_H
#define NATIVE_INTRIN_H

static inline unsigned char __inbyte(unsigned short port)
{
    unsigned char value;
    __asm__ __volatile__("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline unsigned short __inword(unsigned short port)
{
    unsigned short value;
    __asm__ __volatile__("inw %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline unsigned long __indword(unsigned short port)
{
    unsigned long value;
    __asm__ __volatile__("inl %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline void __outbyte(unsigned short port, unsigned char data)
{
    __asm__ __volatile__("outb %0, %1" : : "a"(data), "Nd"(port));
}

static inline void __outword(unsigned short port, unsigned short data)
{
    __asm__ __volatile__("outw %0, %1" : : "a"(data), "Nd"(port));
}

static inline void __outdword(unsigned short port, unsigned long data)
{
    __asm__ __volatile__("outl %0, %1" : : "a"(data), "Nd"(port));
}

static inline void __halt(void) { __asm__ __volatile__("hlt"); }
static inline void _disable(void) { __asm__ __volatile__("cli" : : : "memory"); }
static inline void _enable(void) { __asm__ __volatile__("sti" : : : "memory"); }
static inline void __lidt(void *descriptor) { __asm__ __volatile__("lidt (%0)" : : "r"(descriptor) : "memory"); }

#endif
