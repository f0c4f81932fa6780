/* <ctype.h> classification and case mapping over 0..127 plus EOF. */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    printf("     ");
    const char *hdr = "alnum alpha cntrl digit graph lower print punct space upper xdigit blank";
    printf("%s\n", hdr);
    /* print one row of flags per character class summary, then a compact bitmap per char */
    int counts[12] = { 0 };
    for (int c = 0; c < 128; c++) {
        int f[12] = { !!isalnum(c), !!isalpha(c), !!iscntrl(c), !!isdigit(c), !!isgraph(c), !!islower(c),
                      !!isprint(c), !!ispunct(c), !!isspace(c), !!isupper(c), !!isxdigit(c), !!isblank(c) };
        for (int k = 0; k < 12; k++) counts[k] += f[k];
        if (c % 4 == 0) printf("%3d: ", c);
        for (int k = 0; k < 12; k++) putchar(f[k] ? '1' : '0');
        putchar(c % 4 == 3 ? '\n' : ' ');
    }
    printf("counts:");
    for (int k = 0; k < 12; k++) printf(" %d", counts[k]);
    printf("\n");
    printf("EOF: alpha=%d digit=%d space=%d toupper=%d tolower=%d\n", !!isalpha(EOF), !!isdigit(EOF), !!isspace(EOF), toupper(EOF), tolower(EOF));

    /* case mapping */
    printf("toupper:");
    for (int c = 32; c < 127; c++) if (toupper(c) != c) printf("%c", toupper(c));
    printf("\ntolower:");
    for (int c = 32; c < 127; c++) if (tolower(c) != c) printf("%c", tolower(c));
    printf("\n");
    printf("toupper('1')=%d tolower('[')=%d toupper(0)=%d\n", toupper('1'), tolower('['), toupper(0));

    /* list of punctuation and spaces */
    printf("punct: ");
    for (int c = 0; c < 128; c++) if (ispunct(c)) putchar(c);
    printf("\nspace codes:");
    for (int c = 0; c < 128; c++) if (isspace(c)) printf(" %d", c);
    printf("\nxdigits: ");
    for (int c = 0; c < 128; c++) if (isxdigit(c)) putchar(c);
    printf("\n");

    /* word statistics using ctype on a sentence */
    const char *text = "Hello World! 42 tests, 7 failures; Ok?\tDone.\n";
    int words = 0, in_word = 0, up = 0, low = 0, dig = 0, sp = 0, pun = 0;
    for (const char *p = text; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (isalnum(ch)) { if (!in_word) words++; in_word = 1; } else in_word = 0;
        up += !!isupper(ch); low += !!islower(ch); dig += !!isdigit(ch); sp += !!isspace(ch); pun += !!ispunct(ch);
    }
    printf("words=%d upper=%d lower=%d digits=%d spaces=%d punct=%d\n", words, up, low, dig, sp, pun);
    /* title-case a string */
    char title[] = "the c programming LANGUAGE, second edition";
    int start = 1;
    for (char *p = title; *p; p++) {
        *p = (char)(start ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
        start = isspace((unsigned char)*p) != 0;
    }
    printf("%s\n", title);
    /* digit values */
    const char *hex = "0123456789abcdefABCDEF";
    int total = 0;
    for (const char *p = hex; *p; p++) total += isdigit((unsigned char)*p) ? *p - '0' : tolower((unsigned char)*p) - 'a' + 10;
    printf("hex digit total=%d\n", total);
    return 0;
}
