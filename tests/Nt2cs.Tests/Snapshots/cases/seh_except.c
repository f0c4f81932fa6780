/* __try/__except: a filter that inspects the code, GetExceptionInformation, and a re-raise. */
#include <excpt.h>

int filter(unsigned long code, EXCEPTION_POINTERS *pointers)
{
    return code == 0xC0000094 && pointers->ExceptionRecord->ExceptionCode == code
        ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

int divide(int a, int b)
{
    int result = -1;
    __try {
        result = a / b;
    } __except (filter(GetExceptionCode(), GetExceptionInformation())) {
        result = 0;
    }
    return result;
}
