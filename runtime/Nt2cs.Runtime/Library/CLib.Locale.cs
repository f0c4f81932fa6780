namespace Nt2cs.Runtime;

/// <summary>
/// locale.h: the C locale is the only one, under the names glibc gives it ("C", "POSIX", and "C.UTF-8", whose
/// single-byte behaviour is C's). setlocale(…, "") takes the name from the environment as glibc does (LC_ALL,
/// then the category's variable, then LANG) and refuses, as glibc refuses a locale that is not installed (NULL),
/// any other name; localeconv describes the C locale. strcoll and strxfrm (string.h) are strcmp and a copy.
/// </summary>
public static unsafe partial class CLib
{
    private static readonly string[] s_categoryNames =
    [
        "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME",
        "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
    ];

    private static string s_locale = "C";
    private static readonly Dictionary<string, uint> s_localeNames = new(StringComparer.Ordinal);
    private static uint s_lconv;

    private static void StartLocale()
    {
        s_locale = "C";
        s_localeNames.Clear();
        s_lconv = 0;
    }

    [CFunction]
    public static Ptr<sbyte> setlocale(int category, Ptr<sbyte> locale)
    {
        if ((uint)category >= (uint)s_categoryNames.Length)
        {
            SetErrno(EINVAL);
            return default;
        }
        if (!locale.IsNull)
        {
            string name = GuestText(locale);
            if (name.Length == 0)
            {
                name = new[] { "LC_ALL", s_categoryNames[category], "LANG" }.Select(EnvironmentValue)
                    .FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "C";
            }
            if (name is not ("C" or "POSIX" or "C.UTF-8" or "C.utf8"))
                return default;
            // glibc names the POSIX locale "C".
            s_locale = name == "POSIX" ? "C" : name;
        }
        if (!s_localeNames.TryGetValue(s_locale, out uint address))
        {
            address = NewString(s_locale).Address;
            s_localeNames[s_locale] = address;
        }
        return new Ptr<sbyte>(address);
    }

    [CFunction]
    public static Ptr<lconv> localeconv()
    {
        if (s_lconv == 0)
        {
            s_lconv = calloc(1, (uint)sizeof(lconv)).Address;
            uint point = NewString(".").Address, empty = NewString("").Address;
            // Ten strings: decimal_point, then the nine empty ones.
            Mem.RefW<uint>(s_lconv) = point;
            for (uint i = 1; i < 10; i++)
                Mem.RefW<uint>(s_lconv + 4 * i) = empty;
            // Fourteen chars, each CHAR_MAX ("not available").
            for (uint i = 0; i < 14; i++)
                Mem.RefW<sbyte>(s_lconv + 40 + i) = sbyte.MaxValue;
        }
        return new Ptr<lconv>(s_lconv);
    }

    [CFunction]
    public static int strcoll(Ptr<sbyte> a, Ptr<sbyte> b) => strcmp(a, b);

    /// <summary>In the C locale the transformed string is the string: copied when it fits, its length returned.</summary>
    [CFunction]
    public static uint strxfrm(Ptr<sbyte> destination, Ptr<sbyte> source, uint size)
    {
        uint length = strlen(source);
        if (length < size)
            Mem.Copy(destination.Address, source.Address, length + 1);
        return length;
    }
}

/// <summary>C's <c>struct lconv</c>, glibc's i386 layout (ten strings, fourteen chars).</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 56)]
[CTag("lconv")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct lconv
#pragma warning restore IDE1006, CS8981
{
}
