/* Functions returning char, short and unsigned char whose every path returns from inside a switch (default
   included): C# still sees an end it must return from, and that return must have the function's own type. */
#include <stdio.h>

static char classify(char c) {
    switch (c) {
    case 'a': return 'A';
    case 'b': return 'B';
    default: return (char)(c - 1);
    }
}

static short scale(short s) {
    switch (s & 3) {
    case 0: return (short)(s * 2);
    case 1: return (short)-s;
    default: return s;
    }
}

static unsigned char flag(int v) {
    switch (v) {
    case 0: return 0;
    default: return 200;
    }
}

int main(void) {
    printf("%c %c %d\n", classify('a'), classify('b'), classify('z'));
    printf("%d %d %d\n", scale(8), scale(5), scale(-3));
    printf("%u %u\n", flag(0), flag(9));
    return classify('c');
}
