namespace Nt2cs.Runtime;

/// <summary>
/// time.h: the host's clock, and calendar time as glibc's i386 build computes it (time_t is a 32-bit long, so
/// a time outside 1901-12-13..2038-01-19 is EOVERFLOW). Local time follows TZ as glibc reads it
/// (<see cref="TimeZone"/>), read again at each call. gmtime and localtime share one result, as in glibc.
/// strftime is CLib.Strftime.cs.
/// </summary>
public static unsafe partial class CLib
{
    // struct tm's fields, glibc's i386 layout (44 bytes).
    private const uint TmSec = 0, TmMin = 4, TmHour = 8, TmMday = 12, TmMon = 16, TmYear = 20, TmWday = 24, TmYday = 28,
        TmIsdst = 32, TmGmtoff = 36, TmZone = 40;

    private static uint s_tmResult;
    private static uint s_asctimeResult;
    private static readonly Dictionary<string, uint> s_zoneNames = new(StringComparer.Ordinal);
    private static string? s_zoneFor;
    private static TimeZone s_zone = TimeZone.Utc;
    private static long s_cpuAtStart;

    private static void StartTime()
    {
        s_tmResult = 0;
        s_asctimeResult = 0;
        s_zoneNames.Clear();
        s_zoneFor = null;
        s_zone = TimeZone.Utc;
        s_cpuAtStart = Environment.CpuUsage.TotalTime.Ticks;
    }

    /// <summary>The zone TZ names now (read from the program's environment, as glibc's tzset does).</summary>
    private static TimeZone CurrentZone()
    {
        string? tz = EnvironmentValue("TZ");
        string key = tz ?? "\0unset";
        if (key != s_zoneFor)
        {
            s_zone = TimeZone.From(tz);
            s_zoneFor = key;
        }
        return s_zone;
    }

    [CFunction]
    public static void tzset() => CurrentZone();

