/* start.S - a Multiboot (version 0.6.96) kernel's header and entry, from the Multiboot specification: the
   header's magic 0x1BADB002, flags 0 (an ELF image: the loader reads the program headers) and a checksum that
   makes the three words sum to zero, within the first 8 KiB and 4-byte aligned. The loader enters in 32-bit
   protected mode with paging and interrupts off and flat segments, but GDTR may be invalid, so no segment
   register may be loaded (an interrupt through a gate loads CS) before the kernel has a GDT of its own: the entry
   loads a flat GDT whose code selector is 08h and data selector 10h, as the gates of board.h name them, sets the stack
   where nt2cs's bare machine has it (below 4 MiB), runs main, and ends the run through debug-exit with main's
   value should main return. */
    .section .multiboot, "a"
    .align 4
    .long 0x1BADB002
    .long 0
    .long -0x1BADB002

    .text
    .globl _start
_start:
    lgdt GdtDescriptor
    ljmp $0x08, $1f
1:  mov $0x10, %eax
    mov %eax, %ds
    mov %eax, %es
    mov %eax, %fs
    mov %eax, %gs
    mov %eax, %ss
    mov $0x400000, %esp
    call main
    outb %al, $0xF4
2:  cli
    hlt
    jmp 2b

/* Null, then 4 GiB flat ring-0 code (execute/read) and data (read/write), 32-bit, 4 KiB granularity. */
    .section .rodata
    .align 8
Gdt:
    .quad 0
    .quad 0x00CF9A000000FFFF
    .quad 0x00CF92000000FFFF
GdtDescriptor:
    .word GdtDescriptor - Gdt - 1
    .long Gdt
