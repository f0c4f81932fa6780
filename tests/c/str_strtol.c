/* strtol/strtoul/strtoll/strtoull with bases and end pointers; atoi/atol; ERANGE. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

static void t_strtol(const char *s, int base) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld, consumed %d, rest \"%s\"%s\n", s, base, v, (int)(end - s), end, errno == ERANGE ? " ERANGE" : "");
}
static void t_strtoul(const char *s, int base) {
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, base);
    printf("strtoul(\"%s\", %d) = %lu, consumed %d%s\n", s, base, v, (int)(end - s), errno == ERANGE ? " ERANGE" : "");
}
static void t_strtoll(const char *s, int base) {
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, base);
    printf("strtoll(\"%s\", %d) = %lld, consumed %d%s\n", s, base, v, (int)(end - s), errno == ERANGE ? " ERANGE" : "");
}
static void t_strtoull(const char *s, int base) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, base);
    printf("strtoull(\"%s\", %d) = %llu, consumed %d%s\n", s, base, v, (int)(end - s), errno == ERANGE ? " ERANGE" : "");
}

int main(void) {
    t_strtol("12345", 10);
    t_strtol("   -42xyz", 10);
    t_strtol("+17", 10);
    t_strtol("0x1F", 16);
    t_strtol("0x1F", 0);
    t_strtol("0X7fffffff", 0);
    t_strtol("017", 0);
    t_strtol("017", 10);
    t_strtol("08", 0);
    t_strtol("1010102", 2);
    t_strtol("zz", 36);
    t_strtol("Zz9", 36);
    t_strtol("777", 8);
    t_strtol("abc", 10);
    t_strtol("", 10);
    t_strtol("-", 10);
    t_strtol("  +  5", 10);
    t_strtol("2147483647", 10);
    t_strtol("2147483648", 10);
    t_strtol("-2147483648", 10);
    t_strtol("-2147483649", 10);
    t_strtol("99999999999999999999", 10);
    t_strtol("0x", 16);
    t_strtol("0xg", 0);
    t_strtol("-0x10", 16);
    t_strtol("\t\n 7", 10);
    t_strtoul("4294967295", 10);
    t_strtoul("4294967296", 10);
    t_strtoul("-1", 10);
    t_strtoul("-4294967295", 10);
    t_strtoul("0xFFFFFFFF", 0);
    t_strtoul("0777", 0);
    t_strtoul("11111111111111111111111111111111", 2);
    t_strtoll("9223372036854775807", 10);
    t_strtoll("9223372036854775808", 10);
    t_strtoll("-9223372036854775808", 10);
    t_strtoll("-0x8000000000000000", 0);
    t_strtoll("123456789012", 10);
    t_strtoull("18446744073709551615", 10);
    t_strtoull("18446744073709551616", 10);
    t_strtoull("0xdeadbeefcafebabe", 16);
    t_strtoull("-2", 10);

    const char *ai[] = { "42", "-17", "  99 bottles", "+0", "3.99", "x5", "2147483647", "-2147483648", "0x10", "007" };
    for (int i = 0; i < 10; i++) printf("atoi(\"%s\") = %d, atol = %ld\n", ai[i], atoi(ai[i]), atol(ai[i]));

    /* parse a list of numbers with endptr chaining */
    const char *list = "10 -20 0x30 040 +5,6";
    const char *p = list;
    char *e;
    int sum = 0, n = 0;
    for (;;) {
        long v = strtol(p, &e, 0);
        if (e == p) break;
        sum += (int)v;
        n++;
        printf("  parsed %ld\n", v);
        p = e;
        if (*p == ',') p++;
    }
    printf("parsed %d numbers, sum %d\n", n, sum);
    /* NULL endptr allowed */
    printf("strtol with NULL endptr: %ld\n", strtol("-123", NULL, 10));
    printf("LONG_MAX=%ld LONG_MIN=%ld ULONG_MAX=%lu\n", LONG_MAX, LONG_MIN, ULONG_MAX);
    return 0;
}
