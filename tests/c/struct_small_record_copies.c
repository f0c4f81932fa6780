/* Assignments of small records (1, 2, 4 and 8 bytes, which nt2cs copies as one scalar where a function's memory
   access is written in place, as Lua's setobj copies its Value union), beside sizes it copies otherwise (3, 12):
   through pointers, members, array elements, locals and globals; unaligned members of a packed record; a record
   copied onto itself; a copy whose value is used; a record returned by a call. (A copy onto a partly overlapping
   record is undefined in C, and the padding of a record holding a double is laid out differently on Linux.) */
#include <stdio.h>
#include <string.h>

struct one { unsigned char c; };
struct two { short s; };
struct three { char c[3]; };
struct four { unsigned short lo, hi; };
union value { void *p; int i; long long l; double d; };
struct twelve { int a, b, c; };
struct tagged { union value value; unsigned char tag; };

#pragma pack(push, 1)
struct packed { char pad; union value value; struct four four; };
#pragma pack(pop)

static struct tagged stack[8];
static struct packed packed[3];
static union value global = { 0 };

static union value make(long long l) { union value v; v.l = l; return v; }

static void move(struct tagged *to, const struct tagged *from)
{
    to->value = from->value;   /* setobj: the union, then the tag */
    to->tag = from->tag;
}

static unsigned long long mix(const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned long long h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

int main(void)
{
    struct one o1 = { 7 }, o2;
    struct two t1 = { -300 }, t2;
    struct three h1 = { { 1, 2, 3 } }, h2;
    struct four f1 = { 0xBEEF, 0xCAFE }, f2, farr[4];
    struct twelve w1 = { 1, 2, 3 }, w2;
    union value v1, v2, varr[4];
    int i;

    o2 = o1; t2 = t1; h2 = h1; f2 = f1; w2 = w1;
    printf("%d %d %d%d%d %x %x %d %d %d\n", o2.c, t2.s, h2.c[0], h2.c[1], h2.c[2], f2.lo, f2.hi, w2.a, w2.b, w2.c);

    for (i = 0; i < 8; i++) {
        stack[i].value.l = 0x0102030405060708ll * (i + 1);
        stack[i].tag = (unsigned char)(3 + i);
    }
    for (i = 0; i < 7; i++)
        move(&stack[i], &stack[i + 1]);
    move(&stack[7], &stack[7]);
    for (i = 0; i < 8; i++)
        printf("%llx/%d ", stack[i].value.l, stack[i].tag);
    printf("\n");

    v1.d = 2.5;
    varr[0] = v1;
    varr[1] = varr[0];
    varr[2] = global;
    global = varr[1];
    varr[3] = make(-42);
    printf("%g %g %lld %g %lld\n", varr[0].d, varr[1].d, varr[2].l, global.d, varr[3].l);

    /* Unaligned members of a packed record, copied both ways. */
    packed[0].value.l = 0x1122334455667788ll;
    packed[0].four = f1;
    packed[1].value = packed[0].value;
    packed[2].four = packed[0].four;
    v2 = packed[1].value;
    farr[0] = packed[2].four;
    printf("%llx %x %x %llx\n", v2.l, farr[0].lo, farr[0].hi, mix(packed, sizeof packed));

    /* The value of an assignment used: a chain, and an argument. */
    farr[1] = farr[2] = farr[3] = f1;
    printf("%x %x %x\n", farr[1].hi, farr[2].lo, (farr[3] = farr[0]).hi);

    printf("%llx\n", mix(&global, sizeof global));
    return 0;
}
