/* stdarg.h - variable arguments. A va_list is a char* into the cdecl argument block, as on MSVC i386;
   nt2cs lays variadic arguments out the same way, so these builtins translate to guest pointer steps. */
#ifndef _NT2CS_STDARG_H
#define _NT2CS_STDARG_H

#ifndef _VA_LIST_DEFINED
#define _VA_LIST_DEFINED
typedef char *va_list;
#endif

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)

#endif
