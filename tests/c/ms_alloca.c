/* _alloca: stack memory that lives until the calling function returns - several blocks at once, blocks taken in
   a loop (all alive together), blocks passed down to callees, alloca in recursion, and many calls in a row whose
   blocks are released on each return (so they never exhaust the stack). */
#include <stdio.h>
#include <string.h>
#include <malloc.h>

static unsigned checksum(const unsigned char *p, unsigned n)
{
    unsigned h = 2166136261u, i;
    for (i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static void fill(char *dst, unsigned n, char first)
{
    unsigned i;
    for (i = 0; i < n; i++)
        dst[i] = (char)(first + i % 26);
}

/* Builds a string in alloca'd memory and returns its checksum. */
static unsigned scratch_work(unsigned n)
{
    char *buf = (char *)_alloca(n + 1);
    fill(buf, n, 'a');
    buf[n] = '\0';
    return checksum((unsigned char *)buf, n) ^ (unsigned)strlen(buf);
}

static int blocks_in_loop(int count)
{
    int *blocks[16];
    int i, j, ok = 1;
    for (i = 0; i < count; i++) {
        blocks[i] = (int *)_alloca(sizeof(int) * (i + 1));
        for (j = 0; j <= i; j++)
            blocks[i][j] = i * 100 + j;
    }
    /* every block still holds its values: none was released or overlapped */
    for (i = 0; i < count; i++)
        for (j = 0; j <= i; j++)
            if (blocks[i][j] != i * 100 + j)
                ok = 0;
    for (i = 1; i < count; i++)
        if (blocks[i] == blocks[i - 1])
            ok = 0;
    return ok;
}

static int depth_sum(int n)
{
    int *mine;
    int below;
    if (n == 0)
        return 0;
    mine = (int *)alloca(sizeof(int) * 8);
    mine[0] = n;
    mine[7] = n * 2;
    below = depth_sum(n - 1);
    return mine[0] + mine[7] + below;
}

static int aligned(void *p) { return ((unsigned long)(char *)p & 3) == 0; }

int main(void)
{
    char *a = (char *)_alloca(10);
    char *b = (char *)_alloca(3);
    double *d = (double *)_alloca(4 * sizeof(double));
    unsigned total = 0;
    int i;

    strcpy(a, "alloca-1");
    strcpy(b, "xy");
    for (i = 0; i < 4; i++)
        d[i] = i * 1.5;
    printf("%s %s %.1f %.1f\n", a, b, d[1], d[3]);
    printf("aligned %d %d %d\n", aligned(a), aligned(b), aligned(d));

    printf("scratch %08x %08x\n", scratch_work(5), scratch_work(300));
    for (i = 0; i < 20000; i++)
        total += scratch_work(200 + i % 64);
    printf("20000 calls of 200+ bytes: %08x\n", total);

    printf("blocks_in_loop %d\n", blocks_in_loop(16));
    printf("depth_sum %d\n", depth_sum(500));
    printf("main's blocks intact: %s %s %.1f\n", a, b, d[3]);
    return 0;
}
