/* va_arg in every syntactic position: declaration initialisers, assignments, a va_list of the same type read
   (va_arg(ap, char *)) next to a plain load of the list, through *&ap and an array element, and a struct. */
#include <stdarg.h>
#include <stdio.h>
typedef struct { short a; char b; } PAIR;
static const char *strings(int n, ...) {
    va_list ap; va_start(ap, n);
    const char *last = 0;
    char *copy = ap;            /* a load: same type, same extent */
    char *p;
    while (n-- > 0) { last = va_arg(ap, const char *); p = va_arg(ap, char *); printf("%s %s\n", last, p); }
    va_list *indirect = &ap;
    (void)copy;
    va_end(ap);
    return last;
}
static double mixed(int n, ...) {
    va_list ap; va_start(ap, n);
    va_list more[1];
    va_copy(more[0], ap);
    double d = va_arg(ap, double);
    int i = va_arg(*&ap, int);
    PAIR pr = va_arg(ap, PAIR);
    double again = va_arg(more[0], double);
    va_end(ap);
    return d + i + pr.a + pr.b + again;
}
int main(void) {
    PAIR pr = {3, 4};
    printf("%s\n", strings(2, "a", "b", "c", "d"));
    printf("%g\n", mixed(1, 2.5, 10, pr));
    return 0;
}
