/* sizeof/offsetof for structs of char/short/int/pointer only (same on i386 Linux and MSVC). */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct A { char c; int i; };
struct B { char c1; char c2; short s; int i; };
struct C { char c; short s; char d; };
struct D { int i; char c; };
struct E { char name[5]; int len; char flag; };
struct F { short s[3]; char c; };
struct G { struct A a; char tail; };
struct H { char *p; char c; int *q; short s; };
struct I { char a; struct { char b; int c; } inner; char d; };
struct J { unsigned char bytes[7]; };
struct K { int x; struct J j; short s; };

#define SHOW_SIZE(T) printf("sizeof(%s) = %u\n", #T, (unsigned)sizeof(T))
#define SHOW_OFF(T, m) printf("  offsetof(%s, %s) = %u\n", #T, #m, (unsigned)offsetof(T, m))

int main(void) {
    SHOW_SIZE(char); SHOW_SIZE(short); SHOW_SIZE(int); SHOW_SIZE(long); SHOW_SIZE(long long);
    SHOW_SIZE(float); SHOW_SIZE(double); SHOW_SIZE(void *); SHOW_SIZE(size_t); SHOW_SIZE(ptrdiff_t);
    SHOW_SIZE(struct A); SHOW_OFF(struct A, c); SHOW_OFF(struct A, i);
    SHOW_SIZE(struct B); SHOW_OFF(struct B, c2); SHOW_OFF(struct B, s); SHOW_OFF(struct B, i);
    SHOW_SIZE(struct C); SHOW_OFF(struct C, s); SHOW_OFF(struct C, d);
    SHOW_SIZE(struct D); SHOW_OFF(struct D, c);
    SHOW_SIZE(struct E); SHOW_OFF(struct E, len); SHOW_OFF(struct E, flag);
    SHOW_SIZE(struct F); SHOW_OFF(struct F, c);
    SHOW_SIZE(struct G); SHOW_OFF(struct G, tail);
    SHOW_SIZE(struct H); SHOW_OFF(struct H, c); SHOW_OFF(struct H, q); SHOW_OFF(struct H, s);
    SHOW_SIZE(struct I); SHOW_OFF(struct I, inner); SHOW_OFF(struct I, inner.c); SHOW_OFF(struct I, d);
    SHOW_SIZE(struct J);
    SHOW_SIZE(struct K); SHOW_OFF(struct K, j); SHOW_OFF(struct K, s);
    struct E arr[3];
    printf("sizeof arr = %u, elements = %u\n", (unsigned)sizeof arr, (unsigned)(sizeof arr / sizeof arr[0]));
    printf("byte distance arr[0]..arr[2] = %d\n", (int)((char *)&arr[2] - (char *)&arr[0]));
    printf("byte distance arr[1].len..arr[0].name = %d\n", (int)((char *)&arr[1].len - (char *)arr[0].name));

    /* member address arithmetic matches offsetof */
    struct B b;
    printf("&b.i - &b as bytes = %d\n", (int)((char *)&b.i - (char *)&b));
    /* container_of style: recover struct from member pointer */
    struct K k;
    k.x = 77;
    short *sp = &k.s;
    struct K *kp = (struct K *)((char *)sp - offsetof(struct K, s));
    printf("container_of -> x = %d\n", kp->x);

    /* write via byte view and read back fields (padding bytes are never read) */
    struct D d;
    memset(&d, 0, sizeof d);
    unsigned char *bytes = (unsigned char *)&d;
    bytes[0] = 0x78; bytes[1] = 0x56; bytes[2] = 0x34; bytes[3] = 0x12; bytes[4] = 'Z';
    printf("d.i = %08x d.c = %c\n", (unsigned)d.i, d.c);
    /* copy struct by memcpy */
    struct A a1 = { 'q', -5 }, a2;
    memcpy(&a2, &a1, sizeof a1);
    printf("a2 = %c %d\n", a2.c, a2.i);
    /* sizeof of expressions involving structs */
    printf("sizeof a1.c = %u, sizeof(a1.c + 0) = %u, sizeof k.j.bytes = %u\n", (unsigned)sizeof a1.c, (unsigned)sizeof(a1.c + 0), (unsigned)sizeof k.j.bytes);
    return 0;
}
