/* sprintf/snprintf of integers with flags, widths, precisions and length modifiers. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[128];
    int vals[] = { 0, 1, -1, 42, -42, 12345, -2147483647 - 1, 2147483647 };
    const char *fmts[] = { "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%-8.3d|", "%.0d", "%x", "%#x", "%08X", "%#o", "%o", "%u", "%i", "%+.0d" };
    for (unsigned f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
        printf("%-8s:", fmts[f]);
        for (unsigned v = 0; v < sizeof vals / sizeof vals[0]; v++) {
            int n = sprintf(buf, fmts[f], vals[v]);
            printf(" [%s]%d", buf, n);
        }
        printf("\n");
    }
    /* length modifiers */
    printf("hhd: %hhd %hhd %hhd\n", 127, 128, 511);
    printf("hhu: %hhu %hhu\n", -1, 300);
    printf("hd: %hd %hd %hd\n", 32767, 32768, 70000);
    printf("hu: %hu %hu\n", -1, 65536 + 5);
    printf("hx: %hx %hhx %#hx\n", 0x12345678, 0x1ff, 0xabcdef);
    printf("ld: %ld %lu %lx\n", -123456789L, 3000000000UL, 0xdeadbeefUL);
    printf("zu: %zu %zx\n", sizeof(int) * 1000, (size_t)0xffff);
    printf("star width: [%*d] [%-*d] [%*d]\n", 6, 42, 6, 42, -6, 42);
    printf("star precision: [%.*d] [%*.*d]\n", 4, 7, 8, 5, -7);
    printf("hash zero: [%#x] [%#o] [%#X] [%#.0o]\n", 0, 0, 255, 0);
    printf("hash o with precision: [%#.5o] [%#5o]\n", 8, 8);
    printf("zero flag ignored with precision: [%08.3d] [%-08d]\n", 5, 5);
    printf("plus and space: [%+ d] [% +d] [% 5d] [%+5d]\n", 3, 3, -3, 3);
    printf("uppercase: [%X] [%#X] [%x]\n", 0xabcdefu, 0x1au, 0xABCDEFu);
    printf("chars: [%c] [%3c] [%-3c] [%c]\n", 'a', 'b', 'c', 65);

    /* snprintf truncation and return value */
    char small[8];
    int r = snprintf(small, sizeof small, "%d-%d-%d", 1234, 5678, 9);
    printf("snprintf r=%d small=\"%s\" len=%u\n", r, small, (unsigned)strlen(small));
    r = snprintf(small, 1, "abc");
    printf("snprintf size1 r=%d first=%d\n", r, small[0]);
    r = snprintf(NULL, 0, "%08x|%s", 0xbeefu, "tail");
    printf("snprintf size0 r=%d\n", r);
    r = snprintf(small, sizeof small, "%s", "exactly");
    printf("exact fit r=%d small=\"%s\"\n", r, small);

    /* building a table with sprintf into one buffer */
    char table[256];
    int pos = 0;
    for (int i = 1; i <= 5; i++) pos += sprintf(table + pos, "%2d^2=%-3d|", i, i * i);
    puts(table);
    printf("pos=%d\n", pos);
    /* sprintf return counts without NUL */
    int c1 = sprintf(buf, "%s", "");
    int c2 = sprintf(buf, "%5s", "");
    printf("c1=%d c2=%d buf=[%s]\n", c1, c2, buf);
    /* printf returns count */
    int c3 = printf("counted line %d\n", 123);
    printf("c3=%d\n", c3);
    /* percent escapes */
    sprintf(buf, "100%% %c%%", 'x');
    puts(buf);
    return 0;
}
