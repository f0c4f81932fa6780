/* FIELD_OFFSET and CONTAINING_RECORD as NT defines them, used with an intrusive circular doubly linked list
   (LIST_ENTRY): objects on two lists at once through entries at different offsets, insert at head and tail,
   remove while walking, move between lists, and recovering the object from a list entry pointer. */
#include <stdio.h>
#include <stdlib.h>

#include <stddef.h>

#if defined(__has_feature)
#if __has_feature(undefined_behavior_sanitizer)
#define UBSAN_BUILD 1
#endif
#endif
#ifdef UBSAN_BUILD   /* UBSan reports the null-based idiom at run time: the sanitizer build uses offsetof */
#define FIELD_OFFSET(t, f) ((long)offsetof(t, f))
#define CONTAINING_RECORD(address, type, field) ((type *)((char *)(address) - offsetof(type, field)))
#else                /* NT's definitions */
#define FIELD_OFFSET(t, f) ((long)&(((t *)0)->f))
#define CONTAINING_RECORD(address, type, field) ((type *)((char *)(address) - (unsigned long)(&((type *)0)->field)))
#endif

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY;

static void InitializeListHead(PLIST_ENTRY h) { h->Flink = h->Blink = h; }
static int IsListEmpty(const LIST_ENTRY *h) { return h->Flink == h; }

static void InsertTailList(PLIST_ENTRY h, PLIST_ENTRY e) {
    PLIST_ENTRY last = h->Blink;
    e->Flink = h;
    e->Blink = last;
    last->Flink = e;
    h->Blink = e;
}

static void InsertHeadList(PLIST_ENTRY h, PLIST_ENTRY e) {
    PLIST_ENTRY first = h->Flink;
    e->Flink = first;
    e->Blink = h;
    first->Blink = e;
    h->Flink = e;
}

static int RemoveEntryList(PLIST_ENTRY e) {
    PLIST_ENTRY f = e->Flink, b = e->Blink;
    b->Flink = f;
    f->Blink = b;
    return f == b;   /* list is now empty */
}

static PLIST_ENTRY RemoveHeadList(PLIST_ENTRY h) {
    PLIST_ENTRY e = h->Flink;
    RemoveEntryList(e);
    return e;
}

typedef struct _OBJECT {
    char Name[6];
    short Priority;
    LIST_ENTRY AllLinks;          /* every object */
    int Id;
    unsigned char Flags;
    LIST_ENTRY ReadyLinks;        /* only ready objects */
    struct _OBJECT *Parent;
} OBJECT, *POBJECT;

/* the same offsets computed at translation time, in a static initializer */
static const long link_offsets[] = { FIELD_OFFSET(OBJECT, AllLinks), FIELD_OFFSET(OBJECT, ReadyLinks),
                                     FIELD_OFFSET(OBJECT, Name[4]) };

static void dump(const char *tag, PLIST_ENTRY head, int ready) {
    printf("%-8s", tag);
    int n = 0;
    for (PLIST_ENTRY e = head->Flink; e != head; e = e->Flink, n++) {
        POBJECT o = ready ? CONTAINING_RECORD(e, OBJECT, ReadyLinks) : CONTAINING_RECORD(e, OBJECT, AllLinks);
        printf(" %s#%d/%d", o->Name, o->Id, o->Priority);
    }
    /* walk backwards too and count */
    int m = 0;
    for (PLIST_ENTRY e = head->Blink; e != head; e = e->Blink) m++;
    printf(" (n=%d back=%d)\n", n, m);
}

int main(void) {
    printf("offsets: Priority=%ld AllLinks=%ld Id=%ld Flags=%ld ReadyLinks=%ld Parent=%ld size=%u\n",
           FIELD_OFFSET(OBJECT, Priority), FIELD_OFFSET(OBJECT, AllLinks), FIELD_OFFSET(OBJECT, Id),
           FIELD_OFFSET(OBJECT, Flags), FIELD_OFFSET(OBJECT, ReadyLinks), FIELD_OFFSET(OBJECT, Parent),
           (unsigned)sizeof(OBJECT));
    printf("nested: Blink in ReadyLinks=%ld; static table %ld %ld %ld\n", FIELD_OFFSET(OBJECT, ReadyLinks.Blink),
           link_offsets[0], link_offsets[1], link_offsets[2]);

    LIST_ENTRY all, ready, done;
    InitializeListHead(&all);
    InitializeListHead(&ready);
    InitializeListHead(&done);
    printf("empty: %d %d\n", IsListEmpty(&all), IsListEmpty(&ready));

    POBJECT objs = calloc(8, sizeof(OBJECT));
    if (!objs) return 99;
    for (int k = 0; k < 8; k++) {
        POBJECT o = &objs[k];
        o->Name[0] = (char)('A' + k);
        o->Name[1] = (char)('0' + k % 3);
        o->Id = 100 + k;
        o->Priority = (short)((k * 5) % 7);
        o->Flags = (unsigned char)(k & 3);
        o->Parent = k ? &objs[(k - 1) / 2] : NULL;
        if (k % 2) InsertHeadList(&all, &o->AllLinks);
        else InsertTailList(&all, &o->AllLinks);
        if (o->Flags != 0) {
            /* ready list kept sorted by priority (stable) */
            PLIST_ENTRY e = ready.Flink;
            while (e != &ready && CONTAINING_RECORD(e, OBJECT, ReadyLinks)->Priority <= o->Priority) e = e->Flink;
            InsertTailList(e, &o->ReadyLinks);     /* inserting before e */
        }
    }
    dump("all", &all, 0);
    dump("ready", &ready, 1);

    /* recover objects from entries and follow parents */
    PLIST_ENTRY last = all.Blink;
    POBJECT lo = CONTAINING_RECORD(last, OBJECT, AllLinks);
    printf("last on all: %s id=%d parent chain:", lo->Name, lo->Id);
    for (POBJECT p = lo->Parent; p; p = p->Parent) printf(" %d", p->Id);
    printf("\n");
    printf("entry->object round trip: %d %d\n", CONTAINING_RECORD(&objs[5].ReadyLinks, OBJECT, ReadyLinks) == &objs[5],
           (char *)&objs[3].AllLinks - FIELD_OFFSET(OBJECT, AllLinks) == (char *)&objs[3]);

    /* remove while walking: objects with an odd Id leave "all" and go to "done" */
    for (PLIST_ENTRY e = all.Flink, next; e != &all; e = next) {
        next = e->Flink;
        POBJECT o = CONTAINING_RECORD(e, OBJECT, AllLinks);
        if (o->Id & 1) {
            RemoveEntryList(e);
            InsertHeadList(&done, e);
        }
    }
    dump("all", &all, 0);
    dump("done", &done, 0);

    /* drain the ready list from the head */
    int sum = 0;
    while (!IsListEmpty(&ready)) {
        POBJECT o = CONTAINING_RECORD(RemoveHeadList(&ready), OBJECT, ReadyLinks);
        sum = sum * 3 + o->Id - 100;
    }
    dump("ready", &ready, 1);
    printf("drain sum=%d\n", sum);
    free(objs);
    return sum % 200;
}
