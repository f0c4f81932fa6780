/* MSVC extensions that must be accepted and keep their meaning: __forceinline and __inline functions,
   __declspec(noreturn), __declspec(selectany) globals, __declspec(align(n)), __FUNCTION__, __noop (arguments not
   evaluated), __assume (no run-time effect), and the pragmas NT sources use: warning, alloc_text, code_seg,
   data_seg, __pragma inside a macro. */
#include <stdio.h>
#include <stdlib.h>

#pragma warning(push)
#pragma warning(disable : 4100 4127)
#pragma warning(default : 4189)

static int side_effects;

static int bump(void) { return ++side_effects; }

static __forceinline int square(int x) { return x * x; }
static __inline int cube(int x) { return x * square(x); }

__declspec(selectany) int shared_setting = 17;
__declspec(selectany) const char *shared_name = "selectany";

struct __declspec(align(16)) aligned16 {
    int a;
    char b;
};

struct holder {
    char c;
    struct aligned16 inner;
};

__declspec(noreturn) static void fail(const char *why, int status)
{
    printf("fail: %s\n", why);
    exit(status);
}

int paged_function(int x);
#pragma alloc_text(PAGE, paged_function)
int paged_function(int x) { return x + 1000; }

#pragma code_seg("INIT")
int init_function(int x) { return x * 3; }
#pragma code_seg()

#pragma data_seg(".mydata")
int seg_data = 5;
#pragma data_seg()

#define QUIET_UNUSED(x) __pragma(warning(suppress : 4100)) (void)(x)

static const char *who_am_i(void) { return __FUNCTION__; }

static int checked_div(int a, int b)
{
    if (b == 0)
        fail("division by zero", 4);
    __assume(b != 0);
    return a / b;
}

static int classify(int v)
{
    switch (v & 3) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    default: __assume(0);
    }
}

#pragma warning(pop)

int main(void)
{
    int i, total = 0;
    printf("square %d cube %d\n", square(12), cube(-5));
    printf("selectany %d %s\n", shared_setting, shared_name);
    shared_setting++;
    printf("selectany modified %d\n", shared_setting);
    printf("align %u %u %u\n", (unsigned)sizeof(struct aligned16), (unsigned)sizeof(struct holder),
           (unsigned)__alignof(struct aligned16));
    printf("paged %d init %d seg_data %d\n", paged_function(1), init_function(7), seg_data);
    printf("__FUNCTION__ %s / %s\n", __FUNCTION__, who_am_i());

    __noop(bump(), bump());
    __noop();
    printf("after __noop side effects %d\n", side_effects);
    total = bump();
    printf("after bump side effects %d total %d\n", side_effects, total);
    QUIET_UNUSED(total);

    for (i = 0; i < 8; i++)
        total += classify(i);
    printf("classify total %d\n", total);
    printf("checked_div %d\n", checked_div(100, 7));
    checked_div(1, 0);
    printf("not reached\n");
    return 0;
}
