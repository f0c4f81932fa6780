/* C11 _Generic: type names, type-generic function choice, integer constants, a default, and a controlling
   expression that is never evaluated. */
#include <stdio.h>
#include <stdlib.h>
#define TYPE_NAME(x) _Generic((x), int: "int", long: "long", double: "double", char *: "char *", default: "other")
#define ABS(x) _Generic((x), int: abs, long: labs)(x)
#define KIND(x) _Generic((x), int: 1, unsigned: 2, float: 3, default: 0)
static int calls;
static int bump(void) { return ++calls; }
int main(void)
{
    int i = -3;
    long l = -40000L;
    double d = 1.5;
    char *s = "x";
    short h = 2;
    printf("%s %s %s %s %s\n", TYPE_NAME(i), TYPE_NAME(l), TYPE_NAME(d), TYPE_NAME(s), TYPE_NAME(h));
    printf("%d %ld\n", ABS(i), ABS(l));
    printf("%d %d %d %d\n", KIND(i), KIND(3u), KIND(2.0f), KIND(d));
    printf("%d %d\n", _Generic(bump(), int: 5, default: 6), calls);
    return 0;
}
