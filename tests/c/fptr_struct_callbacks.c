/* Function pointers stored in structs (vtable style), callbacks with context pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Shape Shape;
typedef struct {
    const char *name;
    int (*area)(const Shape *);
    int (*perimeter)(const Shape *);
    void (*scale)(Shape *, int);
} ShapeOps;
struct Shape { const ShapeOps *ops; int a, b; };

static int rect_area(const Shape *s) { return s->a * s->b; }
static int rect_perim(const Shape *s) { return 2 * (s->a + s->b); }
static void rect_scale(Shape *s, int k) { s->a *= k; s->b *= k; }
static int sq_area(const Shape *s) { return s->a * s->a; }
static int sq_perim(const Shape *s) { return 4 * s->a; }
static void sq_scale(Shape *s, int k) { s->a *= k; }
static int tri_area(const Shape *s) { return s->a * s->b / 2; }   /* right triangle legs a, b */
static int tri_perim(const Shape *s) {
    int c2 = s->a * s->a + s->b * s->b, c = 0;
    while ((c + 1) * (c + 1) <= c2) c++;
    return s->a + s->b + c;
}

static const ShapeOps RECT = { "rect", rect_area, rect_perim, rect_scale };
static const ShapeOps SQUARE = { "square", sq_area, sq_perim, sq_scale };
static const ShapeOps TRI = { "tri", tri_area, tri_perim, rect_scale };

typedef void (*Visitor)(int value, void *ctx);
static void visit_all(const int *a, int n, Visitor v, void *ctx) { for (int i = 0; i < n; i++) v(a[i], ctx); }
static void sum_visitor(int v, void *ctx) { *(long *)ctx += v; }
typedef struct { int min, max, count; } Stats;
static void stats_visitor(int v, void *ctx) {
    Stats *s = ctx;
    if (!s->count || v < s->min) s->min = v;
    if (!s->count || v > s->max) s->max = v;
    s->count++;
}
static void print_visitor(int v, void *ctx) { printf("%s%d", *(int *)ctx ? "," : "", v); *(int *)ctx = 1; }

typedef struct { const char *label; int (*cmp)(const void *, const void *); } Sorter;
static int asc(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int desc(const void *a, const void *b) { return asc(b, a); }
static int by_last_digit(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    int dx = abs(x % 10), dy = abs(y % 10);
    if (dx != dy) return dx - dy;
    return asc(a, b);
}

typedef struct { int (*next)(void *self); int state; int step; } Generator;
static int gen_linear(void *self) { Generator *g = self; int v = g->state; g->state += g->step; return v; }
static int gen_geometric(void *self) { Generator *g = self; int v = g->state; g->state *= g->step; return v; }

int main(void) {
    Shape shapes[] = { { &RECT, 3, 4 }, { &SQUARE, 5, 0 }, { &TRI, 6, 8 }, { &RECT, 10, 1 } };
    int n = (int)(sizeof shapes / sizeof shapes[0]);
    for (int i = 0; i < n; i++) {
        Shape *s = &shapes[i];
        printf("%-6s area=%3d perim=%3d", s->ops->name, s->ops->area(s), s->ops->perimeter(s));
        s->ops->scale(s, 2);
        printf(" | scaled area=%3d perim=%3d\n", s->ops->area(s), (*s->ops->perimeter)(s));
    }
    int total = 0;
    for (int i = 0; i < n; i++) total += shapes[i].ops->area(&shapes[i]);
    printf("total area=%d\n", total);
    printf("shapes[0].ops == &RECT: %d, shapes[0].ops->area == shapes[3].ops->area: %d, TRI.scale == RECT.scale: %d\n",
           shapes[0].ops == &RECT, shapes[0].ops->area == shapes[3].ops->area, TRI.scale == RECT.scale);

    int data[] = { 17, -3, 42, 8, -25, 0, 33, 91, -12, 5 };
    long sum = 0;
    visit_all(data, 10, sum_visitor, &sum);
    Stats st = { 0, 0, 0 };
    visit_all(data, 10, stats_visitor, &st);
    printf("sum=%ld min=%d max=%d count=%d\n", sum, st.min, st.max, st.count);

    Sorter sorters[] = { { "asc", asc }, { "desc", desc }, { "lastdigit", by_last_digit } };
    for (int k = 0; k < 3; k++) {
        int copy[10];
        memcpy(copy, data, sizeof copy);
        qsort(copy, 10, sizeof copy[0], sorters[k].cmp);
        int first = 0;
        printf("%-10s ", sorters[k].label);
        visit_all(copy, 10, print_visitor, &first);
        printf("\n");
    }

    Generator gens[] = { { gen_linear, 5, 7 }, { gen_geometric, 1, 3 }, { gen_linear, 100, -15 } };
    for (int g = 0; g < 3; g++) {
        printf("gen %d:", g);
        for (int i = 0; i < 8; i++) printf(" %d", gens[g].next(&gens[g]));
        printf("\n");
    }
    return 0;
}
