using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// Constructs nt2cs cannot translate with exact semantics stop the translation with an error at the construct,
/// naming it; they never produce code.
/// </summary>
public sealed class UnsupportedConstructTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        {
            "setjmp inside __try",
            "#include <setjmp.h>\n#include <excpt.h>\njmp_buf env;\nint f(void) {\n    __try {\n        if (setjmp(env)) return 1;\n    } __finally { }\n    return 0;\n}\n",
            "6:13: error: unsupported: setjmp inside __try, __except or __finally"
        },
        {
            "the address of _alloca",
            "#include <malloc.h>\ntypedef void *(*allocator)(unsigned);\nallocator f(void) { return &_alloca; }\n",
            "3:29: error: builtin functions must be directly called" // the frame's exit relies on it (LayOutFrames)
        },
        {
            "an alignment given as a type",
            "_Alignas(double) char x;\nint main(void) { return x; }\n",
            "1:23: error: unsupported: alignment 'double' on 'x' (only an integer constant that is a power of two)"
        },
        {
            "offsetof with a variable subscript",
            "#include <stddef.h>\nstruct s { int a[4]; };\nunsigned f(int i) { return offsetof(struct s, a[i]); }\n",
            "error: unsupported: offsetof with a subscript that is not a constant"
        },
        {
            "a statement expression in an operand evaluated conditionally",
            "int f(int a) { return a > 0 && ({ int b = a * 2; b > 3; }); }\n",
            "1:32: error: unsupported: statement expression (GNU extension) in an operand evaluated conditionally (of &&, ||, ?: or after a comma)"
        },
        {
            "a statement expression in a loop's condition",
            "int f(int a) { while (({ a--; a; }) > 0) { } return a; }\n",
            "1:23: error: unsupported: statement expression (GNU extension) in a loop's condition or increment, or outside a function"
        },
        {
            "a _Generic selection whose choice libclang does not show",
            "typedef int T;\nchar f(int x) { return _Generic(x, T: \"ab\", long: \"cd\", default: \"ef\")[0]; }\n",
            "2:24: error: unsupported: _Generic selection between associations of the same type (which one clang chose cannot be told)"
        },
        {
            "a GNU range designator whose value has side effects",
            "int f(void);\nint main(void) { int a[4] = { [0 ... 3] = f() }; return a[0]; }\nint f(void) { return 1; }\n",
            "error: unsupported: a range designator whose value has side effects (GNU evaluates it once)"
        },
        {
            "a call through a declaration without a prototype whose count the definition does not take",
            "int twice();\nint main(void) { return twice(1, 2); }\nint twice(int x) { return x * 2; }\n",
            "2:25: error: call of 'twice' with 2 argument(s) through a declaration without a prototype; its definition takes 1 (undefined behaviour in C)"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsAnErrorAtTheConstruct(string what, string source, string diagnostic)
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-unsupported-");
        try
        {
            var path = Path.Combine(directory.FullName, "prog.c");
            File.WriteAllText(path, source);
            var result = Translator.Translate([path], new TranslationOptions { SuppressWarnings = true });
            Assert.False(result.Succeeded, what);
            Assert.Empty(result.Files);
            Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(path + ":", StringComparison.Ordinal) && d.ToString().Contains(diagnostic));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
