#include <stdio.h>
static int v;
int main(void){ __atomic_store_n(&v, 5, __ATOMIC_RELAXED); int x = __atomic_load_n(&v, __ATOMIC_RELAXED); printf("%d\n", x); return 0; }
