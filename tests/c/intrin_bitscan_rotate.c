/* _BitScanForward/_BitScanReverse (0 for a zero mask, else 1 and the index of the lowest/highest set bit), and
   the rotates _rotl/_rotr/_lrotl/_lrotr/_rotl64/_rotr64 for every shift 0..(width-1) and for shifts at and
   beyond the width or negative (taken modulo the width, as rol/ror do). Results are compared against portable
   reference implementations. */
#include <stdio.h>
#include <intrin.h>

static unsigned ref_rotl(unsigned v, int s)
{
    s &= 31;
    return s == 0 ? v : (v << s) | (v >> (32 - s));
}

static unsigned __int64 ref_rotl64(unsigned __int64 v, int s)
{
    s &= 63;
    return s == 0 ? v : (v << s) | (v >> (64 - s));
}

static int ref_lowest(unsigned long m)
{
    int i;
    for (i = 0; i < 32; i++)
        if (m & (1UL << i))
            return i;
    return -1;
}

static int ref_highest(unsigned long m)
{
    int i;
    for (i = 31; i >= 0; i--)
        if (m & (1UL << i))
            return i;
    return -1;
}

int main(void)
{
    static const unsigned long masks[] = { 1, 2, 0x80000000UL, 0x00010000UL, 0x00F00F00UL, 0xFFFFFFFFUL, 0x7FFFFFFEUL,
                                           0x12345678UL, 0x00000180UL };
    unsigned long index;
    unsigned char found;
    unsigned i;
    int s, bad = 0;
    unsigned v = 0x8000000Fu;
    unsigned __int64 w = 0x8000000000000003ULL;

    found = _BitScanForward(&index, 0);
    printf("forward(0) -> %u\n", found);
    found = _BitScanReverse(&index, 0);
    printf("reverse(0) -> %u\n", found);
    for (i = 0; i < sizeof masks / sizeof masks[0]; i++) {
        unsigned long lo, hi;
        unsigned char f1 = _BitScanForward(&lo, masks[i]);
        unsigned char f2 = _BitScanReverse(&hi, masks[i]);
        printf("mask %08lx: forward %u/%lu reverse %u/%lu\n", masks[i], f1, lo, f2, hi);
        if ((int)lo != ref_lowest(masks[i]) || (int)hi != ref_highest(masks[i]))
            bad++;
    }
    for (s = 0; s < 32; s++) {
        unsigned long bit = 1UL << s;
        if (!_BitScanForward(&index, bit) || index != (unsigned long)s)
            bad++;
        if (!_BitScanReverse(&index, bit | 1) || index != (unsigned long)s)
            bad++;
    }
    printf("bit scan mismatches %d\n", bad);

    for (s = 0; s < 32; s += 4)
        printf("rotl(%08x,%2d) = %08x  rotr = %08x\n", v, s, _rotl(v, s), _rotr(v, s));
    bad = 0;
    for (s = 0; s < 32; s++) {
        if (_rotl(0x12345678u, s) != ref_rotl(0x12345678u, s))
            bad++;
        if (_rotr(0x12345678u, s) != ref_rotl(0x12345678u, 32 - s))
            bad++;
        if (_lrotl(0x9ABCDEF0UL, s) != ref_rotl(0x9ABCDEF0u, s))
            bad++;
        if (_lrotr(0x9ABCDEF0UL, s) != ref_rotl(0x9ABCDEF0u, 32 - s))
            bad++;
    }
    for (s = 0; s < 64; s++) {
        if (_rotl64(0x0123456789ABCDEFULL, s) != ref_rotl64(0x0123456789ABCDEFULL, s))
            bad++;
        if (_rotr64(0x0123456789ABCDEFULL, s) != ref_rotl64(0x0123456789ABCDEFULL, 64 - s))
            bad++;
    }
    printf("rotate mismatches %d\n", bad);
    printf("rotl by 32 %08x, by 33 %08x, by 36 %08x\n", _rotl(v, 32), _rotl(v, 33), _rotl(v, 36));
    printf("rotr by 33 %08x\n", _rotr(v, 33));
    printf("rotl64 by 1 %016llx, by 63 %016llx, by 64 %016llx, by 68 %016llx\n", _rotl64(w, 1), _rotl64(w, 63),
           _rotl64(w, 64), _rotl64(w, 68));
    printf("rotr64 by 4 %016llx, by 32 %016llx\n", _rotr64(w, 4), _rotr64(w, 32));
    {
        volatile int minus1 = -1, minus33 = -33, hundred = 100;
        printf("variable shifts %08x %08x %08x %016llx\n", _rotl(0x12345678u, minus1), _rotr(0x12345678u, minus33),
               _rotl(1u, hundred), _rotl64(3ULL, minus1));
    }
    return 0;
}
