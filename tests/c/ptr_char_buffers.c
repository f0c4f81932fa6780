/* Hand-written string routines over char buffers using pointer walking. */
#include <stdio.h>

static unsigned my_strlen(const char *s) { const char *p = s; while (*p) p++; return (unsigned)(p - s); }
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static void reverse(char *s) {
    char *e = s + my_strlen(s);
    while (s < --e) { char t = *s; *s++ = *e; *e = t; }
}
static void to_upper(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 'a' - 'A'; }
static int count_char(const char *s, char c) { int n = 0; while (*s) n += *s++ == c; return n; }
static void squeeze(char *s, char c) {
    char *w = s;
    for (char *r = s; *r; r++) if (*r != c) *w++ = *r;
    *w = '\0';
}
static const char *skip_spaces(const char *s) { while (*s == ' ' || *s == '\t') s++; return s; }
static void utoa_base(unsigned v, unsigned base, char *out) {
    char tmp[40];
    char *t = tmp;
    do { unsigned d = v % base; *t++ = (char)(d < 10 ? '0' + d : 'a' + d - 10); v /= base; } while (v);
    while (t > tmp) *out++ = *--t;
    *out = 0;
}

int main(void) {
    char buf[64];
    my_strcpy(buf, "Hello");
    my_strcat(buf, ", ");
    my_strcat(buf, "world");
    printf("buf = \"%s\" len = %u\n", buf, my_strlen(buf));
    reverse(buf);
    printf("reversed = \"%s\"\n", buf);
    reverse(buf);
    to_upper(buf);
    printf("upper = \"%s\"\n", buf);
    printf("count 'L' = %d\n", count_char(buf, 'L'));
    squeeze(buf, 'L');
    printf("squeezed = \"%s\"\n", buf);

    const char *pairs[][2] = { { "abc", "abd" }, { "abc", "abc" }, { "b", "abc" }, { "", "a" }, { "a\xff", "a\x01" }, { "zz", "z" } };
    for (int i = 0; i < 6; i++) {
        int r = my_strcmp(pairs[i][0], pairs[i][1]);
        printf("cmp #%d: %s\n", i, r < 0 ? "<" : r > 0 ? ">" : "=");
    }
    printf("skip = \"%s\"\n", skip_spaces("   \t  indented"));

    char num[40];
    unsigned samples[] = { 0, 7, 255, 4096, 65535, 123456789, 4294967295u };
    for (int i = 0; i < 7; i++) {
        utoa_base(samples[i], 2, num);
        printf("%u: bin=%s", samples[i], num);
        utoa_base(samples[i], 16, num);
        printf(" hex=%s", num);
        utoa_base(samples[i], 36, num);
        printf(" b36=%s\n", num);
    }

    /* char arithmetic: caesar cipher */
    char text[] = "The Quick Brown Fox, 2024!";
    for (char *p = text; *p; p++) {
        if (*p >= 'a' && *p <= 'z') *p = (char)('a' + (*p - 'a' + 13) % 26);
        else if (*p >= 'A' && *p <= 'Z') *p = (char)('A' + (*p - 'A' + 13) % 26);
        else if (*p >= '0' && *p <= '9') *p = (char)('0' + (*p - '0' + 5) % 10);
    }
    printf("rot13 = %s\n", text);

    /* negative indices from the end pointer */
    const char *word = "pointer";
    const char *end = word + my_strlen(word);
    printf("end[-1]=%c end[-3]=%c end[-7]=%c\n", end[-1], end[-3], end[-7]);

    /* buffer filled char by char with embedded NUL */
    char parts[16];
    for (int i = 0; i < 15; i++) parts[i] = (char)('a' + i);
    parts[5] = '\0';
    parts[15] = '\0';
    printf("first = %s, second = %s\n", parts, parts + 6);
    printf("sizeof parts = %u, strlen = %u\n", (unsigned)sizeof parts, my_strlen(parts));

    /* signed char values in buffers */
    char hi[4] = { (char)0xe9, (char)0x80, 'A', 0 };
    for (int i = 0; i < 3; i++) printf("hi[%d] as int = %d, as unsigned = %u\n", i, hi[i], (unsigned char)hi[i]);
    int hist[4] = { 0 };
    for (const char *p = "mississippi"; *p; p++) {
        switch (*p) { case 'm': hist[0]++; break; case 'i': hist[1]++; break; case 's': hist[2]++; break; default: hist[3]++; }
    }
    printf("m=%d i=%d s=%d other=%d\n", hist[0], hist[1], hist[2], hist[3]);
    /* string literal indexing */
    printf("digit = %c, \"xyz\"[1] = %c, *\"abc\" = %c\n", "0123456789abcdef"[11], "xyz"[1], *"abc");
    return 0;
}
