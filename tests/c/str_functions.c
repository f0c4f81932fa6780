/* <string.h> functions: lengths, copies, concatenation, searching, comparisons (sign only). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static const char *sign(int v) { return v < 0 ? "<0" : v > 0 ? ">0" : "0"; }

int main(void) {
    char buf[64];
    strcpy(buf, "alpha");
    strcat(buf, "-beta");
    strncat(buf, "-gammadelta", 6);
    printf("buf=%s len=%u\n", buf, (unsigned)strlen(buf));

    char pad[10];
    memset(pad, 'X', sizeof pad);
    strncpy(pad, "abc", 8);   /* pads with NULs up to 8 */
    printf("strncpy pad:");
    for (int i = 0; i < 10; i++) printf(" %d", pad[i]);
    printf("\n");
    strncpy(pad, "abcdefghijkl", 4);   /* no terminator added */
    printf("after short strncpy: %.6s|\n", pad);

    const char *s = "the quick brown fox jumps over the lazy dog";
    printf("strchr 'q' -> %s\n", strchr(s, 'q'));
    printf("strrchr 'o' -> %s\n", strrchr(s, 'o'));
    printf("strchr 'Z' -> %s\n", strchr(s, 'Z') ? "found" : "NULL");
    printf("strchr NUL -> offset %d\n", (int)(strchr(s, '\0') - s));
    printf("strstr \"the\" -> offset %d\n", (int)(strstr(s, "the") - s));
    printf("strstr \"the l\" -> %s\n", strstr(s, "the l"));
    printf("strstr \"\" -> offset %d\n", (int)(strstr(s, "") - s));
    printf("strstr \"cat\" -> %s\n", strstr(s, "cat") ? "found" : "NULL");
    printf("strspn letters -> %u\n", (unsigned)strspn(s, "abcdefghijklmnopqrstuvwxyz"));
    printf("strcspn vowels -> %u\n", (unsigned)strcspn(s, "aeiou"));
    printf("strpbrk \"xyz\" -> %s\n", strpbrk(s, "xyz"));
    printf("strspn digits in \"12345abc\" -> %u\n", (unsigned)strspn("12345abc", "0123456789"));

    const char *cmp[][2] = {
        { "apple", "apples" }, { "apple", "apple" }, { "b", "a" }, { "", "" }, { "Zeta", "alpha" },
        { "a\x80", "a\x7f" }, { "abc", "abd" }, { "abcdef", "abcxyz" },
    };
    for (int i = 0; i < 8; i++)
        printf("strcmp(#%d)=%s strncmp3=%s memcmp2=%s\n", i, sign(strcmp(cmp[i][0], cmp[i][1])),
               sign(strncmp(cmp[i][0], cmp[i][1], 3)), sign(memcmp(cmp[i][0], cmp[i][1], 1)));

    /* manual tokenizing using strchr */
    const char *csv = "id,name,,score,";
    const char *start = csv;
    int field = 0;
    for (;;) {
        const char *comma = strchr(start, ',');
        int len = comma ? (int)(comma - start) : (int)strlen(start);
        printf("field %d: '%.*s' (%d)\n", field++, len, start, len);
        if (!comma) break;
        start = comma + 1;
    }

    /* count occurrences with strstr */
    const char *hay = "abababab aba";
    int occ = 0;
    for (const char *p = hay; (p = strstr(p, "aba")) != NULL; p++) occ++;
    printf("overlapping 'aba' count = %d\n", occ);

    /* strlen of arrays with embedded NULs */
    char emb[] = "abc\0def";
    printf("sizeof emb=%u strlen=%u strlen(emb+4)=%u\n", (unsigned)sizeof emb, (unsigned)strlen(emb), (unsigned)strlen(emb + 4));

    /* building strings */
    char out[80] = "";
    const char *words[] = { "one", "two", "three", "four" };
    for (int i = 0; i < 4; i++) {
        if (i) strcat(out, ", ");
        strcat(out, words[i]);
    }
    printf("joined: %s (%u)\n", out, (unsigned)strlen(out));
    char *dup = strdup(out);
    dup[0] = 'O';
    printf("dup: %s orig: %s\n", dup, out);
    free(dup);
    /* strrchr to get file extension */
    const char *files[] = { "report.txt", "archive.tar.gz", "noext", ".hidden" };
    for (int i = 0; i < 4; i++) {
        const char *dot = strrchr(files[i], '.');
        printf("%s -> ext=%s\n", files[i], dot ? dot + 1 : "(none)");
    }
    return 0;
}
