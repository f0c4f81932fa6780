// ARGS: alpha -n 42 beta --verbose gamma -x=7 123abc
/* argc/argv handling: walk argv with pointers, parse options. Does not print argv[0]. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("argc = %d\n", argc);
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    for (int i = 1; i < argc; i++) printf("argv[%d] = \"%s\" (len %u)\n", i, argv[i], (unsigned)strlen(argv[i]));

    int verbose = 0, n = -1, x = -1, positional = 0;
    long total_len = 0;
    for (char **ap = argv + 1; *ap; ap++) {
        char *arg = *ap;
        total_len += (long)strlen(arg);
        if (arg[0] == '-' && arg[1] == '-') {
            if (strcmp(arg + 2, "verbose") == 0) verbose = 1;
        } else if (arg[0] == '-') {
            switch (arg[1]) {
            case 'n':
                if (ap[1]) n = atoi(*++ap);
                break;
            case 'x':
                if (arg[2] == '=') x = atoi(arg + 3);
                break;
            default:
                printf("unknown option %s\n", arg);
            }
        } else {
            positional++;
            printf("positional #%d: %s, first char %c, last char %c\n", positional, arg, *arg, arg[strlen(arg) - 1]);
        }
    }
    printf("verbose=%d n=%d x=%d positional=%d total_len=%ld\n", verbose, n, x, positional, total_len);

    /* numeric parse of the last argument with endptr */
    char *endp;
    long v = strtol(argv[argc - 1], &endp, 10);
    printf("strtol(last) = %ld, rest = \"%s\"\n", v, endp);

    /* characters across all args */
    int letters = 0, digits = 0, others = 0;
    for (int i = 1; i < argc; i++)
        for (const char *c = argv[i]; *c; c++) {
            if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')) letters++;
            else if (*c >= '0' && *c <= '9') digits++;
            else others++;
        }
    printf("letters=%d digits=%d others=%d\n", letters, digits, others);

    /* sort argument pointers (copy) by length then alphabetically */
    int cnt = argc - 1;
    char **copy = malloc(cnt * sizeof *copy);
    for (int i = 0; i < cnt; i++) copy[i] = argv[i + 1];
    for (int i = 0; i < cnt; i++)
        for (int j = i + 1; j < cnt; j++) {
            size_t li = strlen(copy[i]), lj = strlen(copy[j]);
            if (lj < li || (lj == li && strcmp(copy[j], copy[i]) < 0)) { char *t = copy[i]; copy[i] = copy[j]; copy[j] = t; }
        }
    printf("sorted:");
    for (int i = 0; i < cnt; i++) printf(" %s", copy[i]);
    printf("\n");
    free(copy);
    /* argv strings are modifiable */
    argv[1][0] = 'A';
    printf("modified argv[1] = %s\n", argv[1]);
    return verbose ? 5 : 0;
}
