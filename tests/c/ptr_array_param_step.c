// ARGS: one two three
/* A parameter declared as an array (char *argv[]) is a pointer: ++, --, and the comma and conditional
   expressions around them step it, as minigzip's argument loop does. */
#include <stdio.h>

static int sum(int n, const int values[])
{
    int total = 0;
    while (n-- > 0)
        total += *values++;
    values--;
    return total * 100 + *values;
}

static const char *last(int count, const char *words[])
{
    --words;
    do {
        ++words;
    } while (--count > 0 ? 1 : (words--, 0));
    return *++words;
}

int main(int argc, char *argv[])
{
    static const int values[] = { 3, 1, 4, 1, 5 };
    static const char *words[] = { "alpha", "beta", "gamma", "delta" };
    argc--, argv++;
    while (argc > 0) {
        printf("%s\n", *argv);
        argc--, argv++;
    }
    argv--;
    printf("back to %s\n", *argv);
    printf("sum %d last %s\n", sum(5, values), last(3, words));
    return 0;
}
