/* efi/memory.h - memory types, allocation types and the memory map's descriptor (UEFI 2.10, 7.2). */
#ifndef _NT2CS_EFI_MEMORY_H
#define _NT2CS_EFI_MEMORY_H

#define EFI_PAGE_SIZE 4096
#define EFI_PAGE_MASK 0xFFF
#define EFI_PAGE_SHIFT 12
#define EFI_SIZE_TO_PAGES(Size) (((Size) >> EFI_PAGE_SHIFT) + (((Size) & EFI_PAGE_MASK) ? 1 : 0))
#define EFI_PAGES_TO_SIZE(Pages) ((Pages) << EFI_PAGE_SHIFT)

typedef enum {
    EfiReservedMemoryType,
    EfiLoaderCode,
    EfiLoaderData,
    EfiBootServicesCode,
    EfiBootServicesData,
    EfiRuntimeServicesCode,
    EfiRuntimeServicesData,
    EfiConventionalMemory,
    EfiUnusableMemory,
    EfiACPIReclaimMemory,
    EfiACPIMemoryNVS,
    EfiMemoryMappedIO,
    EfiMemoryMappedIOPortSpace,
    EfiPalCode,
    EfiPersistentMemory,
    EfiUnacceptedMemoryType,
    EfiMaxMemoryType
} EFI_MEMORY_TYPE;

typedef enum {
    AllocateAnyPages,
    AllocateMaxAddress,
    AllocateAddress,
    MaxAllocateType
} EFI_ALLOCATE_TYPE;

/* Memory attributes (EFI_MEMORY_DESCRIPTOR.Attribute). */
#define EFI_MEMORY_UC 0x0000000000000001ull
#define EFI_MEMORY_WC 0x0000000000000002ull
#define EFI_MEMORY_WT 0x0000000000000004ull
#define EFI_MEMORY_WB 0x0000000000000008ull
#define EFI_MEMORY_UCE 0x0000000000000010ull
#define EFI_MEMORY_WP 0x0000000000001000ull
#define EFI_MEMORY_RP 0x0000000000002000ull
#define EFI_MEMORY_XP 0x0000000000004000ull
#define EFI_MEMORY_NV 0x0000000000008000ull
#define EFI_MEMORY_MORE_RELIABLE 0x0000000000010000ull
#define EFI_MEMORY_RO 0x0000000000020000ull
#define EFI_MEMORY_SP 0x0000000000040000ull
#define EFI_MEMORY_CPU_CRYPTO 0x0000000000080000ull
#define EFI_MEMORY_RUNTIME 0x8000000000000000ull
#define EFI_MEMORY_ISA_VALID 0x4000000000000000ull
#define EFI_MEMORY_ISA_MASK 0x0FFFF00000000000ull

#define EFI_MEMORY_DESCRIPTOR_VERSION 1

typedef struct {
    UINT32 Type;
    EFI_PHYSICAL_ADDRESS PhysicalStart;
    EFI_VIRTUAL_ADDRESS VirtualStart;
    UINT64 NumberOfPages;
    UINT64 Attribute;
} EFI_MEMORY_DESCRIPTOR;

/* The next descriptor of a memory map: the firmware's DescriptorSize, not sizeof, is the stride. */
#define NEXT_MEMORY_DESCRIPTOR(Descriptor, Size) ((EFI_MEMORY_DESCRIPTOR *)((UINT8 *)(Descriptor) + (Size)))

#endif
