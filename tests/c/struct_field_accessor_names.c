#include <stdio.h>
struct api { int last_id; int set_last_id; int get_last_id; };
int main(void) { struct api a = { 1, 2, 3 }; a.set_last_id += a.last_id; printf("%d %d %d\n", a.last_id, a.set_last_id, a.get_last_id); return 0; }
