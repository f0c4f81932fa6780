#include <stdio.h>
struct point { int x; };
int point(struct point *p) { return p->x; }
struct puts { int y; };
static int count;
struct count { int z; };
int main(void){ struct point p = {3}; struct puts q = {4}; struct count c = {5}; count = 1; printf("%d %d %d %d\n", point(&p), q.y, c.z, count); puts("ok"); return 0; }
