/* Compound literals: arrays, structs, as function arguments, as lvalues, at file scope. */
#include <stdio.h>

typedef struct { int x, y; } Pt;
typedef struct { Pt a, b; } Seg;

static int *file_arr = (int[]){ 3, 1, 4, 1, 5 };
static Pt *file_pt = &(Pt){ 7, 8 };

static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int len2(Seg s) { int dx = s.b.x - s.a.x, dy = s.b.y - s.a.y; return dx * dx + dy * dy; }
static Pt mid(const Seg *s) { return (Pt){ (s->a.x + s->b.x) / 2, (s->a.y + s->b.y) / 2 }; }
static void print_pt(const char *tag, Pt p) { printf("%s=(%d,%d)\n", tag, p.x, p.y); }

int main(void) {
    printf("sum literal = %d\n", sum((int[]){ 1, 2, 3, 4 }, 4));
    printf("sum sized literal = %d\n", sum((int[8]){ 10, 20 }, 8));
    printf("file_arr sum = %d, file_pt = (%d,%d)\n", sum(file_arr, 5), file_pt->x, file_pt->y);
    file_arr[0] = 100;
    file_pt->y = -8;
    printf("modified file_arr sum = %d, file_pt->y = %d\n", sum(file_arr, 5), file_pt->y);
    printf("len2 = %d\n", len2((Seg){ { 0, 0 }, { 3, 4 } }));
    printf("len2 designated = %d\n", len2((Seg){ .b = { .y = 5 }, .a.x = 12 }));
    print_pt("mid", mid(&(Seg){ { -4, 2 }, { 10, 8 } }));
    /* assignment from compound literal */
    Pt p;
    p = (Pt){ 1, 2 };
    print_pt("p", p);
    p = (Pt){ .y = p.x + 10 };
    print_pt("p again", p);
    /* compound literal is an lvalue */
    (Pt){ 5, 6 }.x = 50;
    int *ip = (int[3]){ 0 };
    ip[1] = 11;
    printf("ip: %d %d %d\n", ip[0], ip[1], ip[2]);
    Pt *pp = &(Pt){ 9, 9 };
    pp->x += 1;
    print_pt("*pp", *pp);
    /* compound literal in loop: fresh value each iteration */
    for (int i = 0; i < 3; i++) {
        int *q = (int[2]){ i, i * i };
        q[0] += 100;
        printf("iter %d: %d %d\n", i, q[0], q[1]);
    }
    /* arrays of structs as compound literals */
    Pt *poly = (Pt[]){ { 0, 0 }, { 4, 0 }, { 4, 3 }, { 0, 3 } };
    int area2 = 0;
    for (int i = 0; i < 4; i++) { Pt a = poly[i], b = poly[(i + 1) % 4]; area2 += a.x * b.y - b.x * a.y; }
    printf("polygon doubled area = %d\n", area2);
    /* const char array literal */
    const char *s = (const char[]){ 'o', 'k', '\0' };
    printf("s = %s\n", s);
    /* sizeof compound literal */
    printf("sizeof (int[]){1,2,3} = %u, sizeof (Pt){0} = %u\n", (unsigned)sizeof (int[]){ 1, 2, 3 }, (unsigned)sizeof (Pt){ 0 });
    /* compound literal with runtime values */
    int a = 6, b = 7;
    int *prod = (int[]){ a * b, a + b, a - b };
    printf("prod: %d %d %d\n", prod[0], prod[1], prod[2]);
    /* pointer to array via compound literal */
    int (*grid)[3] = (int[][3]){ { 1, 2, 3 }, { 4, 5, 6 } };
    printf("grid[1][2] = %d, grid[0][1] = %d\n", grid[1][2], grid[0][1]);
    /* struct return compared via fields */
    Pt m = mid(&(Seg){ .a = p, .b = *pp });
    print_pt("m", m);
    return 0;
}
