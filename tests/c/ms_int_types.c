/* MSVC's sized integer types __int8/__int16/__int32/__int64 and their unsigned forms: sizes, signedness,
   conversions, wraparound, promotions, the i64/ui64 literal suffixes, and NT-style typedefs built on them. */
#include <stdio.h>

typedef unsigned __int8 UCHAR8;
typedef __int16 SHORT16;
typedef unsigned __int16 USHORT16;
typedef __int32 LONG32;
typedef unsigned __int32 ULONG32;
typedef __int64 LONGLONG;
typedef unsigned __int64 ULONGLONG;

struct mixed {
    __int8 a;
    __int64 b;
    __int16 c;
    __int32 d;
};

static __int64 mul_add(__int32 a, __int32 b, __int64 c) { return (__int64)a * b + c; }

int main(void)
{
    __int8 s8 = 127;
    unsigned __int8 u8 = 250;
    __int16 s16 = 32767;
    unsigned __int16 u16 = 65535;
    __int32 s32 = 0x7fffffff;
    unsigned __int32 u32 = 0xffffffffu;
    __int64 s64 = 0x7fffffffffffffffi64;
    unsigned __int64 u64 = 0xffffffffffffffffui64;
    LONGLONG big = 1i64 << 40;
    ULONGLONG ubig = 3ui64 << 62;
    unsigned __int8 bytes[4] = { 0x80, 0x7f, 0xff, 0x01 };
    int i;

    printf("sizes %u %u %u %u\n", (unsigned)sizeof(__int8), (unsigned)sizeof(__int16), (unsigned)sizeof(__int32),
           (unsigned)sizeof(__int64));
    printf("unsigned sizes %u %u %u %u\n", (unsigned)sizeof(UCHAR8), (unsigned)sizeof(USHORT16),
           (unsigned)sizeof(ULONG32), (unsigned)sizeof(ULONGLONG));
    printf("struct mixed %u\n", (unsigned)sizeof(struct mixed));

    s8++;
    u8 += 10;
    s16++;
    u16++;
    printf("wrap %d %u %d %u\n", s8, u8, s16, u16);
    printf("signed 32 %d unsigned 32 %u\n", s32, u32);
    s32 = (__int32)u32;
    printf("u32->s32 %d\n", s32);
    printf("64 %lld %llu\n", s64, u64);
    printf("shifts %lld %llu\n", big, ubig);
    printf("s64+1 wraps to %lld\n", (__int64)((unsigned __int64)s64 + 1));

    for (i = 0; i < 4; i++) {
        __int8 as_signed = (__int8)bytes[i];
        printf("byte %02x: signed %d unsigned %u\n", bytes[i], as_signed, bytes[i]);
    }

    /* promotions: both 16-bit operands become int before the arithmetic */
    {
        unsigned __int16 a = 65535, b = 300;
        __int16 c = -30000, d = -30000;
        __int8 e = -128, f = -1;
        printf("u16+1 %d (size %u), s16+s16 %d, s8*s8 %d\n", a + 1, (unsigned)sizeof(a + 1), c + d, e * f);
        printf("u16*u16 %d, narrowed back %u\n", b * b, (unsigned)(unsigned __int16)(b * b));
    }

    printf("mul_add %lld %lld\n", mul_add(0x7fffffff, 0x7fffffff, -1i64), mul_add(-65536, 65536, 0));
    printf("i32 suffix %d, i16 suffix %d, i8 suffix %d\n", 100000i32, 1000i16, 100i8);
    printf("compare %d %d\n", (__int64)-1 < 0, (unsigned __int64)-1 > 0);
    return 0;
}
