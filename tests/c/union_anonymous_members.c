/* C11 anonymous structs and unions inside structs (and unions inside anonymous structs): member access through
   several levels, designated initializers naming anonymous members, offsetof, aliasing between the views,
   copies of the enclosing struct, and arrays of such structs. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

typedef struct {
    int kind;
    union {                       /* anonymous union */
        struct { int x, y; };     /* anonymous struct inside it */
        struct { unsigned short w, h; unsigned int area; };
        unsigned char raw[8];
        int pair[2];
    };
    char name[6];
} Shape;

typedef struct {
    union {
        unsigned int all;
        struct {
            unsigned char lo;
            unsigned char mid;
            union { unsigned short top; struct { unsigned char t0, t1; }; };
        };
    };
    int tail;
} Reg;

typedef struct {
    struct {
        int a;
        union { int b; float fb; };
    };
    union {
        struct { short c, d; };
        int cd;
    };
} Nested;

static int describe(Shape s) {
    s.name[5] = 0;
    if (s.kind == 1) {
        printf("%-5s point (%d,%d) raw0=%02x\n", s.name, s.x, s.y, s.raw[0]);
        return s.x + s.y;
    }
    printf("%-5s box %ux%u area=%u pair=%d,%d\n", s.name, s.w, s.h, s.area, s.pair[0], s.pair[1]);
    return (int)s.area;
}

int main(void) {
    Shape shapes[4] = {
        { .kind = 1, .x = 3, .y = -4, .name = "pt" },
        { .kind = 2, .w = 20, .h = 30, .area = 600, .name = "box" },
        { 1, { { 7, 8 } }, "abc" },
        { .kind = 2, .raw = { 1, 0, 2, 0, 9, 0, 0, 0 }, .name = "raw" },
    };
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += describe(shapes[i]);
    printf("sum=%d\n", sum);

    /* the anonymous views alias each other */
    Shape s = shapes[0];
    s.pair[1] = 0x00050006;
    s.w = 0x1234;
    printf("x=%08x y=%08x h=%u area=%u\n", (unsigned)s.x, (unsigned)s.y, s.h, s.area);
    printf("offsets: x=%u y=%u w=%u h=%u area=%u raw=%u name=%u size=%u\n", (unsigned)offsetof(Shape, x),
           (unsigned)offsetof(Shape, y), (unsigned)offsetof(Shape, w), (unsigned)offsetof(Shape, h),
           (unsigned)offsetof(Shape, area), (unsigned)offsetof(Shape, raw), (unsigned)offsetof(Shape, name),
           (unsigned)sizeof(Shape));
    /* the copy is independent of the array element */
    printf("original still x=%d y=%d\n", shapes[0].x, shapes[0].y);

    Reg r = { .all = 0xa1b2c3d4u, .tail = -1 };
    printf("reg lo=%02x mid=%02x top=%04x t0=%02x t1=%02x\n", r.lo, r.mid, r.top, r.t0, r.t1);
    r.t1 = 0x5a;
    r.lo++;
    r.mid <<= 1;
    printf("reg all=%08x tail=%d\n", r.all, r.tail);
    Reg *pr = &r;
    pr->top = (unsigned short)(pr->top + 0x10);
    pr->all ^= 0xff;
    printf("via ptr all=%08x t0=%02x size=%u off(top)=%u\n", pr->all, pr->t0, (unsigned)sizeof(Reg),
           (unsigned)offsetof(Reg, top));

    Nested n;
    memset(&n, 0, sizeof n);
    n.a = 5;
    n.fb = 1.5f;
    n.c = -2;
    n.d = 3;
    printf("nested a=%d b=%08x cd=%08x off b=%u c=%u d=%u\n", n.a, (unsigned)n.b, (unsigned)n.cd,
           (unsigned)offsetof(Nested, b), (unsigned)offsetof(Nested, c), (unsigned)offsetof(Nested, d));
    Nested m = n;
    m.cd = 0x7fff8000;
    printf("copy c=%d d=%d; orig c=%d d=%d\n", m.c, m.d, n.c, n.d);
    Nested init = { { 1, { .fb = -0.0f } }, { { 10, 20 } } };
    printf("init a=%d b=%08x c=%d d=%d\n", init.a, (unsigned)init.b, init.c, init.d);
    return (sum + n.c + m.d) & 0xff;
}
