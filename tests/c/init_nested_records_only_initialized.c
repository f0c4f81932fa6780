/* Structs reached only by initializers (nested, in an array, through an anonymous member, in a compound literal)
   and never by a member access, and a struct nothing uses: the accessors the initializers need are written even
   so (Emit/RecordUses.cs), and the result is read back as bytes. */
#include <stdio.h>
#include <string.h>
struct inner { int a; short b; struct { char c, d; } anon; };
struct outer { int k; struct inner in[2]; unsigned f : 3; };
struct unused { int never; };

static void dump(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\n");
}

int main(void)
{
    int x = 7;
    struct outer o;
    memset(&o, 0xAA, sizeof o);
    o = (struct outer){ .in = { [1] = { .a = x, .b = 2, .anon = { 'p', 'q' } } }, .f = 5 };
    struct inner i = { x + 1, 3, { 'r' } };
    struct outer *p = &(struct outer){ 1, { { x + 2, 4, { 's', 't' } } }, 2 };
    dump(&o.in[1], sizeof(struct inner));
    dump(&i, sizeof i);
    dump(p, sizeof *p - sizeof(unsigned));
    printf("%u %u %d\n", o.f, p->f, (int)sizeof(struct unused));
    return 0;
}
