/* machine.h - what nt2cs's machine offers a kernel beyond the i386 instruction set: the frame its CPU hands to
   interrupt and exception handlers, guest contexts (the primitive a kernel's context switch stands on), and the
   image service that maps translated images. machine/README.md ("The virtual CPU", "Mapping images") documents
   them. */
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

/* Images: an image file (an nt2cs image, signed by this checkout) read into memory is mapped at Base, as an
   image loader maps a driver: its code addresses from Base, its data from the next page after them with its
   initial values and relocations, its imports bound by name against the images in the same call and those
   mapped before. Images that import from each other are mapped in one call. The caller must have made
   [Base, Base + RegionSize) present and writable; the image needs RegionSize bytes there (written back, and
   on STATUS_BUFFER_TOO_SMALL nothing is mapped; a RegionSize of 0 asks for the size, so that failure is not
   logged). EntryPoint receives the code address of the image's entry
   point (DLLENTRY, DriverEntry, a program's main), 0 if it has none. Returns an NTSTATUS: STATUS_SUCCESS, or
   for the first image that fails (nothing of the call stays mapped, and the machine's log names the file):
   STATUS_INVALID_IMAGE_FORMAT (not an image this checkout built, or changed since), STATUS_BUFFER_TOO_SMALL,
   STATUS_CONFLICTING_ADDRESSES (overlaps a mapped image), STATUS_IMAGE_ALREADY_LOADED (an image of its name is
   mapped), STATUS_DLL_NOT_FOUND (imports from an image not mapped), STATUS_PROCEDURE_NOT_FOUND (an import its
   exporter lacks), STATUS_ENTRYPOINT_NOT_FOUND (an import of another kind or calling shape), or
   STATUS_INVALID_PARAMETER. */
typedef struct _MACHINE_IMAGE {
    const char *FileName;     /* for the log: where the bytes came from */
    const void *File;         /* the image file's bytes */
    unsigned long FileSize;
    unsigned long Base;       /* page-aligned */
    unsigned long RegionSize; /* in: bytes available at Base; out: bytes the image takes */
    unsigned long EntryPoint; /* out */
} MACHINE_IMAGE;

/* Images points to Count MACHINE_IMAGEs (void *, as the machine takes every pointer argument). */
long __machine_map_images(void *Images, unsigned long Count);

/* Unmaps the images mapped at Count bases (images that import from each other go in one call): their functions
   leave the function table (a call through a pointer into them faults) and their host code is released; the
   memory stays the caller's. Nothing is unmapped on failure: STATUS_CANNOT_DELETE while an image not in the call
   imports from one that is, or for an image the machine mapped before the guest ran; STATUS_INVALID_PARAMETER
   if no image is mapped at a base, or a base comes twice. */
long __machine_unmap_images(const unsigned long *Bases, unsigned long Count);

/* The calling context's C call stack, for bug checks and diagnostics: lines "file.c:LINE Function", innermost
   first, after skipping Skip frames (0: the caller itself), written into Buffer (cut at Size bytes, terminated);
   returns the number of frames written. A function that calls this, and every function calling such a function
   directly, keeps a frame of its own (never inlined), so a bug check names the routine that detected it. */
unsigned long __machine_describe_stack(char *Buffer, unsigned long Size, unsigned long Skip);

#endif
