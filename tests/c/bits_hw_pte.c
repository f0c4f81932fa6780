/* Hardware-register style bitfields as NT uses them for page-table entries: a union of a ULONG with a struct
   of bitfields, built from fields and decoded from raw values, plus the same via masks and shifts to compare. */
#include <stdio.h>

typedef unsigned long ULONG;

typedef struct _HARDWARE_PTE {
    ULONG Valid : 1;
    ULONG Write : 1;
    ULONG Owner : 1;
    ULONG WriteThrough : 1;
    ULONG CacheDisable : 1;
    ULONG Accessed : 1;
    ULONG Dirty : 1;
    ULONG LargePage : 1;
    ULONG Global : 1;
    ULONG CopyOnWrite : 1;
    ULONG Prototype : 1;
    ULONG reserved : 1;
    ULONG PageFrameNumber : 20;
} HARDWARE_PTE;

typedef union _PTE {
    HARDWARE_PTE Hard;
    ULONG Long;
    struct {
        ULONG Valid : 1;
        ULONG Protection : 4;
        ULONG Unused : 6;
        ULONG Transition : 1;
        ULONG PageFileHigh : 20;
    } Soft;
} PTE;

static ULONG make_pte(ULONG pfn, int write, int user) {
    PTE p;
    p.Long = 0;
    p.Hard.Valid = 1;
    p.Hard.Write = write;
    p.Hard.Owner = user;
    p.Hard.Accessed = 1;
    p.Hard.PageFrameNumber = pfn;
    return p.Long;
}

static void decode(ULONG raw) {
    PTE p;
    p.Long = raw;
    if (p.Hard.Valid)
        printf("%08lx valid pfn=%05lx W=%lu U=%lu A=%lu D=%lu G=%lu\n", raw, (ULONG)p.Hard.PageFrameNumber,
               (ULONG)p.Hard.Write, (ULONG)p.Hard.Owner, (ULONG)p.Hard.Accessed, (ULONG)p.Hard.Dirty,
               (ULONG)p.Hard.Global);
    else
        printf("%08lx invalid prot=%lu trans=%lu pagefile=%05lx\n", raw, (ULONG)p.Soft.Protection,
               (ULONG)p.Soft.Transition, (ULONG)p.Soft.PageFileHigh);
}

int main(void) {
    printf("sizeof PTE=%u\n", (unsigned)sizeof(PTE));
    ULONG a = make_pte(0x12345, 1, 0);
    ULONG b = make_pte(0xfffff, 0, 1);
    ULONG c = make_pte(0x100000 | 7, 1, 1);   /* PFN truncated to 20 bits */
    printf("a=%08lx b=%08lx c=%08lx\n", a, b, c);
    printf("mask check %d %d\n", (a >> 12) == 0x12345, (a & 0xfff) == 0x23);
    decode(a);
    decode(b);
    decode(c);
    decode(0x0000ab5au);                       /* software PTE */
    decode(0xfffff7feu);

    /* set Dirty on a table of PTEs, then clear Write for odd frames */
    PTE table[8];
    for (int i = 0; i < 8; i++) table[i].Long = make_pte(0x400 + i * 3, 1, i & 1);
    for (int i = 0; i < 8; i++) {
        table[i].Hard.Dirty = 1;
        if (table[i].Hard.PageFrameNumber & 1) table[i].Hard.Write = 0;
        table[i].Hard.PageFrameNumber += 0x10;
    }
    ULONG x = 0;
    for (int i = 0; i < 8; i++) {
        printf("%08lx ", table[i].Long);
        x ^= table[i].Long;
    }
    printf("\nxor=%08lx\n", x);
    /* a transition PTE made from the soft view */
    PTE t;
    t.Long = 0;
    t.Soft.Transition = 1;
    t.Soft.Protection = 6;
    t.Soft.PageFileHigh = 0xabcde;
    decode(t.Long);
    printf("hard view of soft: pfn=%05lx cow=%lu\n", (ULONG)t.Hard.PageFrameNumber, (ULONG)t.Hard.CopyOnWrite);
    return 0;
}
