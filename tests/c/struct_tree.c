/* Binary search tree on the heap with recursive insert, traversals, height, delete. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Tree { int key; int count; struct Tree *left, *right; } Tree;

static Tree *insert(Tree *t, int key) {
    if (!t) { t = calloc(1, sizeof *t); t->key = key; t->count = 1; return t; }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    else t->count++;
    return t;
}
static void inorder(const Tree *t) { if (!t) return; inorder(t->left); printf(" %d", t->key); if (t->count > 1) printf("x%d", t->count); inorder(t->right); }
static void preorder(const Tree *t) { if (!t) return; printf(" %d", t->key); preorder(t->left); preorder(t->right); }
static void postorder(const Tree *t) { if (!t) return; postorder(t->left); postorder(t->right); printf(" %d", t->key); }
static int height(const Tree *t) { if (!t) return 0; int l = height(t->left), r = height(t->right); return 1 + (l > r ? l : r); }
static int size(const Tree *t) { return t ? 1 + size(t->left) + size(t->right) : 0; }
static int sum(const Tree *t) { return t ? t->key * t->count + sum(t->left) + sum(t->right) : 0; }
static const Tree *find(const Tree *t, int key) {
    while (t && t->key != key) t = key < t->key ? t->left : t->right;
    return t;
}
static Tree *remove_key(Tree *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->left = remove_key(t->left, key);
    else if (key > t->key) t->right = remove_key(t->right, key);
    else {
        if (!t->left) { Tree *r = t->right; free(t); return r; }
        if (!t->right) { Tree *l = t->left; free(t); return l; }
        Tree *m = t->right;
        while (m->left) m = m->left;
        t->key = m->key; t->count = m->count;
        m->count = 1;
        t->right = remove_key(t->right, m->key);
    }
    return t;
}
static void free_tree(Tree *t) { if (!t) return; free_tree(t->left); free_tree(t->right); free(t); }
static void print_level(const Tree *t, int level) {
    if (!t) return;
    if (level == 0) { printf(" %d", t->key); return; }
    print_level(t->left, level - 1);
    print_level(t->right, level - 1);
}

int main(void) {
    int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 20, 85, 10, 50 };
    Tree *root = NULL;
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++) root = insert(root, keys[i]);
    printf("inorder:"); inorder(root); printf("\n");
    printf("preorder:"); preorder(root); printf("\n");
    printf("postorder:"); postorder(root); printf("\n");
    printf("height=%d size=%d sum=%d\n", height(root), size(root), sum(root));
    for (int l = 0; l < height(root); l++) { printf("level %d:", l); print_level(root, l); printf("\n"); }
    int probes[] = { 45, 46, 10, 85, 0 };
    for (int i = 0; i < 5; i++) {
        const Tree *f = find(root, probes[i]);
        printf("find %d: %s", probes[i], f ? "yes" : "no");
        if (f) printf(" count=%d leaf=%d", f->count, !f->left && !f->right);
        printf("\n");
    }
    root = remove_key(root, 30);
    printf("after remove 30:"); inorder(root); printf("\n");
    root = remove_key(root, 50);
    printf("after remove 50:"); inorder(root); printf(" root=%d\n", root->key);
    root = remove_key(root, 10);
    root = remove_key(root, 999);
    printf("after remove 10:"); preorder(root); printf("\n");
    printf("height=%d size=%d sum=%d\n", height(root), size(root), sum(root));
    free_tree(root);

    /* degenerate tree from sorted input */
    Tree *chain = NULL;
    for (int i = 0; i < 30; i++) chain = insert(chain, i);
    printf("chain height=%d size=%d sum=%d\n", height(chain), size(chain), sum(chain));
    free_tree(chain);
    return 0;
}
