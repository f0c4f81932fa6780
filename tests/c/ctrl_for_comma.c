/* for loops with comma expressions, multiple variables, empty clauses and unusual steps. */
#include <stdio.h>
#include <string.h>

int main(void) {
    /* two indices moving towards each other */
    const char *word = "racecar";
    int pal = 1;
    for (int i = 0, j = (int)strlen(word) - 1; i < j; i++, j--)
        if (word[i] != word[j]) { pal = 0; break; }
    printf("%s palindrome=%d\n", word, pal);

    /* fibonacci with comma in step */
    printf("fib:");
    for (int a = 0, b = 1, k = 0; k < 15; k++, b = a + b, a = b - a) printf(" %d", a);
    printf("\n");

    /* empty init, condition and step */
    int n = 0;
    for (;;) {
        if (++n == 7) break;
    }
    printf("n=%d\n", n);
    int m = 3;
    for (; m < 20; ) m *= 2;
    printf("m=%d\n", m);

    /* comma operator inside condition: last operand decides */
    int calls = 0, t;
    for (t = 0; calls++, t < 4; t++) ;
    printf("t=%d calls=%d\n", t, calls);

    /* loop variable shadowing */
    int s = 100;
    for (int s = 0; s < 3; s++) printf("inner s=%d ", s);
    printf("outer s=%d\n", s);

    /* nested for with dependent bounds and comma */
    int count = 0, total = 0;
    for (int i = 0; i < 6; i++)
        for (int j = i, k = 6 - i; j < k; j++, k--) count++, total += i * j + k;
    printf("count=%d total=%d\n", count, total);

    /* step by multiplication and shifts */
    printf("powers:");
    for (unsigned p = 1; p != 0 && p < 5000000u; p <<= 3) printf(" %u", p);
    printf("\n");
    printf("halving:");
    for (int h = 1000; h; h /= 3) printf(" %d", h);
    printf("\n");

    /* iterate over a string with pointer and index together */
    const char *str = "comma";
    int idx;
    const char *cp;
    for (idx = 0, cp = str; *cp; cp++, idx++) printf("%d:%c ", idx, *cp);
    printf("\n");

    /* reverse iteration with unsigned index */
    int arr[] = { 5, 10, 15, 20 };
    printf("rev:");
    for (unsigned i = sizeof arr / sizeof arr[0]; i-- > 0; ) printf(" %d", arr[i]);
    printf("\n");

    /* comma expression value and side effects in assignment */
    int x = 0, y = 0;
    int z = (x += 5, y = x * 3, x + y);
    printf("x=%d y=%d z=%d\n", x, y, z);
    /* comma in while condition */
    int w = 10, iters = 0;
    while (w -= 3, w > 0) iters++;
    printf("w=%d iters=%d\n", w, iters);
    /* for with char loop variable */
    printf("letters:");
    for (char c = 'a'; c <= 'z'; c += 5) printf(" %c", c);
    printf("\n");
    /* for with double loop variable */
    printf("dsteps:");
    for (double d = 0.0; d < 1.0; d += 0.25) printf(" %.2f", d);
    printf("\n");
    /* bubble sort with swapped flag in for header */
    int v[] = { 9, 4, 7, 1, 8, 2 };
    int swapped = 1, passes = 0;
    for (int end = 5; swapped && end > 0; end--, passes++) {
        swapped = 0;
        for (int i = 0; i < end; i++)
            if (v[i] > v[i + 1]) { int tmp = v[i]; v[i] = v[i + 1]; v[i + 1] = tmp; swapped = 1; }
    }
    printf("sorted in %d passes:", passes);
    for (int i = 0; i < 6; i++) printf(" %d", v[i]);
    printf("\n");
    return 0;
}
