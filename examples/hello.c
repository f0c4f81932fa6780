/* The README's first example: a little of everything nt2cs translates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
    const char *text;
    int length;
};

static int by_length(const void *a, const void *b)
{
    const struct word *x = a, *y = b;
    if (x->length != y->length)
        return x->length - y->length;
    return strcmp(x->text, y->text);
}

int main(int argc, char **argv)
{
    struct word words[] = {
        { "translated" }, { "C" }, { "runs" }, { "as" }, { "exactly" }, { "the" }, { "compiler" }, { "says" },
    };
    int count = (int)(sizeof words / sizeof words[0]);
    for (int i = 0; i < count; i++)
        words[i].length = (int)strlen(words[i].text);
    qsort(words, count, sizeof words[0], by_length);

    printf("Hello from C, running as C#!\n");
    for (int i = 0; i < count; i++)
        printf("%2d. %-10s %d\n", i + 1, words[i].text, words[i].length);
    printf("%d argument(s); 1/3 = %.17g\n", argc - 1, 1.0 / 3);
    return argc > 1 ? atoi(argv[1]) : 0;
}
