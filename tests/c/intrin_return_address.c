/* _ReturnAddress: the address the current function returns to, which lies in the code of its caller. The
   translated code has one address per function, so the check is "within the caller", not an exact address.
   Small functions are the case to get right: the JIT inlines them, and a walk of the host stack would miss
   them (and name the caller's caller). Called directly, through a small wrapper, through a function pointer,
   and from a function two callers deep. */
#include <stdio.h>
#include <intrin.h>

typedef void *(*ADDRESS_ROUTINE)(void);

static void *Who(void) { return _ReturnAddress(); }
static void *ViaSmall(void) { return Who(); }
static void *ViaLocal(void) { void *r = Who(); return r; }
static void *ViaPointer(ADDRESS_ROUTINE routine) { return routine(); }
static void *Outer(void) { return ViaSmall(); }

static int Within(void *address, void *function)
{
    return (char *)address >= (char *)function && (char *)address < (char *)function + 256;
}

int main(void)
{
    void *small = ViaSmall();
    printf("direct through a small wrapper: in the wrapper %d\n", Within(small, (void *)ViaSmall));
    printf("into a local: in the caller %d\n", Within(ViaLocal(), (void *)ViaLocal));
    printf("through a pointer: in the caller %d\n", Within(ViaPointer(Who), (void *)ViaPointer));
    printf("two deep: in the wrapper %d, not in the outer %d\n", Within(Outer(), (void *)ViaSmall), Within(Outer(), (void *)Outer));
    printf("same caller, same address %d\n", ViaSmall() == small);
    return 0;
}
