/* memmove (overlapping both ways), memcpy, memset, memcmp signs, memchr. */
#include <stdio.h>
#include <string.h>

static const char *sign(int v) { return v < 0 ? "<0" : v > 0 ? ">0" : "0"; }
static void dump(const char *tag, const unsigned char *p, int n) {
    printf("%s:", tag);
    for (int i = 0; i < n; i++) printf(" %d", p[i]);
    printf("\n");
}

int main(void) {
    char s[32] = "0123456789abcdef";
    memmove(s + 4, s, 8);    /* forward overlap */
    printf("memmove fwd: %s\n", s);
    strcpy(s, "0123456789abcdef");
    memmove(s, s + 5, 8);    /* backward overlap */
    printf("memmove back: %s\n", s);
    strcpy(s, "0123456789abcdef");
    memmove(s + 1, s, strlen(s) + 1);   /* shift right by one including NUL */
    s[0] = '>';
    printf("insert: %s\n", s);
    memmove(s, s + 1, strlen(s));       /* shift left (removes first char) */
    printf("remove: %s\n", s);
    memmove(s, s, 5);
    printf("self: %s\n", s);

    int arr[10];
    for (int i = 0; i < 10; i++) arr[i] = i;
    memmove(arr + 2, arr, 6 * sizeof arr[0]);
    printf("int memmove:");
    for (int i = 0; i < 10; i++) printf(" %d", arr[i]);
    printf("\n");

    unsigned char bytes[12];
    memset(bytes, 0xAB, sizeof bytes);
    memset(bytes + 3, 0, 4);
    memset(bytes + 9, 300, 2);    /* value converted to unsigned char: 44 */
    memset(bytes + 11, -1, 1);
    dump("memset", bytes, 12);
    int ints[4];
    memset(ints, 0xff, sizeof ints);
    printf("ints after memset 0xff: %d %d\n", ints[0], ints[3]);
    memset(ints, 0x01, sizeof ints);
    printf("ints after memset 0x01: %d (0x%x)\n", ints[1], (unsigned)ints[1]);

    unsigned char a[] = { 1, 2, 3, 200, 5 };
    unsigned char b[] = { 1, 2, 3, 100, 5 };
    unsigned char c[] = { 1, 2, 3, 200, 6 };
    printf("memcmp(a,b,5)=%s memcmp(b,a,5)=%s memcmp(a,c,5)=%s memcmp(a,c,4)=%s memcmp(a,b,3)=%s memcmp(a,b,0)=%s\n",
           sign(memcmp(a, b, 5)), sign(memcmp(b, a, 5)), sign(memcmp(a, c, 5)), sign(memcmp(a, c, 4)), sign(memcmp(a, b, 3)), sign(memcmp(a, b, 0)));
    char x1[] = "abc\x80", x2[] = "abc\x01";
    printf("memcmp high byte unsigned: %s\n", sign(memcmp(x1, x2, 4)));
    int i1 = 256, i2 = 1;   /* little endian: first byte 0x00 vs 0x01 */
    printf("memcmp(&256,&1) = %s\n", sign(memcmp(&i1, &i2, sizeof i1)));

    const char *hay = "find the needle in the haystack";
    const char *m = memchr(hay, 'n', strlen(hay));
    printf("memchr n -> %s\n", m);
    m = memchr(hay, 'z', strlen(hay));
    printf("memchr z -> %s\n", m ? m : "NULL");
    m = memchr(hay, '\0', strlen(hay) + 1);
    printf("memchr NUL at %d\n", (int)(m - hay));
    unsigned char hb[] = { 10, 200, 30, 255 };
    const unsigned char *hp = memchr(hb, 255, 4);
    printf("memchr 255 at %d\n", hp ? (int)(hp - hb) : -1);
    hp = memchr(hb, -56, 4);   /* -56 converted to unsigned char is 200 */
    printf("memchr -56 at %d\n", hp ? (int)(hp - hb) : -1);

    /* memcpy of structs and arrays */
    struct rec { int id; char tag[6]; } r1 = { 7, "seven" }, r2;
    memcpy(&r2, &r1, sizeof r1);
    r2.tag[0] = 'S';
    printf("r1=%d,%s r2=%d,%s\n", r1.id, r1.tag, r2.id, r2.tag);
    char grid[3][4];
    memset(grid, '.', sizeof grid);
    memcpy(grid[1], "XYZ", 3);
    for (int i = 0; i < 3; i++) printf("%.4s\n", grid[i]);
    /* rotate array by 3 using memmove and a temp */
    int rot[8] = { 1, 2, 3, 4, 5, 6, 7, 8 }, tmp[3];
    memcpy(tmp, rot, sizeof tmp);
    memmove(rot, rot + 3, 5 * sizeof rot[0]);
    memcpy(rot + 5, tmp, sizeof tmp);
    printf("rotated:");
    for (int i = 0; i < 8; i++) printf(" %d", rot[i]);
    printf("\n");
    /* return values */
    char dst[8] = { 0 };
    int ok1 = memcpy(dst, "abc", 4) == dst;
    int ok2 = memset(dst, 'q', 2) == dst;
    int ok3 = memmove(dst + 1, dst, 3) == dst + 1;
    printf("memcpy returns dst: %d, memset returns dst: %d, memmove returns dst: %d\n", ok1, ok2, ok3);
    printf("dst=%s\n", dst);
    return 0;
}