    [CFunction]
    public static int time(Ptr<int> result)
    {
        int now = (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (!result.IsNull)
            result.W.Deref = now;
        return now;
    }

    /// <summary>
    /// Processor time in microseconds (CLOCKS_PER_SEC) since the run started, as glibc's clock counts a process's:
    /// here the host process's, all its threads (the runtime's own work included).
    /// </summary>
    [CFunction]
    public static int clock() =>
        (int)((Environment.CpuUsage.TotalTime.Ticks - s_cpuAtStart) / (TimeSpan.TicksPerMillisecond / 1000));

    [CFunction]
    public static double difftime(int end, int start) => (double)end - start;

    /// <summary>A guest string for a zone abbreviation, made once per name (tm_zone points at it).</summary>
    private static uint ZoneName(string name)
    {
        if (!s_zoneNames.TryGetValue(name, out uint address))
        {
            address = NewString(name).Address;
            s_zoneNames[name] = address;
        }
        return address;
    }

    /// <summary>Fills struct tm at <paramref name="tm"/> with <paramref name="utc"/> seen at <paramref name="kind"/>'s offset.</summary>
    private static void Breakdown(uint tm, long utc, TimeZone.Kind kind)
    {
        long local = utc + kind.Offset;
        long days = Calendar.FloorDiv(local, 86400);
        long second = local - days * 86400;
        var (year, month, day) = Calendar.CivilFromDays(days);
        Mem.RefW<int>(tm + TmSec) = (int)(second % 60);
        Mem.RefW<int>(tm + TmMin) = (int)(second / 60 % 60);
        Mem.RefW<int>(tm + TmHour) = (int)(second / 3600);
        Mem.RefW<int>(tm + TmMday) = day;
        Mem.RefW<int>(tm + TmMon) = month - 1;
        Mem.RefW<int>(tm + TmYear) = (int)(year - 1900);
        Mem.RefW<int>(tm + TmWday) = Calendar.Weekday(days);
        Mem.RefW<int>(tm + TmYday) = (int)(days - Calendar.DaysFromCivil(year, 1, 1));
        Mem.RefW<int>(tm + TmIsdst) = kind.Dst ? 1 : 0;
        Mem.RefW<int>(tm + TmGmtoff) = kind.Offset;
        Mem.RefW<uint>(tm + TmZone) = ZoneName(kind.Name);
    }

    private static uint TmResult()
    {
        if (s_tmResult == 0)
            s_tmResult = calloc(1, (uint)sizeof(tm)).Address;
        return s_tmResult;
    }

    [CFunction]
    public static Ptr<tm> gmtime_r(Ptr<int> t, Ptr<tm> result)
    {
        Breakdown(result.Address, t.Deref, new TimeZone.Kind(0, false, "GMT"));
        return result;
    }

    [CFunction]
    public static Ptr<tm> gmtime(Ptr<int> t) => gmtime_r(t, new Ptr<tm>(TmResult()));

    [CFunction]
    public static Ptr<tm> localtime_r(Ptr<int> t, Ptr<tm> result)
    {
        long utc = t.Deref;
        Breakdown(result.Address, utc, CurrentZone().At(utc));
        return result;
    }

    [CFunction]
    public static Ptr<tm> localtime(Ptr<int> t) => localtime_r(t, new Ptr<tm>(TmResult()));

    /// <summary>The fields of a struct tm as local seconds since the epoch, each field normalized into the next.</summary>
    private static long LocalSeconds(uint tm)
    {
        long month = Mem.Ref<int>(tm + TmMon);
        long year = Mem.Ref<int>(tm + TmYear) + 1900L + Calendar.FloorDiv(month, 12);
        month -= Calendar.FloorDiv(month, 12) * 12;
        long days = Calendar.DaysFromCivil(year, (int)month + 1, 1) + Mem.Ref<int>(tm + TmMday) - 1L;
        return days * 86400 + Mem.Ref<int>(tm + TmHour) * 3600L + Mem.Ref<int>(tm + TmMin) * 60L + Mem.Ref<int>(tm + TmSec);
    }

    /// <summary>A time_t for a result, or -1 with EOVERFLOW when 32 bits cannot hold it (the fields are left alone).</summary>
    private static int Representable(long t, uint tm, TimeZone.Kind kind)
    {
        if (t is < int.MinValue or > int.MaxValue)
        {
            SetErrno(EOVERFLOW);
            return -1;
        }
        Breakdown(tm, t, kind);
        return (int)t;
    }

    /// <summary>
    /// The time_t of local time <paramref name="fields"/>, normalizing them (and setting tm_wday and tm_yday). A
    /// positive tm_isdst asks for daylight time, zero for standard time, a negative one for whichever is in force.
    /// </summary>
    [CFunction]
    public static int mktime(Ptr<tm> fields)
    {
        uint tm = fields.Address;
        var zone = CurrentZone();
        long local = LocalSeconds(tm);
        // The offset in force at the guess, refined once (the guess may sit across a transition).
        long t = local - zone.At(local).Offset;
        t = local - zone.At(t).Offset;
        var kind = zone.At(t);
        int wanted = Mem.Ref<int>(tm + TmIsdst);
        if (wanted >= 0 && kind.Dst != wanted > 0 && zone.OfState(wanted > 0, t) is { } other)
        {
            t = local - other.Offset;
            kind = zone.At(t);
        }
        return Representable(t, tm, kind);
    }

    [CFunction]
    public static int timegm(Ptr<tm> fields) =>
        Representable(LocalSeconds(fields.Address), fields.Address, new TimeZone.Kind(0, false, "GMT"));

    /// <summary>"Sun Sep 16 01:03:52 1973\n", as glibc's asctime writes it.</summary>
    [CFunction]
    public static Ptr<sbyte> asctime(Ptr<tm> fields)
    {
        if (s_asctimeResult == 0)
            s_asctimeResult = calloc(1, 26 + 16).Address;
        uint tm = fields.Address;
        int weekday = Mem.Ref<int>(tm + TmWday), month = Mem.Ref<int>(tm + TmMon);
        string text = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{((uint)weekday < 7 ? WeekdayNames[weekday][..3] : "???")} {((uint)month < 12 ? MonthNames[month][..3] : "???")}{Mem.Ref<int>(tm + TmMday),3} {Mem.Ref<int>(tm + TmHour):00}:{Mem.Ref<int>(tm + TmMin):00}:{Mem.Ref<int>(tm + TmSec):00} {1900L + Mem.Ref<int>(tm + TmYear)}\n");
        var result = new Ptr<sbyte>(s_asctimeResult);
        Store(result, System.Text.Encoding.ASCII.GetBytes(text));
        return result;
    }

    [CFunction]
    public static Ptr<sbyte> ctime(Ptr<int> t) => asctime(localtime(t));

    private static readonly string[] WeekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}

/// <summary>C's <c>struct tm</c>, glibc's i386 layout; the program reads its fields through accessors the translator generates.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 44)]
[CTag("tm")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct tm
#pragma warning restore IDE1006, CS8981
{
}
