/* wchar.h - wide characters: the types and limits (wchar_t is 16 bits, as under MSVC). */
#ifndef _NT2CS_WCHAR_H
#define _NT2CS_WCHAR_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef unsigned int size_t;
#endif

#ifndef _WCHAR_T_DEFINED
#define _WCHAR_T_DEFINED
typedef unsigned short wchar_t;
#endif

#ifndef _WINT_T_DEFINED
#define _WINT_T_DEFINED
typedef unsigned short wint_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef WCHAR_MIN
#define WCHAR_MIN 0x0000
#endif
#ifndef WCHAR_MAX
#define WCHAR_MAX 0xffff
#endif
#define WEOF ((wint_t)0xFFFF)

#endif
