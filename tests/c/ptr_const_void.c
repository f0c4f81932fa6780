/* const-qualified pointers, void* round trips, generic byte-wise helpers. */
#include <stdio.h>
#include <string.h>

static void generic_swap(void *a, void *b, size_t size) {
    unsigned char *pa = a, *pb = b;
    for (size_t i = 0; i < size; i++) { unsigned char t = pa[i]; pa[i] = pb[i]; pb[i] = t; }
}
static void generic_reverse(void *base, size_t n, size_t size) {
    char *lo = base, *hi = (char *)base + (n - 1) * size;
    while (lo < hi) { generic_swap(lo, hi, size); lo += size; hi -= size; }
}
static const void *find_elem(const void *base, size_t n, size_t size, const void *key) {
    const char *p = base;
    for (size_t i = 0; i < n; i++, p += size)
        if (memcmp(p, key, size) == 0) return p;
    return NULL;
}
static size_t count_const(const char *const *strs) {
    size_t n = 0;
    while (strs[n]) n++;
    return n;
}

struct pt { int x, y; };

int main(void) {
    int a = 5, b = 7;
    generic_swap(&a, &b, sizeof a);
    printf("a=%d b=%d\n", a, b);
    struct pt p1 = { 1, 2 }, p2 = { -3, 40 };
    generic_swap(&p1, &p2, sizeof p1);
    printf("p1=(%d,%d) p2=(%d,%d)\n", p1.x, p1.y, p2.x, p2.y);
    short sa[5] = { 1, -2, 3, -4, 5 };
    generic_reverse(sa, 5, sizeof sa[0]);
    printf("sa reversed: %d %d %d %d %d\n", sa[0], sa[1], sa[2], sa[3], sa[4]);
    struct pt pts[4] = { { 1, 1 }, { 2, 4 }, { 3, 9 }, { 4, 16 } };
    generic_reverse(pts, 4, sizeof pts[0]);
    for (int i = 0; i < 4; i++) printf("(%d,%d)", pts[i].x, pts[i].y);
    printf("\n");
    struct pt key = { 2, 4 };
    const struct pt *found = find_elem(pts, 4, sizeof pts[0], &key);
    printf("found at index %d\n", found ? (int)(found - pts) : -1);
    key.y = 5;
    found = find_elem(pts, 4, sizeof pts[0], &key);
    printf("found at index %d\n", found ? (int)(found - pts) : -1);

    /* void* round trip keeps the value */
    double d = 2.75;
    void *vp = &d;
    double *dp = vp;
    printf("*dp = %g, same = %d\n", *dp, dp == &d);
    char *cp = vp;
    void *back = cp + 0;
    printf("back == vp: %d\n", back == vp);

    /* const pointer vs pointer to const */
    int vals[3] = { 10, 20, 30 };
    const int *pc = vals;        /* pointer to const int: pointer may move */
    int *const cpv = vals + 1;   /* const pointer: target may change */
    const int *const cc = vals + 2;
    pc++;
    *cpv += 5;
    printf("*pc=%d *cpv=%d *cc=%d\n", *pc, *cpv, *cc);
    const char *const list[] = { "one", "two", "three", NULL };
    printf("count_const = %u\n", (unsigned)count_const(list));
    const char *msg = "constant";
    printf("msg+3 = %s, msg[0] = %c\n", msg + 3, msg[0]);

    /* casting away const from a non-const object is fine */
    const int *view = &vals[0];
    int *mut = (int *)view;
    *mut = 99;
    printf("vals[0] = %d\n", vals[0]);

    /* void* arithmetic via char* */
    unsigned int words[4] = { 0x11223344u, 0x55667788u, 0x99aabbccu, 0xddeeff00u };
    void *base = words;
    unsigned int *third = (unsigned int *)((char *)base + 2 * sizeof(unsigned int));
    printf("third = %08x\n", *third);
    /* byte view (little endian on both targets) */
    const unsigned char *bytes = (const unsigned char *)words;
    printf("bytes:");
    for (int i = 0; i < 16; i++) printf(" %02x", bytes[i]);
    printf("\n");

    /* memcpy into an int from bytes */
    unsigned char raw[4] = { 0x78, 0x56, 0x34, 0x12 };
    unsigned int assembled;
    memcpy(&assembled, raw, sizeof assembled);
    printf("assembled = %08x\n", assembled);
    int neg = -2;
    unsigned char nb[4];
    memcpy(nb, &neg, 4);
    printf("-2 bytes: %02x %02x %02x %02x\n", nb[0], nb[1], nb[2], nb[3]);
    return 0;
}
