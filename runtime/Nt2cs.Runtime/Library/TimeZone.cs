using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Runtime;

/// <summary>
/// A time zone as glibc reads TZ: a POSIX TZ string (<c>std offset [dst [offset] [,start[/time],end[/time]]]</c>,
/// names alphabetic or &lt;quoted&gt;, rules Jn, n or Mm.w.d) or a compiled zone file (TZif, RFC 8536) from the
/// system's zoneinfo directory, whose footer string covers the times after its last transition. Unset, TZ is
/// /etc/localtime as for glibc; empty or unreadable, it is UTC.
/// </summary>
internal sealed class TimeZone
{
    /// <summary>A local time type: seconds east of UTC, whether it is daylight time, its abbreviation.</summary>
    public readonly record struct Kind(int Offset, bool Dst, string Name);

    private Kind _standard = new(0, false, "UTC");
    private Kind? _daylight;
    private Rule _start;
    private Rule _end;

    // A zone file's transitions (UTC seconds) and the kind each starts; the footer rules after the last.
    private long[] _transitions = [];
    private Kind[] _kinds = [];
    private TimeZone? _footer;

    /// <summary>A DST rule: on which day (Julian without leap days, zero-based, or month/week/weekday) at what time.</summary>
    private readonly record struct Rule(char Form, int A, int B, int C, int Time);

    public static readonly TimeZone Utc = new();

