/* Programs that declare C library functions their own way (old code does, instead of including the header) and
   GNU typeof: the shape the program declares is the one its calls use. */
#include <stdio.h>

int strlen(char *s);               /* int, not size_t, and no const */
char *strcpy(char *, char *);
int atoi(char *);
long labs(long);
void *memset(void *, int, unsigned);

struct T { int a[8]; int b; };

int main(int argc, char **argv)
{
    char buffer[32];
    strcpy(buffer, "declared by the program");
    printf("%d %s\n", strlen(buffer), buffer);
    printf("%d %ld\n", atoi("-1234") + argc, labs(-77L));
    memset(buffer, 'z', 5);
    buffer[5] = 0;
    puts(buffer);
    int length = strlen("abc") - 4;   /* int arithmetic: negative, as declared */
    printf("%d\n", length);

    /* typeof of expressions and of type names, in declarations and casts. */
    int x = argc + 2;
    struct T t = { { [1 ... 5] = 9, [4 ... 7] = x + 1 }, 1 };
    typeof(t) copy = t;
    typeof(int[3]) three = {1, 2, 3};
    __typeof__(&x) px = &x;
    typeof(*px) y = (typeof(y))3.75;
    typeof(typeof(char) *) name = argv[0];
    printf("%d %d %u %d %d %d\n", copy.a[5], three[2], (unsigned)sizeof three, *px, y, name != 0);
    return 0;
}
