/* malloc.h - shim for the NATIVE oracle only: glibc's malloc.h plus MSVC's _alloca, which clang expands as a
   builtin under -fms-extensions. nt2cs uses runtime/include/malloc.h instead. */
#ifndef NT2CS_NATIVE_MALLOC_H
#define NT2CS_NATIVE_MALLOC_H

#include_next <malloc.h>
#include <stddef.h>

void *_alloca(size_t size);
#ifndef alloca
#define alloca _alloca
#endif

#endif
