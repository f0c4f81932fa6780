/* %s and %c formatting, width/precision on strings, puts/fputs/putchar/fputc, printf return. */
#include <stdio.h>

int main(void) {
    const char *s = "format";
    printf("[%s]\n", s);
    printf("[%10s]\n", s);
    printf("[%-10s]\n", s);
    printf("[%.3s]\n", s);
    printf("[%10.3s]\n", s);
    printf("[%-10.3s]\n", s);
    printf("[%.0s]\n", s);
    printf("[%.10s]\n", s);
    printf("[%*s]\n", 8, s);
    printf("[%-*s]\n", 8, s);
    printf("[%*s]\n", -8, s);
    printf("[%.*s]\n", 2, s);
    printf("[%.*s]\n", -1, s);
    printf("[%s]\n", "");
    printf("[%5s]\n", "");
    printf("[%c%c%c]\n", 'a', 'b', 'c');
    printf("[%5c][%-5c]\n", 'x', 'y');
    printf("[%%][%%%%]\n");
    printf("[%s %s %s]\n", "multiple", "string", "args");
    char arr[] = { 'n', 'o', 't', 'e', 'r', 'm' };
    printf("[%.4s] [%.*s]\n", arr, 6, arr);

    /* table with alignment */
    const char *names[] = { "apple", "kiwi", "watermelon", "fig" };
    int qty[] = { 3, 12, 1, 250 };
    for (int i = 0; i < 4; i++) printf("|%-12s|%6d|%-6.2s|\n", names[i], qty[i], names[i]);

    /* puts adds newline, fputs does not */
    puts("puts line");
    puts("");
    fputs("fputs no newline", stdout);
    fputs(" ... continued\n", stdout);
    putchar('P'); putchar('C'); putchar('\n');
    fputc('F', stdout); fputc('\n', stdout);
    fprintf(stdout, "fprintf to stdout %d\n", 7);
    fprintf(stderr, "this goes to stderr and is not compared\n");
    int pc = putchar('!');
    putchar('\n');
    printf("putchar returned %d\n", pc);

    /* return values of printf */
    int n1 = printf("%s", "");
    int n2 = printf("abc%5s\n", "de");
    int n3 = printf("%c%c\n", 'h', 'i');
    printf("n1=%d n2=%d n3=%d\n", n1, n2, n3);

    /* escape sequences */
    printf("tab:[\t] quote:[\"] backslash:[\\] apostrophe:['] octal:[\101\102] hex:[\x43]\n");
    printf("question: [?] [\?]\n");
    /* characters from integer values */
    for (int c = 33; c < 127; c++) {
        putchar(c);
        if ((c - 32) % 32 == 0) putchar('\n');
    }
    putchar('\n');
    /* string concatenation of adjacent literals */
    printf("adjacent " "literals " "joined %d\n", 3);
    const char *longs = "a fairly long string that will be cut at a fixed precision value";
    for (int p = 0; p <= 30; p += 6) printf("%2d:[%.*s]\n", p, p, longs);
    return 0;
}
