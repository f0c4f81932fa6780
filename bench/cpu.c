/* CPU-bound benchmark: table-driven CRC-32 over a buffer, an in-place quicksort, and pointer chasing through a
   shuffled linked list. Prints checksums so the native and translated runs can be compared; fixed-width types
   only, so the x86-64 build that is the speed baseline prints the same as the i386 one. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t crc_table[256];

static void make_table(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int32_t k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32(const uint8_t *p, uint32_t length, uint32_t crc)
{
    crc = ~crc;
    while (length--)
        crc = crc_table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static uint32_t next_random(uint32_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

static void quicksort(int32_t *a, int32_t lo, int32_t hi)
{
    while (lo < hi) {
        int32_t pivot = a[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { int32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
}

struct node { struct node *next; uint32_t value; };

int main(void)
{
    enum { BUFFER = 8 << 20, ELEMENTS = 1 << 20, NODES = 1 << 20 };
    uint32_t state = 2463534242u;

    make_table();
    uint8_t *buffer = malloc(BUFFER);
    for (int32_t i = 0; i < BUFFER; i++)
        buffer[i] = (uint8_t)next_random(&state);
    uint32_t crc = 0;
    for (int32_t round = 0; round < 6; round++)
        crc = crc32(buffer, BUFFER, crc);
    printf("crc32: %08" PRIX32 "\n", crc);

    int32_t *numbers = malloc(ELEMENTS * sizeof *numbers);
    int64_t sorted_sum = 0;
    for (int32_t round = 0; round < 4; round++) {
        for (int32_t i = 0; i < ELEMENTS; i++)
            numbers[i] = (int32_t)(next_random(&state) >> 1);
        quicksort(numbers, 0, ELEMENTS - 1);
        for (int32_t i = 1; i < ELEMENTS; i++)
            if (numbers[i - 1] > numbers[i]) { puts("not sorted"); return 1; }
        sorted_sum += numbers[ELEMENTS / 2];
    }
    printf("median sum: %" PRId64 "\n", sorted_sum);

    struct node *nodes = malloc(NODES * sizeof *nodes);
    uint32_t *order = malloc(NODES * sizeof *order);
    for (uint32_t i = 0; i < NODES; i++)
        order[i] = i;
    for (uint32_t i = NODES - 1; i > 0; i--) {
        uint32_t j = next_random(&state) % (i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (uint32_t i = 0; i < NODES; i++) {
        nodes[order[i]].next = &nodes[order[(i + 1) % NODES]];
        nodes[order[i]].value = i;
    }
    uint64_t walked = 0;
    struct node *p = &nodes[order[0]];
    for (int32_t steps = 0; steps < 24 * NODES; steps++) {
        walked += p->value;
        p = p->next;
    }
    printf("walk: %" PRIu64 "\n", walked);
    return 0;
}
