/* Ring-buffer queue, array stack and growable vector (realloc) implemented with structs. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { int buf[8]; unsigned head, tail, count; } Queue;
typedef struct { char items[16]; int top; } Stack;
typedef struct { int *data; int len, cap; } Vector;

static int q_push(Queue *q, int v) { if (q->count == 8) return 0; q->buf[q->tail] = v; q->tail = (q->tail + 1) % 8; q->count++; return 1; }
static int q_pop(Queue *q, int *out) { if (!q->count) return 0; *out = q->buf[q->head]; q->head = (q->head + 1) % 8; q->count--; return 1; }
static void s_push(Stack *s, char c) { s->items[++s->top] = c; }
static char s_pop(Stack *s) { return s->items[s->top--]; }
static int s_empty(const Stack *s) { return s->top < 0; }
static void v_push(Vector *v, int x) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1;
        v->data = realloc(v->data, v->cap * sizeof *v->data);
        printf("  grow to %d\n", v->cap);
    }
    v->data[v->len++] = x;
}

static int balanced(const char *s) {
    Stack st = { { 0 }, -1 };
    for (; *s; s++) {
        char c = *s;
        if (c == '(' || c == '[' || c == '{') s_push(&st, c);
        else if (c == ')' || c == ']' || c == '}') {
            if (s_empty(&st)) return 0;
            char o = s_pop(&st);
            if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return 0;
        }
    }
    return s_empty(&st);
}

int main(void) {
    Queue q = { { 0 }, 0, 0, 0 };
    for (int i = 1; i <= 10; i++) printf("push %d -> %d\n", i, q_push(&q, i * i));
    int v;
    for (int i = 0; i < 3; i++) if (q_pop(&q, &v)) printf("pop -> %d\n", v);
    for (int i = 20; i < 24; i++) q_push(&q, i);
    printf("count=%u head=%u tail=%u\n", q.count, q.head, q.tail);
    while (q_pop(&q, &v)) printf("%d ", v);
    printf("\nempty pop -> %d\n", q_pop(&q, &v));

    const char *tests[] = { "(a[b]{c})", "((", "([)]", "", "}{", "{[()()]}x", "(((())))" };
    for (int i = 0; i < 7; i++) printf("balanced(\"%s\") = %d\n", tests[i], balanced(tests[i]));

    /* reverse a string with the stack */
    Stack st = { { 0 }, -1 };
    const char *word = "stackful";
    for (const char *p = word; *p; p++) s_push(&st, *p);
    printf("reversed: ");
    while (!s_empty(&st)) putchar(s_pop(&st));
    putchar('\n');

    Vector vec = { NULL, 0, 0 };
    for (int i = 0; i < 20; i++) v_push(&vec, i * 3 - 7);
    printf("len=%d cap=%d\n", vec.len, vec.cap);
    long sum = 0;
    for (int i = 0; i < vec.len; i++) sum += vec.data[i];
    printf("sum=%ld last=%d\n", sum, vec.data[vec.len - 1]);
    /* shrink */
    vec.data = realloc(vec.data, 5 * sizeof *vec.data);
    vec.len = vec.cap = 5;
    for (int i = 0; i < vec.len; i++) printf("%d ", vec.data[i]);
    printf("\n");
    free(vec.data);

    /* queue of structs by value */
    typedef struct { int id; char kind; } Job;
    Job jobs[5] = { { 1, 'a' }, { 2, 'b' }, { 3, 'a' }, { 4, 'c' }, { 5, 'b' } };
    Job ring[4];
    int rh = 0, rt = 0, rc = 0, processed = 0;
    for (int i = 0; i < 5 || rc; ) {
        if (i < 5 && rc < 4) { ring[rt] = jobs[i++]; rt = (rt + 1) % 4; rc++; }
        else { Job j = ring[rh]; rh = (rh + 1) % 4; rc--; processed++; printf("job %d kind %c\n", j.id, j.kind); }
    }
    printf("processed=%d\n", processed);
    return 0;
}
