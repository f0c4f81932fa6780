/* Variable-length arrays' lifetime: storage taken where the declaration is reached and given back however the
   block is left (its end, break, continue, goto, return, longjmp), so a loop re-entering the declaration a million
   times runs in constant stack: every iteration's array is at the same address. */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

static unsigned checksum(const unsigned char *p, int n)
{
    unsigned h = 2166136261u;
    for (int i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

/* A million iterations, each declaring 4 KiB: without release the stack would need 4 GB. */
static void loop_million(void)
{
    char *first = 0;
    int moved = 0;
    unsigned total = 0;
    for (int i = 0; i < 1000000; i++)
    {
        int n = 1024 + (i & 3);
        int a[n];
        a[0] = i;
        a[n - 1] = i * 3;
        if (i == 0)
            first = (char *)a;
        else if ((i & 3) == 0 && (char *)a != first)
            moved++;
        total += (unsigned)(a[0] + a[n - 1]);
    }
    printf("million: moved %d total %u\n", moved, total);
}

/* The same address after leaving by break and continue. */
static void break_continue(int rounds)
{
    char *seen = 0;
    int same = 0, count = 0;
    for (int i = 0; i < rounds; i++)
    {
        int n = 64;
        double d[n];
        d[0] = i;
        if (seen == 0)
            seen = (char *)d;
        else if (seen == (char *)d)
            same++;
        if (i % 3 == 0)
            continue;
        if (i == rounds - 2)
            break;
        count += (int)d[0];
    }
    printf("break/continue: same %d of %d, count %d\n", same, rounds - 2, count);
}

/* goto out of a VLA's scope, backwards (a loop written with goto) and forwards. */
static int goto_out(int n)
{
    int round = 0;
    char *first = 0;
    int same = 0;
again:
    {
        int k = n + round % 2;
        short s[k];
        for (int i = 0; i < k; i++)
            s[i] = (short)(i * round);
        if (first == 0)
            first = (char *)s;
        else if ((char *)s == first && round % 2 == 0)
            same++;
        if (++round < 100000)
            goto again;
        if (s[k - 1] >= 0)
            goto done;
        printf("not reached\n");
    }
done:
    printf("goto: rounds %d same %d\n", round, same);
    return round;
}

/* Returning from inside the scope, called many times: the caller's stack is where it was. */
static int from_inside(int n, int stop)
{
    int v[n];
    for (int i = 0; i < n; i++)
    {
        v[i] = i * i;
        if (i == stop)
            return v[i] + (int)sizeof v;
    }
    return -1;
}

static void returns(void)
{
    char marker_before;
    long sum = 0;
    for (int i = 0; i < 200000; i++)
        sum += from_inside(100 + (i & 7), i & 63);
    char marker_after;
    printf("returns: %ld %d\n", sum, &marker_before == &marker_before && &marker_after == &marker_after);
}

/* Recursion with a VLA per level: each level's array below its caller's. */
static unsigned recurse(int depth)
{
    char buffer[depth + 1];
    memset(buffer, 'a' + depth % 26, sizeof buffer);
    unsigned h = checksum((unsigned char *)buffer, (int)sizeof buffer);
    if (depth == 0)
        return h;
    return h ^ (recurse(depth - 1) * 31u);
}

static jmp_buf env;

static void jump_back(int value)
{
    longjmp(env, value);
}

/* longjmp out of a VLA's scope to a setjmp outside it, over and over. */
static void long_jumps(void)
{
    volatile int round = 0;
    volatile int total = 0;
    setjmp(env);
    if (round < 50000)
    {
        int n = 256 + round % 5;
        int w[n];
        w[n - 1] = round;
        total += w[n - 1] % 7;
        round++;
        jump_back(1);
    }
    printf("longjmp: rounds %d total %d\n", round, total);
}

int main(void)
{
    loop_million();
    break_continue(1000);
    goto_out(10);
    returns();
    printf("recurse: %u\n", recurse(300));
    long_jumps();
    /* After everything, a fresh VLA at the same place a first one was. */
    char *a_address, *b_address;
    {
        int n = 10;
        int a[n];
        a_address = (char *)a;
    }
    {
        int n = 10;
        int b[n];
        b_address = (char *)b;
    }
    printf("blocks reuse: %d\n", a_address == b_address);
    return 0;
}
