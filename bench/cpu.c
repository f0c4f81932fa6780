/* CPU-bound benchmark: table-driven CRC-32 over a buffer, an in-place quicksort, and pointer chasing through a
   shuffled linked list. Prints checksums so the native and translated runs can be compared. */
#include <stdio.h>
#include <stdlib.h>

static unsigned crc_table[256];

static void make_table(void)
{
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static unsigned crc32(const unsigned char *p, unsigned length, unsigned crc)
{
    crc = ~crc;
    while (length--)
        crc = crc_table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static unsigned next_random(unsigned *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

static void quicksort(int *a, int lo, int hi)
{
    while (lo < hi) {
        int pivot = a[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
}

struct node { struct node *next; unsigned value; };

int main(void)
{
    enum { BUFFER = 8 << 20, ELEMENTS = 1 << 20, NODES = 1 << 20 };
    unsigned state = 2463534242u;

    make_table();
    unsigned char *buffer = malloc(BUFFER);
    for (int i = 0; i < BUFFER; i++)
        buffer[i] = (unsigned char)next_random(&state);
    unsigned crc = 0;
    for (int round = 0; round < 6; round++)
        crc = crc32(buffer, BUFFER, crc);
    printf("crc32: %08X\n", crc);

    int *numbers = malloc(ELEMENTS * sizeof *numbers);
    long long sorted_sum = 0;
    for (int round = 0; round < 4; round++) {
        for (int i = 0; i < ELEMENTS; i++)
            numbers[i] = (int)(next_random(&state) >> 1);
        quicksort(numbers, 0, ELEMENTS - 1);
        for (int i = 1; i < ELEMENTS; i++)
            if (numbers[i - 1] > numbers[i]) { puts("not sorted"); return 1; }
        sorted_sum += numbers[ELEMENTS / 2];
    }
    printf("median sum: %lld\n", sorted_sum);

    struct node *nodes = malloc(NODES * sizeof *nodes);
    unsigned *order = malloc(NODES * sizeof *order);
    for (unsigned i = 0; i < NODES; i++)
        order[i] = i;
    for (unsigned i = NODES - 1; i > 0; i--) {
        unsigned j = next_random(&state) % (i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (unsigned i = 0; i < NODES; i++) {
        nodes[order[i]].next = &nodes[order[(i + 1) % NODES]];
        nodes[order[i]].value = i;
    }
    unsigned long long walked = 0;
    struct node *p = &nodes[order[0]];
    for (int steps = 0; steps < 24 * NODES; steps++) {
        walked += p->value;
        p = p->next;
    }
    printf("walk: %llu\n", walked);
    return 0;
}
