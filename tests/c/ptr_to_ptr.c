/* Pointers to pointers: swapping, out-parameters, arrays of strings, linked updates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void swap_ptrs(int **a, int **b) { int *t = *a; *a = *b; *b = t; }
static void set_to_max(int **out, int *arr, int n) {
    *out = arr;
    for (int i = 1; i < n; i++) if (arr[i] > **out) *out = &arr[i];
}
static int alloc_array(int **out, int n) {
    *out = malloc(n * sizeof **out);
    if (!*out) return 0;
    for (int i = 0; i < n; i++) (*out)[i] = n - i;
    return n;
}
static void sort_strings(const char **v, int n) {
    for (int i = 1; i < n; i++) {
        const char *key = v[i];
        int j = i - 1;
        while (j >= 0 && strcmp(v[j], key) > 0) { v[j + 1] = v[j]; j--; }
        v[j + 1] = key;
    }
}

int main(void) {
    int x = 1, y = 2;
    int *px = &x, *py = &y;
    int **ppx = &px;
    printf("**ppx = %d\n", **ppx);
    swap_ptrs(&px, &py);
    printf("after swap: *px = %d, *py = %d, x = %d, y = %d\n", *px, *py, x, y);
    **ppx = 100;
    printf("after **ppx = 100: x = %d, y = %d\n", x, y);
    int ***pppx = &ppx;
    ***pppx += 5;
    printf("after ***pppx += 5: x = %d, y = %d\n", x, y);

    int arr[] = { 4, 9, 2, 9, 1 };
    int *maxp;
    set_to_max(&maxp, arr, 5);
    printf("max = %d at %d\n", *maxp, (int)(maxp - arr));

    int *heap = NULL;
    int n = alloc_array(&heap, 6);
    printf("allocated %d:", n);
    for (int i = 0; i < n; i++) printf(" %d", heap[i]);
    printf("\n");
    free(heap);

    const char *names[] = { "pear", "apple", "fig", "banana", "cherry", "apricot" };
    int count = (int)(sizeof names / sizeof names[0]);
    sort_strings(names, count);
    for (const char **it = names; it < names + count; it++) printf("%s%c", *it, it + 1 < names + count ? ',' : '\n');
    const char **pp = names + 2;
    printf("pp[0]=%s pp[-1]=%s *pp[1]=%c (*pp)[1]=%c pp[1][2]=%c\n", pp[0], pp[-1], *pp[1], (*pp)[1], pp[1][2]);
    printf("**++pp = %c\n", **++pp);
    printf("*++*pp... first char after increment: ");
    const char *tmp = *pp;
    printf("%c\n", *++tmp);

    /* 2D dynamic array via pointer to pointer */
    int rows = 4, cols = 5;
    int **grid = malloc(rows * sizeof *grid);
    for (int i = 0; i < rows; i++) {
        grid[i] = malloc(cols * sizeof **grid);
        for (int j = 0; j < cols; j++) grid[i][j] = (i + 1) * (j + 2);
    }
    /* swap rows 0 and 3 by swapping pointers */
    int *tr = grid[0]; grid[0] = grid[3]; grid[3] = tr;
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) printf("%4d", grid[i][j]);
        printf("\n");
    }
    for (int i = 0; i < rows; i++) free(grid[i]);
    free(grid);

    /* linked list insertion via pointer to pointer (no special head case) */
    struct node { int v; struct node *next; };
    struct node pool[6];
    struct node *head = NULL;
    int ins[] = { 5, 1, 9, 3, 7, 2 };
    for (int i = 0; i < 6; i++) {
        struct node **link = &head;
        while (*link && (*link)->v < ins[i]) link = &(*link)->next;
        pool[i].v = ins[i];
        pool[i].next = *link;
        *link = &pool[i];
    }
    printf("sorted list:");
    for (struct node *it = head; it; it = it->next) printf(" %d", it->v);
    printf("\n");
    /* remove odd values via pointer to pointer */
    for (struct node **link = &head; *link; ) {
        if ((*link)->v % 2) *link = (*link)->next;
        else link = &(*link)->next;
    }
    printf("evens:");
    for (struct node *it = head; it; it = it->next) printf(" %d", it->v);
    printf("\n");
    return 0;
}
