#include <stdio.h>
static int calls;
static void bump(int by, const char *why) { calls += by; printf("bump %d %s\n", by, why); }
static void nothing(void) { calls++; }
int main(void)
{
    int cnt = 0, i;
    for (i = 0; i < 4; i++)
        if (i == 3 || (i == 1 && (bump(i, "left"), cnt++) == 0))
            printf("i=%d cnt=%d calls=%d\n", i, cnt, calls);
    cnt = (nothing(), (void)calls, cnt + 10);
    printf("%d %d\n", cnt, calls);
    return 0;
}
