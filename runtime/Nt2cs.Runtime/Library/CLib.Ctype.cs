namespace Nt2cs.Runtime;

/// <summary>
/// ctype.h in the "C" locale: only ASCII characters have classes. The argument is an unsigned char value or
/// EOF; anything else has no class, and converts to itself, except that a negative char converts to its
/// unsigned char value as glibc's tables do.
/// A true result is the class's bit in glibc's classification table rather than 1, so a program that prints
/// isalpha(c) prints what it prints natively.
/// </summary>
public static unsafe partial class CLib
{
    // glibc's class bits, as its little-endian table stores them.
    private const int ClassUpper = 0x100;
    private const int ClassLower = 0x200;
    private const int ClassAlpha = 0x400;
    private const int ClassDigit = 0x800;
    private const int ClassXdigit = 0x1000;
    private const int ClassSpace = 0x2000;
    private const int ClassPrint = 0x4000;
    private const int ClassGraph = 0x8000;
    private const int ClassBlank = 0x1;
    private const int ClassCntrl = 0x2;
    private const int ClassPunct = 0x4;
    private const int ClassAlnum = 0x8;

    [CFunction]
    public static int isalnum(int c) => Classes(c) & ClassAlnum;

    [CFunction]
    public static int isalpha(int c) => Classes(c) & ClassAlpha;

    [CFunction]
    public static int isblank(int c) => Classes(c) & ClassBlank;

    [CFunction]
    public static int iscntrl(int c) => Classes(c) & ClassCntrl;

    [CFunction]
    public static int isdigit(int c) => Classes(c) & ClassDigit;

    [CFunction]
    public static int isgraph(int c) => Classes(c) & ClassGraph;

    [CFunction]
    public static int islower(int c) => Classes(c) & ClassLower;

    [CFunction]
    public static int isprint(int c) => Classes(c) & ClassPrint;

    [CFunction]
    public static int ispunct(int c) => Classes(c) & ClassPunct;

    [CFunction]
    public static int isspace(int c) => Classes(c) & ClassSpace;

    [CFunction]
    public static int isupper(int c) => Classes(c) & ClassUpper;

    [CFunction]
    public static int isxdigit(int c) => Classes(c) & ClassXdigit;

    [CFunction]
    public static int tolower(int c) => (uint)(c - 'A') < 26 ? c + ('a' - 'A') : AsUnsignedChar(c);

    [CFunction]
    public static int toupper(int c) => (uint)(c - 'a') < 26 ? c - ('a' - 'A') : AsUnsignedChar(c);

    /// <summary>glibc's case tables map a negative char (but EOF) to the unsigned char it stands for.</summary>
    private static int AsUnsignedChar(int c) => c is >= -128 and < -1 ? c & 0xFF : c;

    private static bool IsSpace(byte b) => isspace(b) != 0;

    /// <summary>The classes of <paramref name="c"/> in the C locale.</summary>
    private static int Classes(int c)
    {
        if ((uint)c >= 0x80)
            return 0;
        if (c == '\t')
            return ClassCntrl | ClassSpace | ClassBlank;
        if (c < 0x20 || c == 0x7F)
            return ClassCntrl | (c is >= '\n' and <= '\r' ? ClassSpace : 0);
        if (c == ' ')
            return ClassSpace | ClassPrint | ClassBlank;
        if ((uint)(c - '0') < 10)
            return ClassDigit | ClassXdigit | ClassAlnum | ClassPrint | ClassGraph;
        if ((uint)((c | 0x20) - 'a') < 26)
        {
            int hex = (uint)((c | 0x20) - 'a') < 6 ? ClassXdigit : 0;
            int letterCase = c >= 'a' ? ClassLower : ClassUpper;
            return ClassAlpha | ClassAlnum | ClassPrint | ClassGraph | hex | letterCase;
        }
        return ClassPunct | ClassPrint | ClassGraph;
    }
}
