namespace Nt2cs.Runtime;

/// <summary>
/// The environment (getenv, setenv, unsetenv) and the command processor. A run starts with the host process's
/// environment, as a native process inherits its parent's; changes stay in the run (TZ set here is what
/// localtime reads). There is no command processor: system(NULL) says so (0), system(command) and popen fail
/// with errno ENOSYS (-1, NULL), pclose of anything with ECHILD, so a program takes its documented
/// no-shell path instead of running host commands.
/// </summary>
public static unsafe partial class CLib
{
    private static readonly Dictionary<string, string> s_environment = new(StringComparer.Ordinal);

    /// <summary>getenv's results: one guest string per variable and value, so a pointer stays valid as in glibc.</summary>
    private static readonly Dictionary<string, uint> s_environmentStrings = new(StringComparer.Ordinal);

    private static void StartEnvironment()
    {
        s_environment.Clear();
        s_environmentStrings.Clear();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            s_environment[(string)entry.Key] = (string)entry.Value!;
    }

    /// <summary>Variables the host sets for this run over its own environment, before main.</summary>
    internal static void SetEnvironment(IReadOnlyDictionary<string, string>? variables)
    {
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
            s_environment[name] = value;
    }

    /// <summary>The run's value of <paramref name="name"/>, or null.</summary>
    internal static string? EnvironmentValue(string name) => s_environment.GetValueOrDefault(name);

    private static string GuestText(Ptr<sbyte> s) => System.Text.Encoding.UTF8.GetString(CString(s));

    [CFunction]
    public static Ptr<sbyte> getenv(Ptr<sbyte> name)
    {
        if (!s_environment.TryGetValue(GuestText(name), out var value))
            return default;
        string key = GuestText(name) + "=" + value;
        if (!s_environmentStrings.TryGetValue(key, out uint address))
        {
            address = NewString(value).Address;
            s_environmentStrings[key] = address;
        }
        return new Ptr<sbyte>(address);
    }

    [CFunction]
    public static int setenv(Ptr<sbyte> name, Ptr<sbyte> value, int overwrite)
    {
        string key = name.IsNull ? "" : GuestText(name);
        if (key.Length == 0 || key.Contains('='))
        {
            SetErrno(EINVAL);
            return -1;
        }
        if (overwrite != 0 || !s_environment.ContainsKey(key))
            s_environment[key] = GuestText(value);
        return 0;
    }

    [CFunction]
    public static int unsetenv(Ptr<sbyte> name)
    {
        string key = name.IsNull ? "" : GuestText(name);
        if (key.Length == 0 || key.Contains('='))
        {
            SetErrno(EINVAL);
            return -1;
        }
        s_environment.Remove(key);
        return 0;
    }

    [CFunction]
    public static int system(Ptr<sbyte> command)
    {
        if (command.IsNull)
            return 0;
        SetErrno(ENOSYS);
        return -1;
    }

    [CFunction]
    public static Ptr<_iobuf> popen(Ptr<sbyte> command, Ptr<sbyte> mode)
    {
        SetErrno(ENOSYS);
        return default;
    }

    [CFunction]
    public static int pclose(Ptr<_iobuf> stream)
    {
        SetErrno(ECHILD);
        return -1;
    }
}
