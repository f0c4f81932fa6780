/* qsort with several comparators (all keys unique) and bsearch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { const char *name; int age; unsigned id; } Person;

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_uint(const void *a, const void *b) { unsigned x = *(const unsigned *)a, y = *(const unsigned *)b; return x < y ? -1 : x > y; }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_len_then_alpha(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly) return lx < ly ? -1 : 1;
    return strcmp(x, y);
}
static int cmp_person_age(const void *a, const void *b) {
    const Person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}
static int cmp_char(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }
static int cmp_short_abs(const void *a, const void *b) {
    int x = *(const short *)a, y = *(const short *)b;
    int ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
    if (ax != ay) return ax - ay;
    return x - y;
}
static int cmp_key_person(const void *key, const void *elem) {
    return strcmp((const char *)key, ((const Person *)elem)->name);
}

int main(void) {
    int nums[] = { 42, -7, 19, 0, 2147483647, -2147483647 - 1, 3, 100, -50, 8 };
    int n = (int)(sizeof nums / sizeof nums[0]);
    qsort(nums, n, sizeof nums[0], cmp_int);
    for (int i = 0; i < n; i++) printf("%d ", nums[i]);
    printf("\n");
    int keys[] = { 19, 20, -2147483647 - 1, 2147483647, 8, -8 };
    for (int i = 0; i < 6; i++) {
        int *f = bsearch(&keys[i], nums, n, sizeof nums[0], cmp_int);
        printf("bsearch %d -> %d\n", keys[i], f ? (int)(f - nums) : -1);
    }
    qsort(nums, n, sizeof nums[0], cmp_int_desc);
    for (int i = 0; i < n; i++) printf("%d ", nums[i]);
    printf("\n");

    unsigned us[] = { 4000000000u, 1u, 2147483648u, 0u, 77u, 4294967295u };
    qsort(us, 6, sizeof us[0], cmp_uint);
    for (int i = 0; i < 6; i++) printf("%u ", us[i]);
    printf("\n");

    const char *words[] = { "pear", "Apple", "fig", "banana", "kiwi", "apple", "date", "cherry", "Fig", "plum" };
    qsort(words, 10, sizeof words[0], cmp_str);
    for (int i = 0; i < 10; i++) printf("%s ", words[i]);
    printf("\n");
    qsort(words, 10, sizeof words[0], cmp_len_then_alpha);
    for (int i = 0; i < 10; i++) printf("%s ", words[i]);
    printf("\n");
    const char *key = "kiwi";
    const char **found = bsearch(&key, words, 10, sizeof words[0], cmp_len_then_alpha);
    printf("kiwi at %d\n", found ? (int)(found - words) : -1);

    Person people[] = {
        { "zoe", 31, 5 }, { "adam", 25, 9 }, { "mia", 31, 2 }, { "li", 19, 7 }, { "bob", 25, 1 }, { "eva", 44, 3 },
    };
    qsort(people, 6, sizeof people[0], cmp_person_age);
    for (int i = 0; i < 6; i++) printf("%s(%d,#%u) ", people[i].name, people[i].age, people[i].id);
    printf("\n");

    char letters[] = "qsortexampl";
    qsort(letters, strlen(letters), 1, cmp_char);
    printf("letters sorted: %s\n", letters);

    short sh[] = { -5, 3, -1, 4, 1, -9, 2, 0, 7, -3 };
    qsort(sh, 10, sizeof sh[0], cmp_short_abs);
    for (int i = 0; i < 10; i++) printf("%d ", sh[i]);
    printf("\n");

    /* bsearch with a key of different type than the elements */
    Person byname[6];
    memcpy(byname, people, sizeof people);
    for (int i = 0; i < 6; i++)
        for (int j = i + 1; j < 6; j++)
            if (strcmp(byname[j].name, byname[i].name) < 0) { Person t = byname[i]; byname[i] = byname[j]; byname[j] = t; }
    const char *lookups[] = { "eva", "adam", "zoe", "nobody" };
    for (int i = 0; i < 4; i++) {
        Person *p = bsearch(lookups[i], byname, 6, sizeof byname[0], cmp_key_person);
        printf("lookup %s -> %s\n", lookups[i], p ? p->name : "(none)");
        if (p) printf("  age %d id %u\n", p->age, p->id);
    }
    /* sorting an empty and a single-element array */
    qsort(nums, 0, sizeof nums[0], cmp_int);
    qsort(nums, 1, sizeof nums[0], cmp_int);
    printf("nums[0] still %d\n", nums[0]);
    return 0;
}
