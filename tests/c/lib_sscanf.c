/* sscanf against glibc's: integer conversions with widths, bases and length modifiers (out of range is the
   strtol family's limit), strings, characters, scan sets, %n, suppression, floats, literal matching, and the
   result counting stored values or EOF when the input ends first. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    int a = -1, b = -1, c = -1, n = -1;
    unsigned u = 0;
    long long ll = 0;
    unsigned long long ull = 0;
    short h = 0;
    signed char hh = 0;
    char s[32], t[32], ch[4];
    double d = 0;
    float f = 0;
    int rc;

    rc = sscanf("| size 4096 pagesize 512", "| size %d pagesize %d", &a, &b);
    printf("%d: %d %d\n", rc, a, b);
    rc = sscanf("| 12: 0 1 ff 7f", "| %d: %x %x %x %x", &a, &b, &c, &n, (int *)&u);
    printf("%d: %d %d %d %d %u\n", rc, a, b, c, n, u);
    rc = sscanf("  -42 0x1F 017 0x", "%i %i %i %i", &a, &b, &c, &n);
    printf("%d: %d %d %d %d\n", rc, a, b, c, n);
    rc = sscanf("12345678", "%3d%2d%d", &a, &b, &c);
    printf("%d: %d %d %d\n", rc, a, b, c);
    rc = sscanf("99999999999 -99999999999 4294967296 -1", "%d %d %u %u", &a, &b, &u, (unsigned *)&c);
    printf("%d: %d %d %u %u\n", rc, a, b, u, (unsigned)c);
    rc = sscanf("9223372036854775808 18446744073709551615 70000 300", "%lld %llu %hd %hhd", &ll, &ull, &h, &hh);
    printf("%d: %lld %llu %d %d\n", rc, ll, ull, h, hh);
    rc = sscanf("hello world!", "%s %5s%n", s, t, &n);
    printf("%d: '%s' '%s' %d\n", rc, s, t, n);
    rc = sscanf("abc", "%2c", ch);
    ch[2] = 0;
    printf("%d: '%s'\n", rc, ch);
    rc = sscanf("key=value;rest", "%[a-z]=%[^;];%2s", s, t, ch);
    printf("%d: '%s' '%s'\n", rc, s, t);
    rc = sscanf("]x-y", "%[]x-]", s);
    printf("%d: '%s'\n", rc, s);
    rc = sscanf("1 2 3", "%*d %d %*d%n", &a, &n);
    printf("%d: %d %d\n", rc, a, n);
    rc = sscanf("3.25 -1e3 0x1p-2 nan", "%lf %f %lf %s", &d, &f, &d, s);
    printf("%d: %g %g '%s'\n", rc, d, f, s);
    rc = sscanf("100%", "%d%%", &a);
    printf("%d: %d\n", rc, a);
    a = 7;
    rc = sscanf("x1", "%d", &a);
    printf("mismatch %d: %d\n", rc, a);
    rc = sscanf("", "%d", &a);
    printf("empty %d\n", rc);
    rc = sscanf("   ", "%d", &a);
    printf("blank %d\n", rc);
    rc = sscanf("5", "%d %d", &a, &b);
    printf("short %d: %d\n", rc, a);
    rc = sscanf("abc", "abd");
    printf("literal %d\n", rc);
    rc = sscanf("-", "%d", &a);
    printf("sign only %d\n", rc);
    return 0;
}
