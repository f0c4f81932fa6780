using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.RealPrograms;

/// <summary>
/// Lua 5.4's interpreter from Debian's source package, built natively and by nt2cs, runs each script of
/// tests/realprograms/lua: stdout and exit status must be the same. It is built as the package's makefile builds
/// its ISO C variant (LUA_COMPAT_5_3, no platform: no dlopen, no popen), with nt2cs's _WIN32 taken back, as Lua
/// would otherwise pick its Windows code. Scripts get a scratch directory as arg[1] and TZ=UTC.
/// </summary>
[Collection("GuestMemory")]
public sealed class LuaTests
{
    public static readonly RealProgram.Recipe Lua = new("lua5.4", "lua",
        [.. "lapi lcode lctype ldebug ldo ldump lfunc lgc llex lmem lobject lopcodes lparser lstate lstring ltable ltm lundump lvm lzio lauxlib lbaselib lcorolib ldblib liolib lmathlib loadlib loslib lstrlib ltablib lutf8lib linit lua"
            .Split(' ').Select(name => $"src/{name}.c")],
        Defines: ["LUA_COMPAT_5_3"], Undefines: ["_WIN32", "_MSC_VER"], IncludeDirectories: []);

    public static readonly string Directory = Repo.PathOf("tests", "realprograms", "lua");

    private static readonly Dictionary<string, string> s_environment = new() { ["TZ"] = "UTC", ["NT2CS_LUA_TEST"] = "set" };

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.lua").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void BehavesAsNative(string script)
    {
        var lua = RealProgram.Get(Lua);
        var path = Path.Combine(Directory, script);
        var nativeFiles = RealProgram.Scratch("lua");
        var translatedFiles = RealProgram.Scratch("lua");
        try
        {
            var native = lua.RunNative([path, nativeFiles], environment: s_environment);
            var translated = lua.RunTranslated([path, translatedFiles], environment: s_environment);
            RealProgram.AssertSame(native, translated, script);
        }
        finally
        {
            System.IO.Directory.Delete(nativeFiles, recursive: true);
            System.IO.Directory.Delete(translatedFiles, recursive: true);
        }
    }

    /// <summary>
    /// The other way to the interpreter: `nt2cs translate` writes it as a C# project, `dotnet build` builds it, and
    /// the built program runs scripts of the corpus as the native build does.
    /// </summary>
    [Fact]
    public void TranslatedIntoAProjectBehavesAsNative()
    {
        var lua = RealProgram.Get(Lua);
        var (work, environment) = Nt2csProcess.Scratch();
        try
        {
            var project = Path.Combine(work, "lua");
            var translate = Nt2csProcess.Run(
                [
                    "translate", .. Lua.Sources.Select(source => Path.Combine(lua.Tree, source)), "-o", project,
                    .. Lua.Defines.SelectMany(d => new[] { "-D", d }), .. Lua.Undefines.SelectMany(u => new[] { "-U", u }), "-w",
                ], work, environment);
            Assert.True(translate.Status == 0, translate.Stderr);
            var build = Processes.Run("dotnet", ["build", project, "-c", "Release", "-o", Path.Combine(work, "bin"), "-nologo", "-v", "q"],
                TimeSpan.FromMinutes(5), work);
            Assert.True(build.Status == 0, build.Output + build.Stderr);
            var program = Path.Combine(work, "bin", Path.GetFileNameWithoutExtension(Lua.Sources[0]) + ".dll");
            foreach (var script in new[] { "closures.lua", "coroutines_errors.lua", "gc_finalizers.lua", "io_files.lua", "str_format_float.lua" })
            {
                var path = Path.Combine(Directory, script);
                var files = RealProgram.Scratch("lua");
                try
                {
                    var native = lua.RunNative([path, files], environment: s_environment);
                    var built = Processes.Run("dotnet", [program, path, files], RealProgram.DefaultTimeout, work,
                        new Dictionary<string, string>(s_environment));
                    RealProgram.AssertSame(native, built, script + " (translated into a project)");
                }
                finally
                {
                    System.IO.Directory.Delete(files, recursive: true);
                }
            }
        }
        finally
        {
            System.IO.Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(Scripts().Count >= 40, "the Lua corpus needs at least 40 scripts");
}
