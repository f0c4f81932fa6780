/* Alignment asked for by a variable's declaration rather than its type: __declspec(align(n)) (GCC's aligned
   attribute where __declspec is not available), C11 _Alignas, through macros, on globals, file and block-scope
   statics, and locals (scalars whose address is taken, arrays, structs), each placed between one-byte objects
   that would otherwise leave it misaligned. Prints each address modulo its alignment (0 when honoured) and what
   __alignof reports. */
#include <stdio.h>
#include <stdint.h>

#ifndef __has_declspec_attribute
#define __has_declspec_attribute(x) 0
#endif
#if __has_declspec_attribute(align)
#define ALIGN(n) __declspec(align(n))
#else
#define ALIGN(n) __attribute__((aligned(n)))
#endif
#define CACHE_LINE 64

struct Pair { char a, b; };

char Before1;
ALIGN(16) int Global16;
char Before2;
ALIGN(CACHE_LINE) char GlobalLine[3];
char Before3;
static ALIGN(32) struct Pair FilePair;
char Before4;
_Alignas(8) short Global8;
char Before5;
ALIGN(0x80) unsigned Global128 = 7;

static unsigned Misalignment(const void *p, unsigned align) { return (unsigned)(uintptr_t)p % align; }

static void Locals(int depth)
{
    char c1 = 1;
    ALIGN(16) int scalar = depth;
    char c2 = 2;
    ALIGN(64) char buffer[5];
    char c3 = 3;
    _Alignas(32) struct Pair pair;
    static ALIGN(256) char blockStatic;
    buffer[0] = c1;
    pair.a = c2;
    printf("depth %d: scalar %u buffer %u pair %u static %u (%d %d %d)\n", depth, Misalignment(&scalar, 16),
        Misalignment(buffer, 64), Misalignment(&pair, 32), Misalignment(&blockStatic, 256), buffer[0], pair.a, c3);
    if (depth < 3)
        Locals(depth + 1); /* a frame at another depth must be aligned the same */
}

int main(void)
{
    printf("globals: %u %u %u %u %u (value %u)\n", Misalignment(&Global16, 16), Misalignment(GlobalLine, CACHE_LINE),
        Misalignment(&FilePair, 32), Misalignment(&Global8, 8), Misalignment(&Global128, 128), Global128);
    printf("alignof: %d %d %d %d\n", (int)__alignof(Global16), (int)__alignof(GlobalLine), (int)__alignof(FilePair),
        (int)__alignof(Global128));
    Locals(0);
    (void)Before1; (void)Before2; (void)Before3; (void)Before4; (void)Before5;
    return 0;
}
