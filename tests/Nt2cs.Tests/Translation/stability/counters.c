/* Counters: globals, a file static named like statics of the other files, strings. */
#include <stdio.h>
#include "stability.h"

int counter_total;
static int hits;

static void note(const char *what)
{
    hits++;
    printf("counters: %s (%d)\n", what, hits);
}

int count_up(int by)
{
    note("up");
    counter_total += by;
    return counter_total;
}

int count_down(int by)
{
    note("down");
    counter_total -= by;
    return counter_total;
}
