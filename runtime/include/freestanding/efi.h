/* efi.h - the UEFI 2.x interfaces (UEFI 2.10) for applications on IA32, named as the specification names them: an
   application written against the specification compiles unchanged, translated by nt2cs (MSVC's i386 rules) and
   natively (clang -target i686-unknown-windows -ffreestanding). On IA32, UINTN and pointers are 32 bits, UINT64
   members are naturally aligned (8), and EFIAPI is the C calling convention. The entry point is
   EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable). */
#ifndef _NT2CS_EFI_H
#define _NT2CS_EFI_H

#include <efi/base.h>
#include <efi/status.h>
#include <efi/memory.h>
#include <efi/time.h>
#include <efi/devicepath.h>
#include <efi/console.h>
#include <efi/bootservices.h>
#include <efi/runtimeservices.h>
#include <efi/systemtable.h>
#include <efi/loadedimage.h>
#include <efi/blockio.h>
#include <efi/diskio.h>
#include <efi/filesystem.h>

#endif
