/* String literals initialising char arrays (exact size, larger, smaller-without-NUL), arrays of strings. */
#include <stdio.h>
#include <string.h>

static char exact[] = "exact";          /* size 6 */
static char larger[10] = "big";         /* rest zero */
static char no_nul[4] = "four";         /* no terminator stored */
static unsigned char ubytes[] = "\x01\x7f\x80\xff";
static const char *names[] = { "zero", "one", "two", "three", "four", "five" };
static const char table[][8] = { "alpha", "beta", "gamma" };
static const char *const matrix[2][3] = { { "a", "bb", "ccc" }, { "dddd", "", "f" } };
static char concat[] = "con" "cat" "enated";
static const char escapes[] = "tab\tnl\\q\"s'\101\x42";

int main(void) {
    printf("exact=%s sizeof=%u strlen=%u\n", exact, (unsigned)sizeof exact, (unsigned)strlen(exact));
    printf("larger=%s sizeof=%u bytes:", larger, (unsigned)sizeof larger);
    for (unsigned i = 0; i < sizeof larger; i++) printf(" %d", larger[i]);
    printf("\n");
    printf("no_nul sizeof=%u content=%.4s\n", (unsigned)sizeof no_nul, no_nul);
    printf("ubytes sizeof=%u:", (unsigned)sizeof ubytes);
    for (unsigned i = 0; i < sizeof ubytes; i++) printf(" %u", ubytes[i]);
    printf("\n");
    printf("names count=%u:", (unsigned)(sizeof names / sizeof names[0]));
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) printf(" %s(%u)", names[i], (unsigned)strlen(names[i]));
    printf("\n");
    printf("table sizeof=%u rows=%u: %s %s %s, table[1][5]=%d\n", (unsigned)sizeof table, (unsigned)(sizeof table / sizeof table[0]), table[0], table[1], table[2], table[1][5]);
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++) printf("matrix[%d][%d]=\"%s\"\n", i, j, matrix[i][j]);
    printf("concat=%s sizeof=%u\n", concat, (unsigned)sizeof concat);
    printf("escapes=%s sizeof=%u\n", escapes, (unsigned)sizeof escapes);
    printf("sizeof \"abc\" = %u, sizeof \"\" = %u, sizeof \"a\\0b\" = %u\n", (unsigned)sizeof "abc", (unsigned)sizeof "", (unsigned)sizeof "a\0b");

    /* local arrays initialised from literals are modifiable copies */
    char local[] = "modify me";
    local[0] = 'M';
    char local2[] = "modify me";
    printf("local=%s local2=%s\n", local, local2);
    char sized[20] = "short";
    strcat(sized, " + more");
    printf("sized=%s (%u)\n", sized, (unsigned)strlen(sized));
    /* array of char arrays modified in place */
    char words[3][6] = { "one", "two", "three" };
    words[1][0] = 'T';
    strcpy(words[2], "3");
    printf("words: %s %s %s, words[2][2]=%d\n", words[0], words[1], words[2], words[2][2]);
    /* pointers into string literals */
    const char *p = "literal" + 3;
    printf("p=%s p[-1]=%c\n", p, p[-1]);
    /* character arrays with braces and no literal */
    char braces[] = { 'n', 'o', 'n', 'u', 'l' };
    printf("braces sizeof=%u: %.5s\n", (unsigned)sizeof braces, braces);
    /* sum of all bytes including NULs */
    int sum = 0;
    for (unsigned i = 0; i < sizeof larger; i++) sum += larger[i];
    for (unsigned i = 0; i < sizeof table; i++) sum += ((const char *)table)[i];
    printf("byte sum=%d\n", sum);
    /* string indexing by expression */
    for (int i = 0; i < 6; i++) putchar("0123456789"[i * 2 % 10]);
    putchar('\n');
    return 0;
}
