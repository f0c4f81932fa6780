/* machine.h - what nt2cs's machine offers a kernel beyond the i386 instruction set: the frame its CPU hands to
   interrupt and exception handlers, and guest contexts, the primitive a kernel's context switch stands on.
   machine/README.md ("The virtual CPU") documents both. */
#ifndef _NT2CS_MACHINE_H
#define _NT2CS_MACHINE_H

/* What an IDT handler receives: void Handler(MACHINE_TRAP_FRAME *Frame). The CPU builds the frame on the
   interrupted stack, as a trap stub's pushes would leave it (vector, error code, then the iretd frame), clears IF
   for an interrupt gate, calls the handler and, when it returns, reloads EFLAGS from Frame->EFlags (iretd). */
typedef struct _MACHINE_TRAP_FRAME {
    unsigned long Vector;    /* 0-255 */
    unsigned long ErrorCode; /* pushed by the CPU for 8, 10-14, 17; 0 otherwise */
    unsigned long Eip;       /* code address of the interrupted function, 0 if unknown */
    unsigned long SegCs;     /* the gate's selector */
    unsigned long EFlags;    /* EFLAGS at the interruption; IF is restored from here on return */
} MACHINE_TRAP_FRAME;

#define MACHINE_EFLAGS_IF 0x200u

/* Guest contexts: exactly one runs; the others are parked where they switched away. A new context starts by
   calling Entry(Argument) on [StackBase, StackBase + StackSize); Entry must never return. */
unsigned long __machine_create_context(void (*Entry)(void *), void *Argument, void *StackBase, unsigned long StackSize);
void __machine_switch_context(unsigned long Context);
unsigned long __machine_current_context(void);
void __machine_delete_context(unsigned long Context);

#endif
