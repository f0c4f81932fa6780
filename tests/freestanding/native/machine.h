/* machine.h (native) - only the types of nt2cs's machine.h that board.h names; a native build has no machine
   services (guest contexts, image mapping), and the programs built natively use none. */
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

#endif
