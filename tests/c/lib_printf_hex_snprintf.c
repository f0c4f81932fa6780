/* printf's %a and %A (precision rounding to even, subnormals, zeros, infinities, flags) and snprintf's
   truncation: the return value is the untruncated length, the buffer holds at most size - 1 bytes and a NUL,
   size 0 writes nothing (a null buffer allowed). */
#include <stdio.h>
#include <string.h>

int main(void)
{
    static const double values[] = { 1.0, -1.0, 0.1, 1.0 / 3, 0x1.fffffffffffffp1023, 0x1p-1074, 0x1.8p-1070, 0x1p-1022,
                                     -0.0, 1e300 * 1e300, 0x1.08p0, 0x1.18p0, 0x1.28p0, 0x1.ffp0, 255.5 };
    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        double v = values[i];
        printf("%a|%A|%.0a|%.1a|%.3a|%+a|% a|%#.0a|%20a|%-20a|%020a|\n", v, v, v, v, v, v, v, v, v, v, v);
    }

    char buffer[16];
    memset(buffer, '#', sizeof buffer);
    int n = snprintf(buffer, 8, "%s-%d", "truncated", 12345);
    printf("returned %d, buffer '%s', after NUL '%c'\n", n, buffer, buffer[8]);
    memset(buffer, '#', sizeof buffer);
    n = snprintf(buffer, 6, "%.3f", 3.14159);
    printf("exact fit %d '%s'\n", n, buffer);
    memset(buffer, '#', sizeof buffer);
    n = snprintf(buffer, 1, "abc");
    printf("size 1: %d '%s'\n", n, buffer);
    memset(buffer, '#', sizeof buffer);
    n = snprintf(buffer, 0, "abcdef");
    printf("size 0: %d first byte '%c'\n", n, buffer[0]);
    n = snprintf(NULL, 0, "%d %s %a", 123456, "counted", 2.5);
    printf("null buffer: %d\n", n);
    return 0;
}
