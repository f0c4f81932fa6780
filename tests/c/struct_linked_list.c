/* Heap-allocated singly linked list: build, reverse, sort, delete, free. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node { int value; struct Node *next; } Node;

static Node *push_front(Node *head, int v) { Node *n = malloc(sizeof *n); n->value = v; n->next = head; return n; }
static Node *push_back(Node *head, int v) {
    Node *n = malloc(sizeof *n);
    n->value = v; n->next = NULL;
    if (!head) return n;
    Node *t = head;
    while (t->next) t = t->next;
    t->next = n;
    return head;
}
static void print(const char *tag, const Node *h) {
    printf("%s:", tag);
    for (; h; h = h->next) printf(" %d", h->value);
    printf("\n");
}
static int length(const Node *h) { int n = 0; while (h) { n++; h = h->next; } return n; }
static Node *reverse(Node *h) {
    Node *prev = NULL;
    while (h) { Node *nx = h->next; h->next = prev; prev = h; h = nx; }
    return prev;
}
static Node *remove_value(Node *h, int v) {
    Node dummy; dummy.next = h;
    Node *p = &dummy;
    while (p->next) {
        if (p->next->value == v) { Node *d = p->next; p->next = d->next; free(d); }
        else p = p->next;
    }
    return dummy.next;
}
static Node *merge(Node *a, Node *b) {
    Node dummy; Node *t = &dummy;
    while (a && b) {
        if (a->value <= b->value) { t->next = a; a = a->next; } else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return dummy.next;
}
static Node *sort(Node *h) {
    if (!h || !h->next) return h;
    Node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    Node *second = slow->next;
    slow->next = NULL;
    return merge(sort(h), sort(second));
}
static void free_list(Node *h) { while (h) { Node *n = h->next; free(h); h = n; } }
static Node *nth(Node *h, int i) { while (h && i--) h = h->next; return h; }

int main(void) {
    Node *list = NULL;
    for (int i = 1; i <= 5; i++) list = push_front(list, i * 10);
    for (int i = 1; i <= 4; i++) list = push_back(list, -i);
    print("built", list);
    printf("length=%d\n", length(list));
    list = reverse(list);
    print("reversed", list);
    list = push_back(list, 20);
    list = push_front(list, 20);
    print("with dups", list);
    list = remove_value(list, 20);
    print("removed 20", list);
    list = remove_value(list, 12345);
    printf("length=%d\n", length(list));
    list = sort(list);
    print("sorted", list);
    Node *third = nth(list, 3);
    printf("nth(3)=%d nth(100)=%s\n", third ? third->value : 0, nth(list, 100) ? "node" : "null");

    /* build a longer pseudo-random list and sort it */
    Node *big = NULL;
    unsigned seed = 7;
    for (int i = 0; i < 40; i++) { seed = seed * 1664525u + 1013904223u; big = push_front(big, (int)(seed >> 24) - 128); }
    big = sort(big);
    int ok = 1, count = 0;
    long sum = 0;
    for (Node *p = big; p; p = p->next) { count++; sum += p->value; if (p->next && p->value > p->next->value) ok = 0; }
    printf("big: count=%d sum=%ld sorted=%d min=%d max=%d\n", count, sum, ok, big->value, nth(big, count - 1)->value);
    print("big", big);
    /* merge two sorted lists */
    Node *m = merge(list, big);
    printf("merged length=%d\n", length(m));
    int prev = -1000, inversions = 0;
    for (Node *p = m; p; p = p->next) { if (p->value < prev) inversions++; prev = p->value; }
    printf("inversions=%d\n", inversions);
    free_list(m);

    /* circular detection with tortoise and hare */
    Node nodes[6];
    for (int i = 0; i < 6; i++) { nodes[i].value = i; nodes[i].next = i < 5 ? &nodes[i + 1] : &nodes[2]; }
    Node *s = nodes, *f = nodes;
    int steps = 0;
    do { s = s->next; f = f->next->next; steps++; } while (s != f);
    printf("cycle detected after %d steps at node %d\n", steps, s->value);
    return 0;
}
