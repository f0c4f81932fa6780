/* Designated initializers for arrays and structs, mixed with positional ones; overriding. */
#include <stdio.h>

typedef struct { int x, y, z; } V3;
typedef struct { const char *name; int id; V3 pos; int tags[4]; } Entity;

static int sparse[10] = { [3] = 7, [7] = -1, [0] = 5 };
static int mixed[8] = { 1, 2, [5] = 50, 60, 70 };    /* continues after designator */
static int overridden[4] = { [1] = 10, [1] = 20, [2] = 30 };
static char letters[] = { ['e' - 'a'] = 'E', ['a' - 'a'] = 'A', 'B' };   /* size from highest index */
static const char *month[12] = { [0] = "Jan", [5] = "Jun", [11] = "Dec" };
static V3 origin = { .z = 3, .x = 1 };
static Entity ents[] = {
    { .name = "first", .id = 1, .pos = { 1, 2, 3 }, .tags = { [2] = 9 } },
    { .id = 2, .name = "second", .pos.y = 5, .tags[0] = 4, .tags[3] = 8 },
    [3] = { "fourth", 4, { .z = -4 }, { 1, 1 } },
};

enum { IDX_A, IDX_B, IDX_C, IDX_COUNT };
static const int weights[IDX_COUNT] = { [IDX_C] = 30, [IDX_A] = 10 };

int main(void) {
    printf("sparse:");
    for (int i = 0; i < 10; i++) printf(" %d", sparse[i]);
    printf("\nmixed:");
    for (int i = 0; i < 8; i++) printf(" %d", mixed[i]);
    printf("\noverridden:");
    for (int i = 0; i < 4; i++) printf(" %d", overridden[i]);
    printf("\nsizeof letters=%u:", (unsigned)sizeof letters);
    for (unsigned i = 0; i < sizeof letters; i++) printf(" %d", letters[i]);
    printf("\nmonths:");
    for (int i = 0; i < 12; i++) printf(" %s", month[i] ? month[i] : "-");
    printf("\norigin = %d %d %d\n", origin.x, origin.y, origin.z);
    printf("ents count = %u\n", (unsigned)(sizeof ents / sizeof ents[0]));
    for (unsigned i = 0; i < sizeof ents / sizeof ents[0]; i++) {
        Entity *e = &ents[i];
        printf("ent %u: name=%s id=%d pos=(%d,%d,%d) tags=%d,%d,%d,%d\n", i, e->name ? e->name : "(null)", e->id, e->pos.x, e->pos.y, e->pos.z,
               e->tags[0], e->tags[1], e->tags[2], e->tags[3]);
    }
    printf("weights: %d %d %d\n", weights[IDX_A], weights[IDX_B], weights[IDX_C]);

    /* local designated initializers with non-constant values */
    int k = 4;
    int local[6] = { [4] = k, [1] = k * k, k - 1 };   /* designators are constant, values need not be */
    printf("local:");
    for (int i = 0; i < 6; i++) printf(" %d", local[i]);
    printf("\n");
    V3 v = { .y = k, .x = k + 1 };
    printf("v = %d %d %d\n", v.x, v.y, v.z);
    Entity e = { .pos = v, .tags = { [1] = k }, .name = "local" };
    printf("e: %s %d (%d,%d,%d) %d %d\n", e.name, e.id, e.pos.x, e.pos.y, e.pos.z, e.tags[0], e.tags[1]);
    /* nested arrays with designators */
    int grid[3][3] = { [1] = { [1] = 5 }, [2][0] = 7, [0][2] = 3 };
    for (int i = 0; i < 3; i++) printf("%d %d %d\n", grid[i][0], grid[i][1], grid[i][2]);
    /* struct array with designators by index and field */
    struct { char c; short s; } pairs[4] = { [2].c = 'z', [0] = { 'a', 1 }, [3].s = -3 };
    for (int i = 0; i < 4; i++) printf("pair %d: %d %d\n", i, pairs[i].c, pairs[i].s);
    return 0;
}
