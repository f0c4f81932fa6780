/* __emul/__emulu (32x32->64 multiplies, signed and unsigned), _byteswap_ushort/ulong/uint64, the string
   intrinsics __movsb/__movsw/__movsd and __stosb/__stosw/__stosd (forward, element by element, so an overlapping
   __movsb propagates like rep movsb), and memcpy/memmove/memset/memcmp on the same buffers. */
#include <stdio.h>
#include <string.h>
#include <intrin.h>

static void dump(const char *label, const unsigned char *p, int n)
{
    int i;
    printf("%s:", label);
    for (i = 0; i < n; i++)
        printf(" %02x", p[i]);
    printf("\n");
}

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
    unsigned char bytes[16];
    unsigned short words[6];
    unsigned long dwords[4];
    unsigned char text[12] = "abcdefghij";
    unsigned char a[8], b[8];
    int i;

    printf("emul %lld %lld %lld\n", __emul(-2, 3), __emul(0x7fffffff, 0x7fffffff), __emul(-0x7fffffff - 1, -1));
    printf("emulu %llu %llu\n", __emulu(0xffffffffu, 0xffffffffu), __emulu(65536u, 65536u));
    printf("emul vs emulu on -1: %lld %llu\n", __emul(-1, -1), __emulu((unsigned)-1, (unsigned)-1));

    printf("bswap16 %04x %04x\n", _byteswap_ushort(0x1234), _byteswap_ushort(0xff00));
    printf("bswap32 %08lx %08lx\n", _byteswap_ulong(0x12345678UL), _byteswap_ulong(0x000000ffUL));
    printf("bswap64 %016llx\n", _byteswap_uint64(0x0102030405060708ULL));
    printf("bswap twice %d\n", _byteswap_uint64(_byteswap_uint64(0xdeadbeefcafef00dULL)) == 0xdeadbeefcafef00dULL);

    __stosb(bytes, 0xab, sizeof bytes);
    __stosb(bytes + 4, 0x00, 3);
    dump("stosb", bytes, 16);
    for (i = 0; i < 16; i++)
        bytes[i] = (unsigned char)(i * 17);
    __movsb(bytes + 8, bytes, 4);
    dump("movsb", bytes, 16);
    __movsb(bytes + 1, bytes, 6);
    dump("movsb overlap", bytes, 16);

    __stosw(words, 0xbeef, 6);
    words[2] = 0x1111;
    __movsw(words + 3, words + 1, 3);
    printf("words %04x %04x %04x %04x %04x %04x\n", words[0], words[1], words[2], words[3], words[4], words[5]);

    __stosd(dwords, 0xdeadbeefUL, 4);
    dwords[1] = 0x01020304UL;
    __movsd(dwords + 2, dwords, 2);
    printf("dwords %08lx %08lx %08lx %08lx\n", dwords[0], dwords[1], dwords[2], dwords[3]);
    dump("dword bytes", (unsigned char *)dwords, 8);

    memmove(text + 2, text, 5);
    printf("memmove %s\n", (char *)text);
    memcpy(text, "XYZ", 3);
    printf("memcpy %s\n", (char *)text);
    memset(text + 5, 0x12f, 3);
    dump("memset", text, 10);

    memset(a, 1, sizeof a);
    memcpy(b, a, sizeof b);
    printf("memcmp equal %d\n", sign(memcmp(a, b, 8)));
    b[5] = 0x80;
    printf("memcmp less %d greater %d prefix %d\n", sign(memcmp(a, b, 8)), sign(memcmp(b, a, 8)),
           sign(memcmp(a, b, 5)));
    a[0] = 0xff;
    printf("memcmp unsigned bytes %d\n", sign(memcmp(a, b, 8)));
    return 0;
}
