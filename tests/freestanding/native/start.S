/* start.S - a Multiboot (version 0.6.96) kernel's header and entry, from the Multiboot specification: the
   header's magic 0x1BADB002, flags 0 (an ELF image: the loader reads the program headers) and a checksum that
   makes the three words sum to zero, within the first 8 KiB and 4-byte aligned. The loader enters in 32-bit
   protected mode with paging and interrupts off; the entry sets the stack where nt2cs's bare machine has it
   (below 4 MiB), runs main, and ends the run through debug-exit with main's value should main return. */
    .section .multiboot, "a"
    .align 4
    .long 0x1BADB002
    .long 0
    .long -0x1BADB002

    .text
    .globl _start
_start:
    mov $0x400000, %esp
    call main
    outb %al, $0xF4
1:  cli
    hlt
    jmp 1b
