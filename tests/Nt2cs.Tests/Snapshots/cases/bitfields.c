/* Bitfields in MSVC placement: signed and unsigned fields, a field straddling nothing (new unit on type change). */
typedef struct _PTE {
    unsigned long Valid : 1;
    unsigned long Write : 1;
    unsigned long Reserved : 10;
    unsigned long PageFrameNumber : 20;
} PTE;

struct mixed {
    int small : 3;
    unsigned char flag : 1;
    short wide : 9;
};

unsigned long make(unsigned long pfn, int writable)
{
    PTE pte = {0};
    pte.Valid = 1;
    pte.Write = writable;
    pte.PageFrameNumber = pfn;
    pte.PageFrameNumber++;
    return *(unsigned long *)&pte;
}

int sum(struct mixed *m)
{
    m->small += 5;
    return m->small + m->flag + m->wide;
}
