/* Calls into variadic library functions: arguments laid out in an i386 argument block in the caller's frame. */
#include <stdio.h>

void report(const char *what, int count, double ratio, long long big)
{
    char line[64];
    snprintf(line, sizeof line, "%s: %d", what, count);
    printf("%s %.3f %lld %c\n", line, ratio, big, what[0]);
}
