/* A function of more than 1,000 statements, which nt2cs writes with guest memory access in place (for the JIT,
   window checks as far as its block limit allows, shared out between the cases of its switch, the rest one Mem.Ref
   call each; for crossgen2, as the in-place corpus runs it, every access a window check): members through pointers
   and through values, an array in an anonymous union, arrays, pointer arithmetic, differences and comparisons,
   pointer steps on locals and in memory, commas, volatile reads, the address of a local, and a small interpreter's
   switch; and a global and locals named as the locals the translator adds to such a function (its numbered scratch
   addresses, and a hosted program's window), which must be renamed. */
#include <stdio.h>
#include <string.h>

struct node {
    int value;
    short small;
    unsigned char tag;
    struct node *next;
    union {
        struct { int a, b; };
        unsigned char raw[8];
    };
    double d;
};

static struct node pool[64];
static volatile int ticks = 3;
static unsigned char *cursor;
static int __addr1 = 11;

static void bump(int *counter) { *counter += 7; }

#define STEP(i) \
    p = &pool[(i) % 64]; \
    p->value += (i); \
    p->small = (short)(p->small * 3 + (i)); \
    p->tag ^= (unsigned char)((i) * 37); \
    p->raw[(i) % 8] += 1; \
    q = p + 1; \
    if (q < end && q->next == 0) q->next = p; \
    sum += (long long)(q - p) + p->a - p->b; \
    p->d += (p->value, 0.5); \
    sum += ticks; \
    *cursor++ = (unsigned char)(sum & 0x7F);

#define STEP10(i) STEP(i) STEP(i + 1) STEP(i + 2) STEP(i + 3) STEP(i + 4) STEP(i + 5) STEP(i + 6) STEP(i + 7) STEP(i + 8) STEP(i + 9)

/* Statements and branches without memory access, so that the function is large (over 1,000 statements) but its C#
   stays small enough for the JIT to optimise it, and its branches leave fewer window checks than it has accesses. */
#define MIX if (mix & 4) mix += 3; mix = mix * 3 + 1;
#define MIX10 MIX MIX MIX MIX MIX MIX MIX MIX MIX MIX
#define MIX100 MIX10 MIX10 MIX10 MIX10 MIX10 MIX10 MIX10 MIX10 MIX10 MIX10

/* One read each: more accesses than the function's window checks. */
#define READ(i) sum += pool[(i) % 64].small - (q = &pool[(i) % 61])->tag;
#define READ10(i) READ(i) READ(i + 1) READ(i + 2) READ(i + 3) READ(i + 4) READ(i + 5) READ(i + 6) READ(i + 7) READ(i + 8) READ(i + 9)
#define READ100(i) READ10(i) READ10(i + 10) READ10(i + 20) READ10(i + 30) READ10(i + 40) READ10(i + 50) READ10(i + 60) READ10(i + 70) READ10(i + 80) READ10(i + 90)

static unsigned long long large(const unsigned char *program, int length)
{
    struct node *p, *q, *end = pool + 64;
    struct node local = { 5, 6, 7, 0, { { 8, 9 } }, 1.5 };
    struct node *walk;
    unsigned char buffer[1200];
    unsigned long long sum = 0;
    int counter = 0;
    int pc = 0;
    int stack[16], *sp = stack;
    unsigned mix = 1;
    int __addr = 2, __base = 3, __limit4 = 4, __addr0 = 5, __addr12 = 6;

    cursor = buffer;
    STEP10(0)
    READ100(0) READ100(100)
    MIX100 MIX100 MIX100 MIX100

    /* A stack machine: each case's first accesses are its fast path. */
    while (pc < length) {
        switch (program[pc++]) {
        case 0: *sp++ = program[pc++]; break;
        case 1: sp[-2] += sp[-1]; --sp; break;
        case 2: sp[-2] *= sp[-1]; sp -= 1; break;
        case 3: sp[-1] = pool[sp[-1] % 64].value; break;
        case 4: pool[sp[-1] % 64].raw[3] = (unsigned char)sp[-2]; sp -= 2; break;
        case 5: { int *top = sp - 1; *top = -*top; } break;
        case 6: sp[-1] = (int)(cursor - buffer) + sp[-1]; break;
        default: sum += sp - stack; break;
        }
    }

    bump(&counter);
    bump(&local.a);
    local.raw[7] = 0x40;
    walk = &pool[63];
    while (walk != 0 && walk->next != 0 && walk->next != walk && counter < 1000) {
        walk = walk->next;
        counter++;
    }
    for (p = end - 1; p >= pool; p--)
        sum += p->small + p->tag + p->raw[0] + (p->next ? (long long)(p->next - pool) : -1);
    for (unsigned char *c = buffer; c < cursor; c += 3)
        sum = sum * 31 + *c;
    return sum + mix + counter + local.a + local.b + local.raw[7] + (long long)(local.d * 2) + (unsigned long long)(sp - stack) * 1000 + (unsigned long long)stack[0]
        + (unsigned long long)(__addr * __base * __limit4 * __addr0 * __addr12 * __addr1);
}

int main(void)
{
    static const unsigned char program[] = { 0, 5, 0, 7, 1, 0, 3, 2, 3, 5, 0, 9, 0, 4, 4, 0, 2, 6, 7, 0, 1, 1 };
    unsigned long long total = large(program, (int)sizeof program);
    double d = 0;
    for (int i = 0; i < 64; i++)
        d += pool[i].d;
    printf("total %llu, doubles %.1f, pool[3] %d %d %u\n", total, d, pool[3].value, pool[3].small, pool[3].tag);
    return 0;
}
