/* Unaligned members of packed structs: reads, writes, compound assignment and ++ on int/short/long long/double
   fields at odd offsets, through the struct, through pointers to packed structs (also ones made from a byte
   buffer at an odd address), arrays of packed records, and the bytes of the result compared with a manual
   little-endian encoding. */
#include <stdio.h>
#include <string.h>

#pragma pack(push, 1)
typedef struct {
    unsigned char kind;
    unsigned int id;        /* offset 1 */
    short delta;            /* offset 5 */
    long long stamp;        /* offset 7 */
    double value;           /* offset 15 */
    unsigned short port;    /* offset 23 */
} Record;                   /* 25 bytes */

typedef struct {
    char magic[3];
    unsigned int length;    /* offset 3 */
    Record rec[3];          /* offset 7, records at odd offsets too */
    unsigned short crc;
} Frame;
#pragma pack(pop)

static unsigned crc16(const unsigned char *p, unsigned n) {
    unsigned c = 0xffff;
    for (unsigned k = 0; k < n; k++) {
        c ^= p[k];
        for (int b = 0; b < 8; b++) c = (c & 1) ? (c >> 1) ^ 0xa001 : c >> 1;
    }
    return c;
}

static void put32(unsigned char *p, unsigned v) {
    for (int k = 0; k < 4; k++) p[k] = (unsigned char)(v >> (8 * k));
}

static void bump(Record *r, int by) {       /* r may be misaligned for int: fine, it points to a packed type */
    r->id += (unsigned)by;
    r->delta -= (short)by;
    r->stamp *= 2;
    r->value *= 1.5;
    r->port++;
    ++r->kind;
}

static void show(const Record *r) {
    printf("kind=%u id=%u delta=%d stamp=%lld value=%g port=%u\n", r->kind, r->id, r->delta, r->stamp, r->value,
           r->port);
}

int main(void) {
    Frame f;
    memset(&f, 0, sizeof f);
    memcpy(f.magic, "NTF", 3);
    f.length = sizeof f;
    for (int k = 0; k < 3; k++) {
        f.rec[k].kind = (unsigned char)(k + 1);
        f.rec[k].id = 0x01020304u * (unsigned)(k + 1);
        f.rec[k].delta = (short)(-1000 * k - 1);
        f.rec[k].stamp = -0x123456789LL * (k + 1);
        f.rec[k].value = 0.25 + k;
        f.rec[k].port = (unsigned short)(8080 + k);
    }
    printf("sizeof Record=%u Frame=%u\n", (unsigned)sizeof(Record), (unsigned)sizeof(Frame));
    for (int k = 0; k < 3; k++) show(&f.rec[k]);

    Record *p = f.rec;
    for (int k = 0; k < 3; k++, p++) bump(p, 10 * (k + 1));
    f.rec[1].stamp += 1;
    f.rec[2].id |= 0x80000000u;
    for (int k = 0; k < 3; k++) show(&f.rec[k]);

    /* the raw bytes: id of rec[1] lives at frame offset 3 + 4 + 25 + 1 */
    const unsigned char *bytes = (const unsigned char *)&f;
    unsigned off = 3 + 4 + 25 + 1;
    unsigned id1 = bytes[off] | bytes[off + 1] << 8 | bytes[off + 2] << 16 | (unsigned)bytes[off + 3] << 24;
    printf("id1 from bytes=%08x field=%08x length field bytes=%02x %02x\n", id1, f.rec[1].id, bytes[3], bytes[4]);
    f.crc = (unsigned short)crc16(bytes, sizeof f - 2);
    printf("crc=%04x\n", f.crc);

    /* a packed record parsed straight out of a byte buffer at an odd position */
    unsigned char buf[64];
    memset(buf, 0xee, sizeof buf);
    unsigned char *at = buf + 5;
    at[0] = 9;
    put32(at + 1, 0xa0b0c0d0u);
    at[5] = 0xfe; at[6] = 0xff;                           /* delta = -2 */
    memset(at + 7, 0, 8); at[7] = 0x40; at[12] = 0x01;    /* stamp = 0x10000000040 */
    double dv = -6.5;
    memcpy(at + 15, &dv, 8);
    at[23] = 0x34; at[24] = 0x12;
    Record *r = (Record *)at;
    show(r);
    r->id = ~r->id;
    r->delta *= 7;
    r->value = r->value / 4 + r->delta;
    show(r);
    printf("buffer edges intact: %02x %02x, id bytes %02x %02x %02x %02x\n", buf[4], buf[5 + 25], at[1], at[2], at[3],
           at[4]);

    /* copying a packed record by assignment and comparing with memcmp */
    Record copy = *r;
    int same = memcmp(&copy, at, sizeof copy) == 0;
    copy.port ^= 0xffff;
    printf("copy same=%d after change port=%u orig=%u\n", same, copy.port, r->port);
    return f.crc & 0x7f;
}
