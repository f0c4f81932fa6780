/* Names: a table of strings, a file static of the same name as the other files', a function pointer. */
#include <stdio.h>
#include "stability.h"

static int hits;
static const char *names[] = { "zero", "one", "two" };

static const char *name_of(int index)
{
    hits++;
    return index >= 0 && index < 3 ? names[index] : "many";
}

void print_names(int (*step)(int))
{
    for (int i = 0; i < 3; i++)
        printf("names: %s -> %d (%d)\n", name_of(i), step(i), hits);
}
