/* A for header with omitted clauses whose present clauses start with a macro: each clause must keep its
   place (a condition starting with a macro once became the init clause, and the loop never ended). */
#include <stdio.h>

#define LIMIT(x) ((x) < 5)
#define STEP(x) ((x) += 2)
#define START 3

int main(void)
{
    int i = 0, n = 0, k;

    for (; LIMIT(i) && n < 100; i++)
        n++;
    printf("%d %d\n", i, n);
    for (k = 0; LIMIT(k); STEP(k))
        n += k;
    printf("%d %d\n", k, n);
    for (k = START; ; STEP(k))
        if (k > 9)
            break;
    printf("%d\n", k);
    for (; ; STEP(i))
        if (!LIMIT(i - 6))
            break;
    printf("%d\n", i);
    for (k = 0; k < START; )
        k++;
    printf("%d\n", k);
    return 0;
}
