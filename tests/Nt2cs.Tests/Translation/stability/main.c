/* The program: calls into both other files, and has a static of the same name again. */
#include <stdio.h>
#include "stability.h"

static int hits;

int main(void)
{
    hits = count_up(5);
    print_names(count_up);
    printf("main: %d %d %d\n", hits, count_down(1), counter_total);
    return 0;
}
