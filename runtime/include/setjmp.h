/* setjmp.h - non-local jumps. jmp_buf is MSVC's x86 size (16 ints). */
#ifndef _NT2CS_SETJMP_H
#define _NT2CS_SETJMP_H

#define _JBLEN 16
typedef int jmp_buf[_JBLEN];

int setjmp(jmp_buf env);
#define _setjmp setjmp
__declspec(noreturn) void longjmp(jmp_buf env, int value);

#endif