    /// <summary>The zone TZ (<paramref name="tz"/>, null when unset) names.</summary>
    public static TimeZone From(string? tz)
    {
        tz ??= ":/etc/localtime";
        if (tz.Length == 0)
            return Utc;
        string name = tz.StartsWith(':') ? tz[1..] : tz;
        if (name.Length > 0 && !name.Contains("..", StringComparison.Ordinal))
        {
            string path = name.StartsWith('/') ? name : Path.Combine(Environment.GetEnvironmentVariable("TZDIR") ?? "/usr/share/zoneinfo", name);
            try
            {
                if (File.Exists(path) && FromFile(File.ReadAllBytes(path)) is { } file)
                    return file;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        if (!tz.StartsWith(':') && Parse(tz) is { } rules)
            return rules;
        // glibc falls back to UTC, under the name it could not use when it was a plausible one.
        return Utc;
    }

    /// <summary>The local time type in force at <paramref name="utc"/>.</summary>
    public Kind At(long utc)
    {
        if (_transitions.Length > 0 || _kinds.Length > 0)
        {
            if (_transitions.Length == 0 || utc < _transitions[0])
                return _kinds[0];
            if (utc >= _transitions[^1] && _footer is not null)
                return _footer.At(utc);
            int index = Array.BinarySearch(_transitions, utc);
            return _kinds[index >= 0 ? index + 1 : ~index];
        }
        if (_daylight is not { } daylight)
            return _standard;
        long year = Calendar.YearOf(utc + _standard.Offset);
        long start = RuleDay(_start, year) + _start.Time - _standard.Offset;
        long end = RuleDay(_end, year) + _end.Time - daylight.Offset;
        bool dst = start < end ? utc >= start && utc < end : !(utc >= end && utc < start);
        return dst ? daylight : _standard;
    }

    /// <summary>The offset a time of the other daylight state would have (mktime honours tm_isdst with it).</summary>
    public Kind? OfState(bool dst, long near)
    {
        if (_kinds.Length > 0)
        {
            if (_footer is not null && near >= _transitions[^1])
                return _footer.OfState(dst, near);
            int index = _transitions.Length == 0 ? 0 : Math.Max(0, Array.BinarySearch(_transitions, near) is var i && i >= 0 ? i : ~i - 1);
            for (int k = Math.Min(index + 1, _kinds.Length - 1); k >= 0; k--)
            {
                if (_kinds[k].Dst == dst)
                    return _kinds[k];
            }
            return null;
        }
        return dst ? _daylight : _standard;
    }

    /// <summary>The UTC second the rule's day starts in <paramref name="year"/> (local midnight, as UTC+0).</summary>
    private static long RuleDay(Rule rule, long year)
    {
        long first = Calendar.DaysFromCivil(year, 1, 1);
        switch (rule.Form)
        {
            case 'J':
                // 1..365, February 29 never counted.
                return (first + rule.A - 1 + (Calendar.IsLeap(year) && rule.A >= 60 ? 1 : 0)) * 86400;
            case 'n':
                return (first + rule.A) * 86400;
            default:
            {
                int month = rule.A, week = rule.B, weekday = rule.C;
                long day = Calendar.DaysFromCivil(year, month, 1);
                int firstWeekday = Calendar.Weekday(day);
                long date = day + (weekday - firstWeekday + 7) % 7 + 7 * (week - 1);
                int length = Calendar.DaysInMonth(year, month);
                while (date >= day + length)
                    date -= 7;
                return date * 86400;
            }
        }
    }

    /// <summary>A POSIX TZ string, or null when it is not one.</summary>
    private static TimeZone? Parse(string tz)
    {
        int at = 0;
        if (Name(tz, ref at) is not { } standardName || Offset(tz, ref at) is not { } standardOffset)
            return null;
        var zone = new TimeZone { _standard = new Kind(-standardOffset, false, standardName) };
        if (at == tz.Length)
            return zone;
        if (Name(tz, ref at) is not { } daylightName)
            return null;
        int daylightOffset = -standardOffset + 3600;
        if (at < tz.Length && tz[at] != ',')
        {
            if (Offset(tz, ref at) is not { } explicitOffset)
                return null;
            daylightOffset = -explicitOffset;
        }
        zone._daylight = new Kind(daylightOffset, true, daylightName);
        // Without rules, glibc takes the US rules.
        string rules = at < tz.Length ? tz[at..] : ",M3.2.0,M11.1.0";
        int r = 0;
        if (rules[r++] != ',' || RuleAt(rules, ref r) is not { } start || r >= rules.Length || rules[r++] != ','
            || RuleAt(rules, ref r) is not { } end || r != rules.Length)
            return null;
        zone._start = start;
        zone._end = end;
        return zone;
    }

    private static string? Name(string tz, ref int at)
    {
        int begin = at;
        if (at < tz.Length && tz[at] == '<')
        {
            int close = tz.IndexOf('>', at);
            if (close < 0 || close - at - 1 < 3)
                return null;
            at = close + 1;
            return tz[(begin + 1)..close];
        }
        while (at < tz.Length && char.IsAsciiLetter(tz[at]))
            at++;
        return at - begin >= 3 ? tz[begin..at] : null;
    }

    /// <summary>[+-]hh[:mm[:ss]] in seconds (west of UTC is positive, as POSIX writes it).</summary>
    private static int? Offset(string tz, ref int at)
    {
        int sign = 1;
        if (at < tz.Length && tz[at] is '+' or '-')
            sign = tz[at++] == '-' ? -1 : 1;
        if (Clock(tz, ref at) is not { } seconds)
            return null;
        return sign * seconds;
    }

    private static int? Clock(string tz, ref int at)
    {
        int total = 0;
        for (int part = 0; part < 3; part++)
        {
            if (part > 0)
            {
                if (at >= tz.Length || tz[at] != ':')
                    break;
                at++;
            }
            int begin = at, value = 0;
            while (at < tz.Length && char.IsAsciiDigit(tz[at]) && at - begin < 3)
                value = value * 10 + (tz[at++] - '0');
            if (at == begin)
                return null;
            total += value * (part == 0 ? 3600 : part == 1 ? 60 : 1);
        }
        return total;
    }

    private static Rule? RuleAt(string rules, ref int at)
    {
        char form;
        int a = 0, b = 0, c = 0;
        if (at < rules.Length && rules[at] == 'M')
        {
            form = 'M';
            at++;
            if (Number(rules, ref at) is not { } month || !Expect(rules, ref at, '.') || Number(rules, ref at) is not { } week
                || !Expect(rules, ref at, '.') || Number(rules, ref at) is not { } weekday)
                return null;
            (a, b, c) = (month, week, weekday);
            if (a is < 1 or > 12 || b is < 1 or > 5 || c > 6)
                return null;
        }
        else
        {
            form = 'n';
            if (at < rules.Length && rules[at] == 'J')
            {
                form = 'J';
                at++;
            }
            if (Number(rules, ref at) is not { } day)
                return null;
            a = day;
        }
        int time = 7200;
        if (at < rules.Length && rules[at] == '/')
        {
            at++;
            if (Offset(rules, ref at) is not { } explicitTime)
                return null;
            time = explicitTime;
        }
        return new Rule(form, a, b, c, time);
    }

    private static int? Number(string text, ref int at)
    {
        int begin = at, value = 0;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
            value = value * 10 + (text[at++] - '0');
        return at == begin ? null : value;
    }

    private static bool Expect(string text, ref int at, char c)
    {
        if (at >= text.Length || text[at] != c)
            return false;
        at++;
        return true;
    }

    /// <summary>A TZif file: version 2 and later's 64-bit data when present, and its footer.</summary>
    private static TimeZone? FromFile(byte[] data)
    {
        if (data.Length < 44 || Encoding.ASCII.GetString(data, 0, 4) != "TZif")
            return null;
        int Count(int at, int index) => (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at + 20 + 4 * index));
        int Length(int at, int timeSize) =>
            44 + Count(at, 3) * (timeSize + 1) + Count(at, 4) * 6 + Count(at, 5) + Count(at, 2) * (timeSize + 4) + Count(at, 1) + Count(at, 0);
        int header = 0, size = 4;
        if (data[4] >= '2')
        {
            header = Length(0, 4);
            size = 8;
            if (data.Length < header + 44)
                return null;
        }
        int transitions = Count(header, 3), types = Count(header, 4), chars = Count(header, 5);
        int p = header + 44;
        var zone = new TimeZone { _transitions = new long[transitions], _kinds = new Kind[Math.Max(1, types)] };
        for (int i = 0; i < transitions; i++, p += size)
            zone._transitions[i] = size == 8 ? BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(p)) : BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(p));
        var index = data.AsSpan(p, transitions).ToArray();
        p += transitions;
        int typesAt = p;
        p += types * 6;
        int namesAt = p;
        string NameAt(int i)
        {
            int end = Array.IndexOf(data, (byte)0, namesAt + i, chars - i);
            return Encoding.ASCII.GetString(data, namesAt + i, (end < 0 ? namesAt + chars : end) - namesAt - i);
        }
        var kinds = new Kind[types];
        for (int i = 0; i < types; i++)
        {
            var entry = data.AsSpan(typesAt + 6 * i);
            kinds[i] = new Kind(BinaryPrimitives.ReadInt32BigEndian(entry), entry[4] != 0, NameAt(entry[5]));
        }
        zone._kinds = new Kind[transitions + 1];
        zone._kinds[0] = types > 0 ? kinds[0] : new Kind(0, false, "UTC");
        for (int i = 0; i < transitions; i++)
            zone._kinds[i + 1] = kinds[index[i]];
        // The kind at index i + 1 starts at transition i; the first applies before any.
        if (size == 8)
        {
            int footer = header + Length(header, 8);
            if (footer < data.Length && data[footer] == '\n')
            {
                int close = Array.IndexOf(data, (byte)'\n', footer + 1);
                if (close > footer + 1)
                    zone._footer = Parse(Encoding.ASCII.GetString(data, footer + 1, close - footer - 1));
            }
        }
        return zone;
    }
}

/// <summary>The proleptic Gregorian calendar in days since 1970-01-01.</summary>
internal static class Calendar
{
    public static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) =>
        month == 2 ? (IsLeap(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    /// <summary>0 for Sunday.</summary>
    public static int Weekday(long days) => (int)(((days + 4) % 7 + 7) % 7);

    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yearOfEra = year - era * 400;
        long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719468;
        long era = (days >= 0 ? days : days - 146096) / 146097;
        long dayOfEra = days - era * 146097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    public static long YearOf(long seconds) => CivilFromDays(FloorDiv(seconds, 86400)).Year;

    public static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}
