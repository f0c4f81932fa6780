/* NT-style error handling with goto: a single `goto Cleanup;` exit that frees what was acquired, and a ladder of
   unwind labels (Exit3/Exit2/Exit1) in reverse order of acquisition, run under an allocator that fails on the
   n-th call for every n (nothing may leak, the status must name the failing step); goto out of three nested
   loops; and a tokenizer state machine where goto re-enters the dispatching switch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef long NTSTATUS;
#define STATUS_SUCCESS 0L
#define STATUS_NO_MEMORY ((NTSTATUS)0xC0000017L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_NAME_TOO_LONG ((NTSTATUS)0xC0000106L)
#define NT_SUCCESS(s) ((NTSTATUS)(s) >= 0)

static int fail_at, calls, live;

static void *test_alloc(size_t n) {
    if (++calls == fail_at) return NULL;
    live++;
    return malloc(n);
}
static void test_free(void *p) {
    if (p) { live--; free(p); }
}

typedef struct { char *name; int *table; char *scratch; } Object;

/* one Cleanup label; on failure everything acquired is released */
static NTSTATUS create_object(const char *name, int size, Object **out) {
    NTSTATUS status;
    Object *obj = NULL;
    *out = NULL;
    if (size <= 0) { status = STATUS_INVALID_PARAMETER; goto Cleanup; }
    if (strlen(name) > 8) { status = STATUS_NAME_TOO_LONG; goto Cleanup; }
    obj = test_alloc(sizeof *obj);
    if (!obj) { status = STATUS_NO_MEMORY; goto Cleanup; }
    memset(obj, 0, sizeof *obj);
    obj->name = test_alloc(strlen(name) + 1);
    if (!obj->name) { status = STATUS_NO_MEMORY; goto Cleanup; }
    strcpy(obj->name, name);
    obj->table = test_alloc(sizeof(int) * (size_t)size);
    if (!obj->table) { status = STATUS_NO_MEMORY; goto Cleanup; }
    for (int k = 0; k < size; k++) obj->table[k] = k * k;
    obj->scratch = test_alloc(16);
    if (!obj->scratch) { status = STATUS_NO_MEMORY; goto Cleanup; }
    test_free(obj->scratch);     /* scratch only needed while building */
    obj->scratch = NULL;
    *out = obj;
    obj = NULL;
    status = STATUS_SUCCESS;
Cleanup:
    if (obj) {
        test_free(obj->scratch);
        test_free(obj->table);
        test_free(obj->name);
        test_free(obj);
    }
    return status;
}

/* a ladder of labels: each failure jumps to the label that undoes exactly what was done so far */
static int pipeline(int *stage_reached) {
    int result = -1;
    char *a, *b, *c;
    *stage_reached = 0;
    a = test_alloc(8);
    if (!a) goto Exit0;
    *stage_reached = 1;
    b = test_alloc(8);
    if (!b) goto Exit1;
    *stage_reached = 2;
    c = test_alloc(8);
    if (!c) goto Exit2;
    *stage_reached = 3;
    strcpy(a, "ab");
    strcpy(b, "cd");
    strcpy(c, "ef");
    result = (int)(strlen(a) + strlen(b) + strlen(c));
    test_free(c);
Exit2:
    test_free(b);
Exit1:
    test_free(a);
Exit0:
    return result;
}

static int find3(int target, int *pi, int *pj, int *pk) {
    int i, j, k;
    for (i = 0; i < 6; i++)
        for (j = 0; j < 6; j++)
            for (k = 0; k < 6; k++)
                if (i * 36 + j * 6 + k == target && (i + j + k) % 2 == 0) goto found;
    return 0;
found:
    *pi = i; *pj = j; *pk = k;
    return 1;
}

enum { S_START, S_NUMBER, S_WORD, S_DONE };

static void tokenize(const char *s) {
    int state = S_START, value = 0, len = 0, tokens = 0;
    const char *p = s;
dispatch:
    switch (state) {
    case S_START:
        if (*p == 0) { state = S_DONE; goto dispatch; }
        if (*p >= '0' && *p <= '9') { state = S_NUMBER; value = 0; goto dispatch; }
        if (*p >= 'a' && *p <= 'z') { state = S_WORD; len = 0; goto dispatch; }
        p++;
        goto dispatch;
    case S_NUMBER:
        while (*p >= '0' && *p <= '9') value = value * 10 + (*p++ - '0');
        printf(" N(%d)", value);
        tokens++;
        state = S_START;
        goto dispatch;
    case S_WORD:
        while (*p >= 'a' && *p <= 'z') { len++; p++; }
        printf(" W(%.*s)", len, p - len);
        tokens++;
        state = S_START;
        goto dispatch;
    case S_DONE:
        break;
    }
    printf(" => %d tokens\n", tokens);
}

int main(void) {
    static const struct { const char *name; int size; } reqs[] = { { "table", 5 }, { "bad", 0 }, { "waytoolongname", 3 } };
    for (int r = 0; r < 3; r++) {
        for (fail_at = 0; fail_at <= 5; fail_at++) {
            Object *o;
            calls = 0;
            NTSTATUS st = create_object(reqs[r].name, reqs[r].size, &o);
            printf("%s fail_at=%d status=%08lx live=%d", reqs[r].name, fail_at, (unsigned long)st, live);
            if (NT_SUCCESS(st)) {
                printf(" -> %s table[4]=%d", o->name, o->table[4]);
                test_free(o->table);
                test_free(o->name);
                test_free(o);
            }
            printf(" calls=%d\n", calls);
            if (!NT_SUCCESS(st) && live != 0) return 99;
        }
    }
    for (fail_at = 0; fail_at <= 4; fail_at++) {
        int stage;
        calls = 0;
        int res = pipeline(&stage);
        printf("pipeline fail_at=%d result=%d stage=%d live=%d\n", fail_at, res, stage, live);
    }
    int i, j, k;
    int targets[] = { 0, 7, 43, 100, 215, 216 };
    for (int t = 0; t < 6; t++) {
        if (find3(targets[t], &i, &j, &k)) printf("find3(%d) = %d,%d,%d\n", targets[t], i, j, k);
        else printf("find3(%d) not found\n", targets[t]);
    }
    printf("tokens:");
    tokenize("abc 12+x9 zz 007 q");
    printf("tokens:");
    tokenize("");
    return live == 0 ? 3 : 4;
}
