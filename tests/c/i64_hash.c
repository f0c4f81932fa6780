/* 64-bit hashes and generators: FNV-1a, splitmix64, xorshift64*, djb2 in 64 bits, MurmurHash3 fmix. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint64_t fnv1a64(const char *s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    while (*s) { h ^= (unsigned char)*s++; h *= 0x100000001b3ULL; }
    return h;
}
static uint32_t fnv1a32(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    return h;
}
static uint64_t splitmix_state;
static uint64_t splitmix64(void) {
    uint64_t z = (splitmix_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static uint64_t xs_state = 88172645463325252ULL;
static uint64_t xorshift64star(void) {
    xs_state ^= xs_state >> 12;
    xs_state ^= xs_state << 25;
    xs_state ^= xs_state >> 27;
    return xs_state * 2685821657736338717ULL;
}
static uint64_t djb2_64(const char *s) { uint64_t h = 5381; while (*s) h = ((h << 5) + h) + (unsigned char)*s++; return h; }
static uint64_t fmix64(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

int main(void) {
    const char *inputs[] = { "", "a", "foobar", "The quick brown fox jumps over the lazy dog", "\xff\xfe\x80", "nt2cs differential test" };
    for (int i = 0; i < 6; i++)
        printf("fnv1a64=%016llx fnv1a32=%08x djb2=%016llx  \"%s\"\n", (unsigned long long)fnv1a64(inputs[i]), fnv1a32(inputs[i]),
               (unsigned long long)djb2_64(inputs[i]), i == 4 ? "<bytes>" : inputs[i]);
    splitmix_state = 1234567;
    for (int i = 0; i < 6; i++) printf("splitmix64[%d] = %llu\n", i, (unsigned long long)splitmix64());
    for (int i = 0; i < 6; i++) printf("xorshift64*[%d] = %016llx\n", i, (unsigned long long)xorshift64star());
    for (uint64_t k = 0; k < 5; k++) printf("fmix64(%llu) = %016llx\n", (unsigned long long)k, (unsigned long long)fmix64(k));
    printf("fmix64(max) = %016llx\n", (unsigned long long)fmix64(~0ULL));
    /* bucket distribution using modulo of 64-bit hash */
    int buckets[8] = { 0 };
    char key[16];
    for (int i = 0; i < 1000; i++) {
        sprintf(key, "key%d", i);
        buckets[fnv1a64(key) % 8]++;
    }
    printf("buckets:");
    for (int b = 0; b < 8; b++) printf(" %d", buckets[b]);
    printf("\n");
    /* random range reduction with 64-bit multiply-high emulation using 32-bit halves */
    splitmix_state = 42;
    for (int i = 0; i < 5; i++) {
        uint64_t r = splitmix64();
        uint32_t hi32 = (uint32_t)(r >> 32);
        uint32_t range = 1000;
        uint32_t reduced = (uint32_t)(((uint64_t)hi32 * range) >> 32);
        printf("r=%016llx reduced=%u mod=%u\n", (unsigned long long)r, reduced, (unsigned)(r % range));
    }
    /* signed view of hash values */
    int64_t sh = (int64_t)fnv1a64("signed");
    printf("signed hash = %lld, >> 60 = %lld, %% 1000 = %lld\n", (long long)sh, (long long)(sh >> 60), (long long)(sh % 1000));
    return 0;
}
