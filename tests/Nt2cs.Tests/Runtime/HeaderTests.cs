using System.Text.Json;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// runtime/include against the library: the headers compile warning-free for the translator's target, and the
/// functions they declare are exactly CLib's [CFunction]s, with parameter and return types mapped as the
/// translator maps them.
/// </summary>
public sealed class HeaderTests
{
    /// <summary>Every header shipped: a new one is covered without editing this test.</summary>
    private static readonly string[] s_headers = Directory.GetFiles(IncludeDirectory(), "*.h")
        .Concat(Directory.GetFiles(FreestandingDirectory(), "*.h"))
        .Select(Path.GetFileName)
        .Concat(Directory.GetFiles(Path.Combine(IncludeDirectory(), "sys"), "*.h").Select(h => "sys/" + Path.GetFileName(h)))
        .Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>The headers a freestanding program sees (a hosted one sees these too).</summary>
    private static string FreestandingDirectory() => Path.Combine(IncludeDirectory(), "freestanding");

    private static string IncludeDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "runtime", "include");
            if (File.Exists(Path.Combine(candidate, "stdio.h")))
                return candidate;
        }
        throw new InvalidOperationException("runtime/include not found above " + AppContext.BaseDirectory);
    }

    private static (int Status, string Stdout, string Stderr) Clang(string source, params string[] extra)
    {
        string file = Path.Combine(Path.GetTempPath(), $"nt2cs-headers-{Guid.NewGuid():N}.c");
        File.WriteAllText(file, source);
        try
        {
            string[] arguments =
            [
                "-fsyntax-only", "-target", "i686-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
                "-nostdinc", "-isystem", IncludeDirectory(), "-isystem", FreestandingDirectory(), .. extra, file,
            ];
            var run = Processes.Run(NativeC.Compiler, arguments, TimeSpan.FromMinutes(2));
            return (run.Status, run.Output, run.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string IncludeAll() => string.Concat(s_headers.Select(h => $"#include <{h}>\n"));

    [Fact]
    public void AllHeadersCompileWithoutWarnings()
    {
        const string use = """
            _Static_assert(sizeof(size_t) == 4 && sizeof(ptrdiff_t) == 4 && sizeof(wchar_t) == 2, "MSVC i386 types");
            _Static_assert(sizeof(long) == 4 && sizeof(int64_t) == 8 && sizeof(intptr_t) == 4, "MSVC i386 types");
            _Static_assert(sizeof(va_list) == 4 && sizeof(bool) == 1 && INT_MIN < 0 && SIZE_MAX == 0xffffffffu, "limits");
            static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
            static int sum(int n, ...) {
                va_list ap, copy;
                va_start(ap, n);
                va_copy(copy, ap);
                int total = 0;
                for (int i = 0; i < n; i++) total += va_arg(ap, int);
                va_end(copy);
                va_end(ap);
                return total;
            }
            int main(void) {
                int a[3] = { 3, 1, 2 };
                char buffer[64];
                qsort(a, 3, sizeof a[0], cmp);
                assert(a[0] == 1);
                snprintf(buffer, sizeof buffer, "%" PRId64 " %" PRIuPTR " %zu %s", INT64_MAX, (uintptr_t)a, offsetof(struct { char c; int x; }, x), strerror(errno));
                fprintf(stderr, "%d %g %c\n", sum(2, 1, 2), DBL_MAX, toupper(buffer[0]));
                return isdigit(buffer[0]) && a[0] == EXIT_SUCCESS ? EOF : (int)strlen(buffer);
            }
            """;
        var (status, _, errors) = Clang(IncludeAll() + use, "-Wall", "-Wextra", "-Werror");
        Assert.True(status == 0, errors);

        // assert.h may be included again to switch NDEBUG.
        (status, _, errors) = Clang("#include <assert.h>\n#define NDEBUG\n#include <assert.h>\nint main(void) { assert(0 && \"off\"); return 0; }\n",
            "-Wall", "-Werror");
        Assert.True(status == 0, errors);
    }

    [Fact]
    public void FreestandingHeadersStandAlone()
    {
        string source = string.Concat(Directory.GetFiles(FreestandingDirectory(), "*.h").Order(StringComparer.Ordinal)
            .Select(h => $"#include \"{h}\"\n")) + "int main(void) { return (int)offsetof(MACHINE_TRAP_FRAME, EFlags) - 16 + (int)sizeof(uint64_t) - 8; }\n";
        var (status, _, errors) = Clang(source, "-Wall", "-Wextra", "-Werror", "-ffreestanding");
        Assert.True(status == 0, errors);
    }

    [Fact]
    public void HeadersDeclareExactlyTheLibrarysFunctions()
    {
        var (status, json, errors) = Clang(IncludeAll(), "-Xclang", "-ast-dump=json");
        Assert.True(status == 0, errors);
        var declared = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(json))
        {
            foreach (var node in document.RootElement.GetProperty("inner").EnumerateArray())
            {
                if (node.GetProperty("kind").GetString() != "FunctionDecl"
                    || node.TryGetProperty("isImplicit", out var implicitDecl) && implicitDecl.GetBoolean())
                    continue;
                string name = node.GetProperty("name").GetString()!;
                // Compiler builtins (excpt.h's _exception_code…) are the translator's, not the library's.
                if (Nt2cs.Transpiler.Lowering.LinkSymbols.Builtins.Contains(name))
                    continue;
                string type = node.GetProperty("type").GetProperty("qualType").GetString()!;
                var parameters = node.TryGetProperty("inner", out var inner)
                    ? inner.EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "ParmVarDecl")
                        .Select(n => MapC(n.GetProperty("type").GetProperty("qualType").GetString()!)).ToList()
                    : [];
                if (node.TryGetProperty("variadic", out var variadic) && variadic.GetBoolean())
                    parameters.Add("Ptr<sbyte>");
                declared[name] = $"{MapC(type[..type.IndexOf('(')])} {name}({string.Join(", ", parameters)})";
            }
        }

        var library = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // The translator's own calls (variable-length arrays' stack helpers, __nt2cs_*) are in no header: C never names them.
        foreach (var method in Library.Functions.Concat(Library.IntrinsicFunctions).Where(m => !m.Name.StartsWith("__nt2cs_", StringComparison.Ordinal)))
        {
            var parameters = method.GetParameters().Select(p => CSharpName(p.ParameterType));
            library[method.Name] = $"{CSharpName(method.ReturnType)} {method.Name}({string.Join(", ", parameters)})";
        }

        Assert.True(declared.Count > 80, $"only {declared.Count} declarations found");
        Assert.Equal(string.Join("\n", library.Values), string.Join("\n", declared.Values));
    }

    /// <summary>The translator's mapping of a C type, as spelled by clang, to a C# type name.</summary>
    private static string MapC(string type, bool pointee = false)
    {
        type = type.Replace("restrict", "").Replace("const", "").Replace("volatile", "").Trim();
        if (type.Contains("(*)"))
            return "FnPtr";
        if (type.EndsWith('*'))
            return $"Ptr<{MapC(type[..^1], pointee: true)}>";
        return type switch
        {
            "void" => pointee ? "CVoid" : "void",
            "char" or "signed char" => "sbyte",
            "unsigned char" or "_Bool" => "byte",
            "short" => "short",
            "unsigned short" or "wchar_t" => "ushort",
            "int" or "long" or "ssize_t" or "off_t" or "time_t" or "clock_t" or "pid_t" => "int",
            "unsigned int" or "unsigned" or "unsigned long" or "size_t" or "mode_t" or "uid_t" or "gid_t" or "useconds_t" => "uint",
            "long long" or "__int64" => "long",
            "unsigned long long" or "unsigned __int64" => "ulong",
            "float" => "float",
            "double" or "long double" => "double",
            "va_list" => "Ptr<sbyte>",
            "jmp_buf" => "Ptr<int>",
            "FILE" or "struct _iobuf" => "_iobuf",
            "fpos_t" => "_G_fpos_t",
            "DIR" => "__dirstream",
            _ when type.StartsWith("struct ", StringComparison.Ordinal)
                && Nt2cs.Transpiler.Lowering.AssignNames.RuntimeHeaderRecords.TryGetValue(type["struct ".Length..], out var runtime) => runtime,
            "__sighandler_t" => "FnPtr",
            _ => throw new InvalidOperationException($"no mapping for C type '{type}'"),
        };
    }

    private static string CSharpName(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Ptr<>))
            return $"Ptr<{CSharpName(type.GetGenericArguments()[0])}>";
        return Type.GetTypeCode(type) switch
        {
            TypeCode.SByte => "sbyte",
            TypeCode.Byte => "byte",
            TypeCode.Int16 => "short",
            TypeCode.UInt16 => "ushort",
            TypeCode.Int32 => "int",
            TypeCode.UInt32 => "uint",
            TypeCode.Int64 => "long",
            TypeCode.UInt64 => "ulong",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            _ => type == typeof(void) ? "void" : type.Name,
        };
    }
}
