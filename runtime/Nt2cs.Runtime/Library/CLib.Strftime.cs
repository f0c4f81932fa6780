using System.Globalization;
using System.Text;

namespace Nt2cs.Runtime;

/// <summary>
/// time.h's strftime in the C locale, with glibc's conversions (the ISO 8601 week-based %G %g %V, %s, %z, %P,
/// %k, %l…), its flags (<c>_</c> pad with spaces, <c>-</c> do not pad, <c>0</c> pad with zeros, <c>^</c> upper
/// case, <c>#</c> swap case), field widths and the ignored E and O modifiers; an unknown conversion is copied
/// as written. The result and its NUL must fit in size bytes, or strftime returns 0.
/// </summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static uint strftime(Ptr<sbyte> buffer, uint size, Ptr<sbyte> format, Ptr<tm> fields)
    {
        var output = new StringBuilder();
        FormatTime(output, Encoding.Latin1.GetString(CString(format)), fields.Address);
        var bytes = Encoding.Latin1.GetBytes(output.ToString());
        if ((uint)bytes.Length >= size)
            return 0;
        Store(buffer, bytes);
        return (uint)bytes.Length;
    }

    private static void FormatTime(StringBuilder output, string format, uint tm)
    {
        int Field(uint offset) => Mem.Ref<int>(tm + offset);
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 == format.Length)
            {
                output.Append(format[i]);
                continue;
            }
            int start = i++;
            char pad = '\0';
            bool upper = false, swap = false;
            for (; i < format.Length && format[i] is '_' or '-' or '0' or '^' or '#'; i++)
            {
                switch (format[i])
                {
                    case '^': upper = true; break;
                    case '#': swap = true; break;
                    default: pad = format[i]; break;
                }
            }
            int width = 0;
            for (; i < format.Length && char.IsAsciiDigit(format[i]); i++)
                width = Math.Min(width * 10 + (format[i] - '0'), 4096);
            if (i < format.Length && format[i] is 'E' or 'O')
                i++;
            if (i == format.Length)
            {
                output.Append(format, start, i - start);
                break;
            }
            char conversion = format[i];
            string? text = null;
            long number = 0;
            int digits = 0;
            char numberPad = '0';
            bool lowerCaseOnSwap = false;
            int hour12 = Field(TmHour) % 12 == 0 ? 12 : Field(TmHour) % 12;
            switch (conversion)
            {
                case 'a': text = DayName(Field(TmWday), 3); break;
                case 'A': text = DayName(Field(TmWday), 0); break;
                case 'b' or 'h': text = MonthName(Field(TmMon), 3); break;
                case 'B': text = MonthName(Field(TmMon), 0); break;
                case 'c': text = Nested("%a %b %e %H:%M:%S %Y", tm); break;
                case 'C': number = Calendar.FloorDiv(Field(TmYear) + 1900L, 100); digits = 2; break;
                case 'd': number = Field(TmMday); digits = 2; break;
                case 'D' or 'x': text = Nested("%m/%d/%y", tm); break;
                case 'e': number = Field(TmMday); digits = 2; numberPad = ' '; break;
                case 'F': text = Nested("%Y-%m-%d", tm); break;
                case 'G': number = IsoWeek(tm).Year; digits = 1; break;
                case 'g': number = ((IsoWeek(tm).Year % 100) + 100) % 100; digits = 2; break;
                case 'H': number = Field(TmHour); digits = 2; break;
                case 'I': number = hour12; digits = 2; break;
                case 'j': number = Field(TmYday) + 1; digits = 3; break;
                case 'k': number = Field(TmHour); digits = 2; numberPad = ' '; break;
                case 'l': number = hour12; digits = 2; numberPad = ' '; break;
                case 'm': number = Field(TmMon) + 1; digits = 2; break;
                case 'M': number = Field(TmMin); digits = 2; break;
                case 'n': text = "\n"; break;
                case 'p': text = Field(TmHour) >= 12 ? "PM" : "AM"; lowerCaseOnSwap = true; break;
                case 'P': text = Field(TmHour) >= 12 ? "pm" : "am"; break;
                case 'r': text = Nested("%I:%M:%S %p", tm); break;
                case 'R': text = Nested("%H:%M", tm); break;
                case 's': number = LocalSeconds(tm) - Field(TmGmtoff); digits = 1; break;
                case 'S': number = Field(TmSec); digits = 2; break;
                case 't': text = "\t"; break;
                case 'T' or 'X': text = Nested("%H:%M:%S", tm); break;
                case 'u': number = (Field(TmWday) + 6) % 7 + 1; digits = 1; break;
                case 'U': number = (Field(TmYday) - Field(TmWday) + 7) / 7; digits = 2; break;
                case 'V': number = IsoWeek(tm).Week; digits = 2; break;
                case 'w': number = Field(TmWday); digits = 1; break;
                case 'W': number = (Field(TmYday) - (Field(TmWday) + 6) % 7 + 7) / 7; digits = 2; break;
                case 'y': number = ((Field(TmYear) % 100) + 100) % 100; digits = 2; break;
                case 'Y': number = Field(TmYear) + 1900L; digits = 1; break;
                case 'z':
                {
                    int offset = Field(TmGmtoff);
                    int minutes = Math.Abs(offset) / 60;
                    text = (offset < 0 ? "-" : "+") + (minutes / 60 * 100 + minutes % 60).ToString("0000", CultureInfo.InvariantCulture);
                    break;
                }
                case 'Z': text = Mem.Ref<uint>(tm + TmZone) is var zone and not 0 ? Encoding.Latin1.GetString(CString(new Ptr<sbyte>(zone))) : ""; lowerCaseOnSwap = true; break;
                case '%': text = "%"; break;
                default:
                    output.Append(format, start, i - start + 1);
                    continue;
            }
            if (text is null)
            {
                bool negative = number < 0;
                string magnitude = Math.Abs(number).ToString(CultureInfo.InvariantCulture);
                char fill = pad switch { '_' => ' ', '0' => '0', _ => numberPad };
                int least = pad == '-' ? 0 : Math.Max(width, digits) - (negative ? 1 : 0);
                if (fill == '0')
                    text = (negative ? "-" : "") + magnitude.PadLeft(least, '0');
                else
                    text = ((negative ? "-" : "") + magnitude).PadLeft(pad == '-' ? 0 : Math.Max(width, digits), ' ');
            }
            else
            {
                if (upper || swap && !lowerCaseOnSwap)
                    text = text.ToUpperInvariant();
                else if (swap)
                    text = text.ToLowerInvariant();
                if (width > text.Length && pad != '-')
                    text = text.PadLeft(width, pad == '0' ? '0' : ' ');
            }
            output.Append(text);
        }
    }

    private static string Nested(string format, uint tm)
    {
        var output = new StringBuilder();
        FormatTime(output, format, tm);
        return output.ToString();
    }

    private static string DayName(int day, int length) =>
        (uint)day < 7 ? length > 0 ? WeekdayNames[day][..length] : WeekdayNames[day] : "?";

    private static string MonthName(int month, int length) =>
        (uint)month < 12 ? length > 0 ? MonthNames[month][..length] : MonthNames[month] : "?";

    /// <summary>The ISO 8601 week-based year and week of the date in struct tm (weeks start on Monday; week 1 has the year's first Thursday).</summary>
    private static (long Year, int Week) IsoWeek(uint tm)
    {
        long year = Mem.Ref<int>(tm + TmYear) + 1900L;
        int yday = Mem.Ref<int>(tm + TmYday);
        int wday = Mem.Ref<int>(tm + TmWday);
        // Days since the Monday of week 1, by the Thursday of this week.
        int weekdayFromMonday = (wday + 6) % 7;
        int thursday = yday - weekdayFromMonday + 3;
        if (thursday < 0)
        {
            year--;
            thursday += Calendar.IsLeap(year) ? 366 : 365;
        }
        else if (thursday >= (Calendar.IsLeap(year) ? 366 : 365))
        {
            thursday -= Calendar.IsLeap(year) ? 366 : 365;
            year++;
        }
        return (year, thursday / 7 + 1);
    }
}
