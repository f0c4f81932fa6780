/* GNU range designators ([lo ... hi] = v) in static and automatic initializers: overlapping ranges (the later
   wins), a range followed by a member designator, non-constant values in a local, and the walk going on after
   a range. */
#include <stdio.h>

struct point { int x, y; };
struct table { int a[8]; int b; };

static int g[6] = { [0 ... 2] = 4, [2 ... 4] = 5 };
static struct point pts[5] = { [1 ... 3].y = 7, [2].x = 1 };
static const char tag[10] = { [0 ... 8] = 'a', [4] = 'b' };

int main(void)
{
    int x = 10;
    int i;
    struct table t = { { [1 ... 5] = 9, [4 ... 6] = x + 1, 3 }, 1 };
    int after[6] = { [1 ... 2] = x * 2, 8, 9 };

    for (i = 0; i < 8; i++)
        printf("%d ", t.a[i]);
    printf("| %d\n", t.b);
    for (i = 0; i < 6; i++)
        printf("%d ", g[i]);
    printf("\n");
    for (i = 0; i < 5; i++)
        printf("(%d,%d) ", pts[i].x, pts[i].y);
    printf("\n%s\n", tag);
    for (i = 0; i < 6; i++)
        printf("%d ", after[i]);
    printf("\n");
    return 0;
}
