/* strtod and strtof, correctly rounded: halfway cases between doubles (ties to even, and a tie broken by a
   digit far away), subnormals exact and inexact (ERANGE), overflow and underflow, hexadecimal significands
   with every rounding case, infinities and NaNs, and where parsing stops. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const cases[] = {
    "0", "-0", "1", "  +1.5e3xyz", "0.1", "1e23", "8.589973e9", "2.2250738585072011e-308",
    "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "1e-400", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e999",
    /* 2^53 + 1 and + 3: exactly halfway between two doubles, to even both ways. */
    "9007199254740993", "9007199254740995", "9007199254740993.0000000000000000000000000001",
    "0.500000000000000166533453693773481063544750213623046875",
    "123456789012345678901234567890123456789012345678901234567890e-40",
    "0x1p0", "0X1.8P+1", "0x.8p1", "0x1.fffffffffffff8p0", "0x1.fffffffffffff7p0", "0x1.00000000000008p0",
    "0x1.000000000000081p0", "0x1.00000000000018p0", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x0.0000000000001p-1022",
    "0x1p1024", "0x1.fffffffffffffp1023", "0x123456789abcdef0123p-40", "0x", "0xg", "0x.p1", "1e", "1e+", "-.5e-1",
    ".", "-", "+.e1", "inf", "-INFINITY", "infinit", "nan", "NaN(abc_1)", "nan(", "nan(x y)", "1.5E+2.5",
    "000000000000000000000000000000000000000001e-10",
};

int main(void)
{
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(cases[i], &end);
        int e1 = errno;
        errno = 0;
        float f = strtof(cases[i], NULL);
        int e2 = errno;
        printf("%-48s %a %.17g errno %d | %a %.9g errno %d | rest '%s'\n", cases[i], d, d, e1, (double)f, (double)f,
               e2, end);
    }
    printf("atof %g\n", atof("  -12.75e-1 "));
    return 0;
}
