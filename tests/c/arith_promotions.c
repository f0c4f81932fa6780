/* Integer promotions of char/short operands, sizeof of promoted expressions,
   signedness of plain char, and results that C# would compute differently. */
#include <stdio.h>

static void show(const char *label, long long v) { printf("%-32s %lld\n", label, v); }

int main(void) {
    unsigned char uc1 = 200, uc2 = 100;
    signed char sc1 = -100, sc2 = 100;
    char c = 'A';
    unsigned short us1 = 60000, us2 = 10000;
    short s1 = -30000, s2 = 30000;
    unsigned int u = 1;

    show("uc1 + uc2", uc1 + uc2);
    show("uc2 - uc1", uc2 - uc1);
    show("(unsigned char)(uc1 + uc2)", (unsigned char)(uc1 + uc2));
    show("sc1 - sc2", sc1 - sc2);
    show("sc1 * sc2", sc1 * sc2);
    show("us1 + us2", us1 + us2);
    show("us2 - us1", us2 - us1);
    show("s1 - s2", s1 - s2);
    show("us1 * 2", us1 * 2);
    show("~uc1", ~uc1);
    show("~us1", ~us1);
    show("-uc1", -uc1);
    show("-us1", -us1);
    show("uc1 << 4", uc1 << 4);
    show("us1 << 8", us1 << 8);
    show("uc1 >> 3", uc1 >> 3);
    show("c + 1", c + 1);
    show("c * c", c * c);
    show("sizeof(uc1)", (long long)sizeof(uc1));
    show("sizeof(uc1 + uc2)", (long long)sizeof(uc1 + uc2));
    show("sizeof(+c)", (long long)sizeof(+c));
    show("sizeof(-s1)", (long long)sizeof(-s1));
    show("sizeof('a')", (long long)sizeof('a'));
    show("sizeof(s1 * s2)", (long long)sizeof(s1 * s2));
    show("sizeof(~us1)", (long long)sizeof(~us1));
    show("sizeof(c ? uc1 : sc1)", (long long)sizeof(c ? uc1 : sc1));
    show("sizeof(u + sc1)", (long long)sizeof(u + sc1));
    show("sizeof(c = 5)", (long long)sizeof(c = 5));
    show("c after sizeof", c);
    show("uc1 > sc1", uc1 > sc1);
    show("(unsigned char)sc1", (unsigned char)sc1);
    show("(signed char)uc1", (signed char)uc1);
    show("sc1 < u", sc1 < u);
    show("us1 < -1 (int compare)", us1 < -1);
    show("(unsigned short)-1 > 0", (unsigned short)-1 > 0);
    show("(unsigned short)-1", (unsigned short)-1);
    show("-1 < 0u", -1 < 0u);
    show("-1 < (unsigned char)0", -1 < (unsigned char)0);
    show("-1L < 0u", -1L < 0u);
    show("-1LL < 0u", -1LL < 0u);

    char hi = '\xff';
    show("hi", hi);
    show("(unsigned char)hi", (unsigned char)hi);
    show("hi == 0xff", hi == 0xff);
    show("hi == '\\xff'", hi == '\xff');
    show("hi + 1", hi + 1);
    show("'\\x80'", '\x80');
    show("'\\377'", '\377');

    unsigned char top = 0x80;
    show("top >> 7", top >> 7);
    show("(signed char)top >> 7", (signed char)top >> 7);
    show("(signed char)top / 2", (signed char)top / 2);
    show("top ^ 0xff", top ^ 0xff);
    show("~top & 0xff", ~top & 0xff);
    show("(unsigned char)~top", (unsigned char)~top);
    show("uc1 ^ sc1", uc1 ^ sc1);
    show("us1 | s1", us1 | s1);
    show("us1 & s1", us1 & s1);

    /* sum of chars in a loop: accumulates in int */
    const char *text = "Hello, \xe9t\xe9!";
    int sum = 0, usum = 0;
    for (const char *p = text; *p; p++) {
        sum += *p;
        usum += (unsigned char)*p;
    }
    show("signed char sum", sum);
    show("unsigned char sum", usum);
    return 0;
}
