/* machine.h (native) - only the types of nt2cs's machine.h that board.h names, and the IDT gates' entries; a
   native build has no machine services (guest contexts, image mapping), and the programs built natively use none. */
#ifndef NATIVE_MACHINE_H
#define NATIVE_MACHINE_H

typedef struct _MACHINE_TRAP_FRAME {
    unsigned long Vector;
    unsigned long ErrorCode;
    unsigned long Eip;
    unsigned long SegCs;
    unsigned long EFlags;
} MACHINE_TRAP_FRAME;

#define MACHINE_EFLAGS_IF 0x200u

/* nt2cs's CPU calls the C handler an IDT gate names; natively a gate names the entry for its vector in
   interrupts.S, which calls the handler recorded here. board.h's BdSetGate asks for the gate's offset. */
extern char NativeEntry0[];
extern void (*NativeHandlers[256])(MACHINE_TRAP_FRAME *);

static inline unsigned long MachineGateOffset(int vector, void (*handler)(MACHINE_TRAP_FRAME *))
{
    NativeHandlers[vector] = handler;
    return (unsigned long)NativeEntry0 + 16u * (unsigned)vector;
}
#define MACHINE_GATE_OFFSET MachineGateOffset

#endif
