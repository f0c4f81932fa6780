/* Struct assignment, pass by value, return by value; modifications stay local. */
#include <stdio.h>

typedef struct { int x, y; } Point;
typedef struct { Point min, max; char tag[8]; } Box;
typedef struct { int data[6]; int len; } Vec;

static Point make_point(int x, int y) { Point p = { x, y }; return p; }
static Point add(Point a, Point b) { a.x += b.x; a.y += b.y; return a; }
static void try_modify(Point p) { p.x = 999; p.y = 999; }
static void modify_via_ptr(Point *p) { p->x *= -1; }
static Box grow(Box b, int d) { b.min.x -= d; b.min.y -= d; b.max.x += d; b.max.y += d; b.tag[0] = 'G'; return b; }
static int area(Box b) { return (b.max.x - b.min.x) * (b.max.y - b.min.y); }
static Vec push(Vec v, int x) { if (v.len < 6) v.data[v.len++] = x; return v; }
static void print_vec(const char *n, Vec v) {
    printf("%s[%d]:", n, v.len);
    for (int i = 0; i < v.len; i++) printf(" %d", v.data[i]);
    printf("\n");
}
static int eq_point(Point a, Point b) { return a.x == b.x && a.y == b.y; }
static Point swap_xy(Point p) { int t = p.x; p.x = p.y; p.y = t; return p; }

int main(void) {
    Point a = make_point(3, 4);
    Point b = a;
    b.x = 10;
    printf("a=(%d,%d) b=(%d,%d)\n", a.x, a.y, b.x, b.y);
    Point c = add(a, b);
    printf("c=(%d,%d) a unchanged=(%d,%d)\n", c.x, c.y, a.x, a.y);
    try_modify(c);
    printf("after try_modify c=(%d,%d)\n", c.x, c.y);
    modify_via_ptr(&c);
    printf("after modify_via_ptr c=(%d,%d)\n", c.x, c.y);
    printf("add(make,make)=(%d,%d)\n", add(make_point(1, 2), make_point(30, 40)).x, add(make_point(1, 2), make_point(30, 40)).y);
    printf("swap_xy(a).x=%d\n", swap_xy(a).x);
    printf("eq(a,a)=%d eq(a,b)=%d\n", eq_point(a, a), eq_point(a, b));

    Box box = { { 0, 0 }, { 2, 3 }, "box" };
    Box big = grow(box, 2);
    printf("box: (%d,%d)-(%d,%d) %s area=%d\n", box.min.x, box.min.y, box.max.x, box.max.y, box.tag, area(box));
    printf("big: (%d,%d)-(%d,%d) %s area=%d\n", big.min.x, big.min.y, big.max.x, big.max.y, big.tag, area(big));
    Box copy = big;
    copy.tag[1] = 'X';
    copy.max = make_point(100, 100);
    printf("copy tag=%s big tag=%s copy.max.x=%d big.max.x=%d\n", copy.tag, big.tag, copy.max.x, big.max.x);

    Vec v = { { 0 }, 0 };
    Vec v2 = push(push(push(v, 5), 6), 7);
    print_vec("v", v);
    print_vec("v2", v2);
    Vec v3 = v2;
    v3.data[0] = -5;
    v3 = push(v3, 8);
    print_vec("v2", v2);
    print_vec("v3", v3);

    /* arrays inside structs are copied by assignment */
    Vec arr[3];
    arr[0] = v2;
    arr[1] = arr[0];
    arr[1].data[1] = 66;
    arr[2] = push(arr[1], 9);
    for (int i = 0; i < 3; i++) print_vec("arr", arr[i]);

    /* chained assignment and conditional choice of struct */
    Point p1, p2, p3;
    p1 = p2 = p3 = make_point(-1, -2);
    p2.y = 0;
    Point chosen = p2.y ? p1 : p3;
    printf("p1=(%d,%d) p2=(%d,%d) chosen=(%d,%d)\n", p1.x, p1.y, p2.x, p2.y, chosen.x, chosen.y);

    /* struct containing a struct array copied as a whole */
    struct { Point pts[3]; int n; } poly = { { { 0, 0 }, { 4, 0 }, { 0, 3 } }, 3 }, poly2;
    poly2 = poly;
    poly2.pts[2].y = 30;
    printf("poly pts[2].y=%d poly2 pts[2].y=%d n=%d\n", poly.pts[2].y, poly2.pts[2].y, poly2.n);
    /* self-assignment */
    poly = poly;
    printf("poly pts[1].x=%d\n", poly.pts[1].x);
    return 0;
}
