/* Address constants in static initializers: &global, &arr[i], string pointers, function pointer tables. */
#include <stdio.h>

int g = 10;
int arr[6] = { 0, 10, 20, 30, 40, 50 };
int *pg = &g;
int *parr2 = &arr[2];
int *parr_end = arr + 6;
int (*parr_whole)[6] = &arr;
int **ppg = &pg;
const char *greeting = "hello";
const char *greet_tail = "hello" + 2;
char buffer[32] = "buffer";
char *buf_mid = buffer + 3;

struct point { int x, y; };
struct point pts[3] = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
int *py1 = &pts[1].y;
struct point *plast = &pts[2];

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

struct op { const char *name; int (*fn)(int, int); const struct op *inverse; };
extern const struct op ops[3];
const struct op ops[3] = {
    { "add", add, &ops[1] },
    { "sub", sub, &ops[0] },
    { "mul", mul, NULL },
};
int (*const default_fn)(int, int) = mul;

struct node { int value; const struct node *next; };
static const struct node n3 = { 3, NULL };
static const struct node n2 = { 2, &n3 };
static const struct node n1 = { 1, &n2 };
static const struct node *list_head = &n1;

struct cfg { const char *key; int *target; int deflt; };
int width, height, depth;
struct cfg settings[] = { { "width", &width, 640 }, { "height", &height, 480 }, { "depth", &depth, 24 } };

static int counter;
static int *const pcounter = &counter;

int main(void) {
    printf("*pg=%d *parr2=%d parr_end-arr=%d (*parr_whole)[5]=%d **ppg=%d\n", *pg, *parr2, (int)(parr_end - arr), (*parr_whole)[5], **ppg);
    *pg = 99;
    printf("g after *pg=99: %d\n", g);
    parr2[1] = -30;
    printf("arr[3] after parr2[1]=-30: %d, parr2[-2]=%d\n", arr[3], parr2[-2]);
    printf("greeting=%s greet_tail=%s buf_mid=%s\n", greeting, greet_tail, buf_mid);
    buf_mid[0] = 'F';
    printf("buffer=%s\n", buffer);
    printf("*py1=%d plast->x=%d plast-pts=%d\n", *py1, plast->x, (int)(plast - pts));
    *py1 = 44;
    printf("pts[1].y=%d\n", pts[1].y);
    for (int i = 0; i < 3; i++) {
        const struct op *o = &ops[i];
        printf("%s(7,3)=%d inverse=%s", o->name, o->fn(7, 3), o->inverse ? o->inverse->name : "none");
        if (o->inverse) printf(" inverse(7,3)=%d roundtrip=%d", o->inverse->fn(7, 3), o->inverse->fn(o->fn(7, 3), 3));
        printf("\n");
    }
    printf("default_fn(6,7)=%d, default_fn == ops[2].fn: %d\n", default_fn(6, 7), default_fn == ops[2].fn);
    printf("list:");
    for (const struct node *n = list_head; n; n = n->next) printf(" %d", n->value);
    printf("\n");
    for (unsigned i = 0; i < sizeof settings / sizeof settings[0]; i++) *settings[i].target = settings[i].deflt;
    printf("width=%d height=%d depth=%d\n", width, height, depth);
    *settings[1].target += 120;
    printf("height now %d\n", height);
    for (int i = 0; i < 5; i++) (*pcounter)++;
    printf("counter=%d\n", counter);
    /* local statics with address initialisers */
    static int *local_p = &arr[5];
    static const char *const *name_p = &greeting;
    printf("*local_p=%d *name_p=%s\n", *local_p, *name_p);
    local_p--;
    printf("*local_p after -- = %d\n", *local_p);
    return 0;
}
