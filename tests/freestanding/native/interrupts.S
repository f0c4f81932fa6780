/* interrupts.S - the native build's interrupt and exception entries (Intel SDM vol. 3A §6.12), so a test driver's
   C handlers run natively as nt2cs's CPU runs them (runtime/include/freestanding/machine.h): an IDT gate points at
   the entry for its vector, which completes the frame the CPU pushed (EIP, CS, EFLAGS, and an error code for
   vectors 8, 10-14 and 17) to a MACHINE_TRAP_FRAME by pushing a zero error code where the CPU pushes none and the
   vector, saves the registers a C function may change, calls the handler BdSetGate registered with the frame's
   address, and returns with iret, which reloads EFLAGS (IF) from the frame. A handler sends its own EOI, as on
   nt2cs's machine. */
    .text

/* The entry for vector v, 16 bytes apart: the longest (push $0, push $imm32, jmp rel32) takes 12. */
    .macro entry v
    .if !((\v == 8) || ((\v >= 10) && (\v <= 14)) || (\v == 17))
    push $0
    .endif
    push $\v
    jmp NativeCommonEntry
    .align 16
    .endm

/* Sixteen entries, vectors 0xH0-0xHF (the preprocessor writes the numbers; ';' separates statements). */
#define ROW(h) entry 0x##h##0; entry 0x##h##1; entry 0x##h##2; entry 0x##h##3; entry 0x##h##4; entry 0x##h##5; \
    entry 0x##h##6; entry 0x##h##7; entry 0x##h##8; entry 0x##h##9; entry 0x##h##a; entry 0x##h##b; \
    entry 0x##h##c; entry 0x##h##d; entry 0x##h##e; entry 0x##h##f

/* Entry v is at NativeEntry0 + 16 * v. */
    .align 16
    .globl NativeEntry0
NativeEntry0:
    ROW(0)
    ROW(1)
    ROW(2)
    ROW(3)
    ROW(4)
    ROW(5)
    ROW(6)
    ROW(7)
    ROW(8)
    ROW(9)
    ROW(a)
    ROW(b)
    ROW(c)
    ROW(d)
    ROW(e)
    ROW(f)

NativeCommonEntry:
    pushal
    cld                           /* the C calling convention wants the direction flag clear */
    mov 32(%esp), %eax            /* the vector, above the eight saved registers */
    lea 32(%esp), %ecx            /* the MACHINE_TRAP_FRAME: vector, error code, then the CPU's EIP, CS, EFLAGS */
    push %ecx
    call *NativeHandlers(, %eax, 4)
    add $4, %esp
    popal
    add $8, %esp                  /* the vector and the error code */
    iret

    .bss
    .align 4
    .globl NativeHandlers
NativeHandlers:
    .space 256 * 4
