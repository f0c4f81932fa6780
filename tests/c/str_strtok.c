/* strtok tokenizing, strdup, word counting and simple parsing. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int tokenize(char *s, const char *delims, char **out, int max) {
    int n = 0;
    for (char *t = strtok(s, delims); t && n < max; t = strtok(NULL, delims)) out[n++] = t;
    return n;
}

int main(void) {
    char line[] = "  the quick,,brown;fox  jumps;;over,the lazy dog  ";
    char *toks[32];
    int n = tokenize(line, " ,;", toks, 32);
    printf("%d tokens:", n);
    for (int i = 0; i < n; i++) printf(" [%s]", toks[i]);
    printf("\n");
    /* tokens point into the original buffer */
    printf("offset of token 2 = %d\n", (int)(toks[2] - line));
    printf("line now starts with [%s]\n", line + 2);

    /* changing delimiters between calls */
    char kv[] = "name=alice;age=30;city=paris";
    char *key = strtok(kv, "=");
    while (key) {
        char *val = strtok(NULL, ";");
        printf("key=%s val=%s\n", key, val ? val : "(null)");
        key = strtok(NULL, "=");
    }

    /* only delimiters */
    char empty[] = ",,,;;";
    printf("tokens in delimiters-only: %d\n", tokenize(empty, ",;", toks, 32));
    char one[] = "single";
    n = tokenize(one, " ", toks, 32);
    printf("single: %d [%s]\n", n, toks[0]);

    /* word frequency with strdup'd copies */
    const char *text = "a rose is a rose is a rose but a daisy is not";
    char *copy = strdup(text);
    char *words[32];
    int counts[32];
    int distinct = 0;
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
        int i;
        for (i = 0; i < distinct; i++) if (strcmp(words[i], w) == 0) break;
        if (i == distinct) { words[distinct] = strdup(w); counts[distinct++] = 0; }
        counts[i]++;
    }
    for (int i = 0; i < distinct; i++) { printf("%-6s %d\n", words[i], counts[i]); free(words[i]); }
    printf("text unchanged: %s\n", text);
    free(copy);

    /* parse CSV-ish numeric rows */
    char data[] = "1,2,3\n40,50\n\n600,-7,8,9\n";
    char *rows[8];
    int nr = tokenize(data, "\n", rows, 8);
    /* strtok is not reentrant: split rows first, then fields */
    for (int r = 0; r < nr; r++) {
        char *fields[8];
        int nf = tokenize(rows[r], ",", fields, 8);
        int sum = 0;
        for (int f = 0; f < nf; f++) sum += atoi(fields[f]);
        printf("row %d: %d fields, sum %d\n", r, nf, sum);
    }

    /* path splitting */
    char path[] = "/usr//local/./bin/";
    n = tokenize(path, "/", toks, 32);
    printf("path parts:");
    for (int i = 0; i < n; i++) printf(" <%s>", toks[i]);
    printf("\n");
    /* reassemble in reverse */
    char rev[64] = "";
    for (int i = n - 1; i >= 0; i--) { strcat(rev, toks[i]); if (i) strcat(rev, "|"); }
    printf("reversed: %s\n", rev);
    return 0;
}
