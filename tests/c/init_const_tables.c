/* Const lookup tables: CRC-32 table checked against a computed one, base64, day tables, bit counts. */
#include <stdio.h>
#include <string.h>

static const unsigned char popcnt4[16] = { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4 };
static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const int days_in_month[2][13] = {
    { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
    { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
};
static const unsigned crc_first[8] = { 0x00000000u, 0x77073096u, 0xEE0E612Cu, 0x990951BAu, 0x076DC419u, 0x706AF48Fu, 0xE963A535u, 0x9E6495A3u };
static const struct { const char *roman; int value; } romans[] = {
    { "M", 1000 }, { "CM", 900 }, { "D", 500 }, { "CD", 400 }, { "C", 100 }, { "XC", 90 },
    { "L", 50 }, { "XL", 40 }, { "X", 10 }, { "IX", 9 }, { "V", 5 }, { "IV", 4 }, { "I", 1 },
};

static unsigned crc_table[256];
static void make_crc_table(void) {
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}
static unsigned crc32(const unsigned char *p, size_t n) {
    unsigned c = 0xFFFFFFFFu;
    while (n--) c = crc_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int day_of_year(int y, int m, int d) {
    int leap = is_leap(y);
    for (int i = 1; i < m; i++) d += days_in_month[leap][i];
    return d;
}
static void to_base64(const unsigned char *in, int n, char *out) {
    int o = 0;
    for (int i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16;
        if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
        if (i + 2 < n) v |= in[i + 2];
        out[o++] = b64[(v >> 18) & 63];
        out[o++] = b64[(v >> 12) & 63];
        out[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? b64[v & 63] : '=';
    }
    out[o] = 0;
}
static void to_roman(int v, char *out) {
    out[0] = 0;
    for (unsigned i = 0; i < sizeof romans / sizeof romans[0]; i++)
        while (v >= romans[i].value) { strcat(out, romans[i].roman); v -= romans[i].value; }
}

int main(void) {
    make_crc_table();
    int match = 1;
    for (int i = 0; i < 8; i++) match &= crc_table[i] == crc_first[i];
    printf("crc table prefix matches: %d, crc_table[255]=%08x\n", match, crc_table[255]);
    const char *msgs[] = { "", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789" };
    for (int i = 0; i < 5; i++) printf("crc32(\"%s\") = %08x\n", msgs[i], crc32((const unsigned char *)msgs[i], strlen(msgs[i])));
    for (int i = 0; i < 5; i++) {
        char out[80];
        to_base64((const unsigned char *)msgs[i], (int)strlen(msgs[i]), out);
        printf("b64(\"%.10s\") = %s\n", msgs[i], out);
    }
    unsigned bits = 0;
    for (unsigned v = 0; v < 256; v++) bits += popcnt4[v & 15] + popcnt4[v >> 4];
    printf("total bits 0..255 = %u\n", bits);
    int dates[][3] = { { 2024, 3, 1 }, { 2023, 3, 1 }, { 1900, 12, 31 }, { 2000, 12, 31 }, { 2021, 1, 1 } };
    for (int i = 0; i < 5; i++) printf("%04d-%02d-%02d is day %d (leap=%d)\n", dates[i][0], dates[i][1], dates[i][2], day_of_year(dates[i][0], dates[i][1], dates[i][2]), is_leap(dates[i][0]));
    int nums[] = { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 };
    for (int i = 0; i < 10; i++) { char r[32]; to_roman(nums[i], r); printf("%d = %s\n", nums[i], r); }
    printf("sizeof b64 = %u, b64[62]=%c\n", (unsigned)sizeof b64, b64[62]);
    return 0;
}
