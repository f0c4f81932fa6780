/* Names C# reserves for property accessors: a global id and a function get_id, string literals "id" and
   "get id" (each object, function and literal is a C# property or method somewhere, and a property id has a
   getter get_id). */
#include <stdio.h>
int id = 7;
static int count = 3;
int get_id(void) { return id + 1; }
static int get_count(void) { return count * 2; }
int set_id(int v) { id = v; return v; }
int main(void)
{
    printf("%d %d %d %s %s\n", get_id(), get_count(), set_id(4) + id, "get id", "id");
    return 0;
}
