/* excpt.h - structured exception handling: __try/__except/__finally and the functions usable in filters and
   handlers (as MSVC's excpt.h names them), the NT exception structures, and raising an exception from C.
   Hardware faults arrive as the NT statuses below. */
#ifndef _NT2CS_EXCPT_H
#define _NT2CS_EXCPT_H

#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)

unsigned long __cdecl _exception_code(void);
void *__cdecl _exception_info(void);
int __cdecl _abnormal_termination(void);

#define GetExceptionCode _exception_code
#define exception_code _exception_code
#define GetExceptionInformation (struct _EXCEPTION_POINTERS *)_exception_info
#define exception_info (struct _EXCEPTION_POINTERS *)_exception_info
#define AbnormalTermination _abnormal_termination
#define abnormal_termination _abnormal_termination

#define EXCEPTION_MAXIMUM_PARAMETERS 15
#define EXCEPTION_NONCONTINUABLE 0x1

typedef struct _EXCEPTION_RECORD {
    unsigned long ExceptionCode;
    unsigned long ExceptionFlags;
    struct _EXCEPTION_RECORD *ExceptionRecord;
    void *ExceptionAddress;
    unsigned long NumberParameters;
    unsigned long ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD;

typedef struct _EXCEPTION_POINTERS {
    PEXCEPTION_RECORD ExceptionRecord;
    void *ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS;

#ifndef STATUS_ACCESS_VIOLATION
#define STATUS_ACCESS_VIOLATION ((long)0xC0000005L)
#endif
#ifndef STATUS_INTEGER_DIVIDE_BY_ZERO
#define STATUS_INTEGER_DIVIDE_BY_ZERO ((long)0xC0000094L)
#endif
#ifndef STATUS_INTEGER_OVERFLOW
#define STATUS_INTEGER_OVERFLOW ((long)0xC0000095L)
#endif
#ifndef STATUS_STACK_OVERFLOW
#define STATUS_STACK_OVERFLOW ((long)0xC00000FDL)
#endif
#ifndef STATUS_BREAKPOINT
#define STATUS_BREAKPOINT ((long)0x80000003L)
#endif
#ifndef STATUS_NONCONTINUABLE_EXCEPTION
#define STATUS_NONCONTINUABLE_EXCEPTION ((long)0xC0000025L)
#endif

/* Raises an exception with parameters (Win32's RaiseException). */
void __stdcall RaiseException(unsigned long code, unsigned long flags, unsigned long count, const unsigned long *arguments);
/* Raises a status as a non-continuable exception (NT's RtlRaiseStatus). */
void __stdcall RtlRaiseStatus(long status);

#endif
