using System.Reflection;
using System.Runtime.InteropServices;

namespace Nt2cs.Transpiler.Clang;

/// <summary>
/// Finds libclang 19: <c>NT2CS_LIBCLANG</c> if set, else Debian's <c>libclang-19.so.1</c>.
/// </summary>
public static class LibClangResolver
{
    public const string EnvironmentVariable = "NT2CS_LIBCLANG";

    private static readonly string[] s_candidates =
    [
        "libclang-19.so.1",
        "/usr/lib/llvm-19/lib/libclang-19.so.1",
        "/usr/lib/x86_64-linux-gnu/libclang-19.so.1",
        "/usr/lib/llvm-19/lib/libclang.so.1",
    ];

    private static int s_installed;
    private static nint s_handle;
    private static string? s_failure;

    /// <summary>Hooks the resolver into the runtime's library loading; safe to call more than once.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 1)
            return;
        NativeLibrary.SetDllImportResolver(typeof(LibClangResolver).Assembly, Resolve);
    }

    /// <summary>Loads libclang now; returns a one-line reason when it cannot be found.</summary>
    public static bool TryLoad(out string? failure)
    {
        Install();
        failure = null;
        if (s_handle != 0)
            return true;
        s_handle = Load();
        failure = s_failure;
        return s_handle != 0;
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibClang.Name)
            return 0;
        if (s_handle == 0)
            s_handle = Load();
        return s_handle;
    }

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetNativeEnvironment(string name, string value, int overwrite);

    private static nint Load()
    {
        // libclang's crash recovery installs LLVM's handlers for SIGFPE, SIGILL and SIGSEGV when an index is
        // created, taking over from .NET's: a translated program run in this process must still see its division
        // by zero as .NET's exception. libclang reads this from the native environment.
        SetNativeEnvironment("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
        var overridePath = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(overridePath))
        {
            if (NativeLibrary.TryLoad(overridePath, out var handle))
                return handle;
            s_failure = $"libclang not found at {EnvironmentVariable}={overridePath}";
            return 0;
        }
        foreach (var candidate in s_candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
                return handle;
        }
        s_failure = "libclang 19 (libclang-19.so.1) is not installed";
        return 0;
    }
}
