/* exit() called from nested functions with a status; output before exit is flushed. */
#include <stdio.h>
#include <stdlib.h>

static int level3(int v) {
    printf("level3(%d)\n", v);
    if (v > 40) {
        printf("level3: calling exit(42)\n");
        exit(42);
    }
    return v * 2;
}
static int level2(int v) { printf("level2(%d)\n", v); return level3(v + 1) + 1; }
static int level1(int v) { printf("level1(%d)\n", v); return level2(v * 2); }

int main(void) {
    int v = 1;
    for (int i = 0; i < 10; i++) {
        v = level1(v);
        printf("main: v=%d\n", v);
    }
    printf("not reached\n");
    return 0;
}
