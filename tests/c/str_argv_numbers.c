// ARGS: 17 -5 0x1f 077 12abc hello 3000000000 -0
/* Parses numeric command-line arguments with strtol/strtoul/atoi; exit status from computation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

int main(int argc, char *argv[]) {
    long sum = 0;
    int valid = 0, invalid = 0, partial = 0;
    for (int i = 1; i < argc; i++) {
        char *end;
        errno = 0;
        long v = strtol(argv[i], &end, 0);
        if (end == argv[i]) {
            printf("%-12s not a number\n", argv[i]);
            invalid++;
            continue;
        }
        if (*end) {
            printf("%-12s partial %ld, rest '%s'\n", argv[i], v, end);
            partial++;
        } else {
            printf("%-12s = %ld%s\n", argv[i], v, errno == ERANGE ? " (overflow)" : "");
            valid++;
        }
        if (errno != ERANGE) sum += v;
        unsigned long uv = strtoul(argv[i], NULL, 0);
        printf("%-12s strtoul = %lu, atoi = %d, base10 = %ld\n", "", uv, strcmp(argv[i], "3000000000") ? atoi(argv[i]) : 0, strtol(argv[i], NULL, 10));
    }
    printf("valid=%d partial=%d invalid=%d sum=%ld\n", valid, partial, invalid, sum);
    /* argv as array of char pointers: last characters */
    printf("last chars:");
    for (char **p = argv + 1; p < argv + argc; p++) printf(" %c", (*p)[strlen(*p) - 1]);
    printf("\n");
    int status = (int)(sum % 256);
    if (status < 0) status += 256;
    printf("exiting with %d\n", status);
    return status;
}
