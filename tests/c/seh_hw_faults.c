/* Hardware faults arrive as structured exceptions: access violations (with the access kind and the address in
   ExceptionInformation), integer divide by zero, the INT_MIN / -1 overflow of idiv, int 3 (__debugbreak) and a
   privileged instruction in user mode. Each is caught, and execution continues after the handler. MSVC-only
   syntax: the expectation follows Microsoft's documentation. */
#include <stdio.h>
#include <limits.h>
#include <excpt.h>
#include <intrin.h>

struct node { int a, b; int c; };

static unsigned long info0, info1, nparams;
static int steps;

static int av_filter(EXCEPTION_POINTERS *pointers)
{
    EXCEPTION_RECORD *record = pointers->ExceptionRecord;
    nparams = record->NumberParameters;
    info0 = nparams > 0 ? record->ExceptionInformation[0] : 99;
    info1 = nparams > 1 ? record->ExceptionInformation[1] : 99;
    return record->ExceptionCode == (unsigned long)STATUS_ACCESS_VIOLATION ? EXCEPTION_EXECUTE_HANDLER
                                                                           : EXCEPTION_CONTINUE_SEARCH;
}

static void av(const char *what, int kind)
{
    volatile int sink;
    int *volatile null_int = NULL;
    struct node *volatile null_node = NULL;
    steps = 0;
    __try {
        steps = 1;
        switch (kind) {
        case 0: *null_int = 5; break;
        case 1: sink = *null_int; break;
        case 2: sink = null_node->c; break;
        case 3: null_node->b = 7; break;
        case 4: *(volatile unsigned char *)0x1234 = 1; break;
        case 5: sink = ((volatile int *)0x2000)[3]; break;
        }
        steps = 2;
    } __except (av_filter(GetExceptionInformation())) {
        printf("%-14s %08lX params %lu kind %lu address %lX steps %d\n", what, GetExceptionCode(), nparams, info0, info1,
               steps);
    }
}

static int arith(int kind, volatile int a, volatile int b)
{
    int r = -7;
    __try {
        switch (kind) {
        case 0: r = a / b; break;
        case 1: r = a % b; break;
        }
    } __except (GetExceptionCode() == STATUS_INTEGER_DIVIDE_BY_ZERO || GetExceptionCode() == STATUS_INTEGER_OVERFLOW
                ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        printf("  arith(%d, %d, %d): %08lX\n", kind, (int)a, (int)b, GetExceptionCode());
    }
    return r;
}

int main(void)
{
    volatile __int64 big = 0x123456789LL, big0 = 0;
    av("write null", 0);
    av("read null", 1);
    av("read field", 2);
    av("write field", 3);
    av("write 0x1234", 4);
    av("read 0x200c", 5);

    printf("7/2 = %d\n", arith(0, 7, 2));
    printf("7/0 = %d\n", arith(0, 7, 0));
    printf("7%%0 = %d\n", arith(1, 7, 0));
    printf("INT_MIN/-1 = %d\n", arith(0, INT_MIN, -1));
    printf("INT_MIN%%-1 = %d\n", arith(1, INT_MIN, -1));
    printf("INT_MIN/1 = %d\n", arith(0, INT_MIN, 1));

    __try {
        big = big / big0;
    } __except (GetExceptionCode() == STATUS_INTEGER_DIVIDE_BY_ZERO) {
        printf("__int64 / 0: %08lX, big unchanged %d\n", GetExceptionCode(), big == 0x123456789LL);
    }

    __try {
        __debugbreak();
        printf("not reached\n");
    } __except (GetExceptionCode() == STATUS_BREAKPOINT ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        printf("__debugbreak: %08lX\n", GetExceptionCode());
    }

    __try {
        unsigned char v = __inbyte(0x60);
        printf("not reached %d\n", v);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        printf("__inbyte: %08lX\n", GetExceptionCode());
    }
    printf("done\n");
    return 0;
}

/* EXPECTED (status 0)
write null     C0000005 params 2 kind 1 address 0 steps 1
  -- EXCEPTION_RECORD, EXCEPTION_ACCESS_VIOLATION: "The first element of the array contains a read-write flag
  -- that indicates the type of operation that caused the access violation. If this value is zero, the thread
  -- attempted to read the inaccessible data. If this value is 1, the thread attempted to write to an
  -- inaccessible address. ... The second array element specifies the virtual address of the inaccessible
  -- data." The first 64 KiB of a Win32 process are never mapped (the NULL-pointer region). steps was set
  -- before the fault and is seen by the handler (volatile).
read null      C0000005 params 2 kind 0 address 0 steps 1
read field     C0000005 params 2 kind 0 address 8 steps 1
  -- member c of struct node is at offset 8, so reading null_node->c reads address 8.
write field    C0000005 params 2 kind 1 address 4 steps 1
write 0x1234   C0000005 params 2 kind 1 address 1234 steps 1
read 0x200c    C0000005 params 2 kind 0 address 200C steps 1
  -- ((int *)0x2000)[3] is address 0x2000 + 12.
7/2 = 3
  -- no fault: the handler does not run and r is 3.
  arith(0, 7, 0): C0000094
7/0 = -7
  arith(1, 7, 0): C0000094
7%0 = -7
  -- x86 idiv with a zero divisor raises #DE, which Windows reports as EXCEPTION_INT_DIVIDE_BY_ZERO
  -- (0xC0000094, "The thread attempted to divide an integer value by an integer divisor of zero"); the
  -- remainder uses the same instruction. r keeps -7.
  arith(0, -2147483648, -1): C0000095
INT_MIN/-1 = -7
  arith(1, -2147483648, -1): C0000095
INT_MIN%-1 = -7
  -- the quotient 2^31 does not fit: idiv raises #DE as well, and Windows distinguishes it from a zero divisor
  -- as EXCEPTION_INT_OVERFLOW (0xC0000095). MSVC computes both / and % with idiv, so both fault.
INT_MIN/1 = -2147483648
__int64 / 0: C0000094, big unchanged 1
  -- 64-bit division on x86 (the CRT helper _alldiv, built on div) with a zero divisor faults the same way; the
  -- assignment never happens.
__debugbreak: 80000003
  -- __debugbreak "causes a breakpoint in your code"; without a debugger the int 3 is an EXCEPTION_BREAKPOINT
  -- (0x80000003) structured exception that an __except can handle.
__inbyte: C0000096
  -- `in` is a privileged (IOPL-sensitive) instruction in user mode; Windows raises
  -- EXCEPTION_PRIV_INSTRUCTION (0xC0000096), "The thread attempted to execute an instruction whose operation
  -- is not allowed in the current machine mode".
done
*/
