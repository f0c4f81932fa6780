using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Translation;

/// <summary>How the translation units of one image are linked: one definition per name, selectany excepted.</summary>
[Collection("GuestMemory")]
public sealed class LinkingTests
{
    private static string[] Write(params (string Name, string Text)[] files)
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-link-").FullName;
        return files.Select(f =>
        {
            var path = Path.Combine(directory, f.Name);
            File.WriteAllText(path, f.Text);
            return path;
        }).ToArray();
    }

    [Fact]
    public void SelectAnyDefinitionsInSeveralFilesAreOneObject()
    {
        var sources = Write(
            ("a.c", "#include <stdio.h>\n__declspec(selectany) int shared = 5;\nint bump(void);\nint main(void) { shared += 10; printf(\"%d %d\\n\", shared, bump()); return 0; }\n"),
            ("b.c", "__declspec(selectany) int shared = 5;\nint bump(void) { return ++shared; }\n"));
        var result = TranslatedC.TranslateAndRun(sources);
        Assert.Equal(0, result.Status);
        Assert.Equal("15 16\n", result.Output);
    }

    /// <summary>A struct one file only declares is the type another file defines under its tag: pointers pass between them.</summary>
    [Fact]
    public void AStructOneFileOnlyDeclaresIsTheTypeAnotherDefines()
    {
        var sources = Write(
            ("a.c", "#include <stdio.h>\nstruct counter;\nstruct counter *make(void);\nint bump(struct counter *c);\n" +
                    "int main(void) { struct counter *c = make(); bump(c); printf(\"%d\\n\", bump(c)); return 0; }\n"),
            ("b.c", "struct counter { int value; };\nstatic struct counter the;\nstruct counter *make(void) { the.value = 40; return &the; }\n" +
                    "int bump(struct counter *c) { return ++c->value; }\n"));
        var result = TranslatedC.TranslateAndRun(sources);
        Assert.Equal(0, result.Status);
        Assert.Equal("42\n", result.Output);
    }

    /// <summary>
    /// A struct with an anonymous struct member, from a header two files include after different anonymous types
    /// of their own (Lua's <c>Dyndata</c>): one type in both, so a pointer passes between them.
    /// </summary>
    [Fact]
    public void AStructWithAnAnonymousMemberIsOneTypeAcrossFiles()
    {
        var sources = Write(
            ("a.c", "#include <stdio.h>\nstatic struct { int unrelated; } first;\n#include \"list.h\"\nint total(struct holder *h);\n" +
                    "int main(void) { int items[3] = { 4, 5, 6 }; struct holder h = { { items, 3 }, 1 }; first.unrelated = total(&h);\n" +
                    "  printf(\"%d\\n\", first.unrelated); return 0; }\n"),
            ("b.c", "#include \"list.h\"\nint total(struct holder *h) { int s = h->tag; for (int i = 0; i < h->list.n; i++) s += h->list.arr[i]; return s; }\n"),
            ("list.h", "struct holder { struct { int *arr; int n; } list; int tag; };\n"));
        var result = TranslatedC.TranslateAndRun(sources[..2]);
        Assert.Equal(0, result.Status);
        Assert.Equal("16\n", result.Output);
    }

    /// <summary>Taking the address of a struct or array another file defines, in code and in static data.</summary>
    [Fact]
    public void AddressesOfAnotherFilesStructAndArrayObjects()
    {
        var sources = Write(
            ("a.c", "#include <stdio.h>\nstruct pair { int a, b; };\nextern struct pair shared;\nextern int table[4];\n" +
                    "static struct pair *held = &shared;\nstatic int (*rows)[4] = &table;\n" +
                    "int main(void) { struct pair *p = &shared; int (*t)[4] = &table; p->b = 7; (*t)[2] = 9;\n" +
                    "  printf(\"%d %d %d %d\\n\", held->a, held->b, (*rows)[2], p == held && t == rows); return 0; }\n"),
            ("b.c", "struct pair { int a, b; };\nstruct pair shared = { 3, 4 };\nint table[4] = { 1, 2, 3, 4 };\n"));
        var result = TranslatedC.TranslateAndRun(sources);
        Assert.Equal(0, result.Status);
        Assert.Equal("3 7 9 1\n", result.Output);
    }

    [Fact]
    public void OrdinaryDefinitionsInSeveralFilesAreAnError()
    {
        var sources = Write(("a.c", "int shared = 5;\nint main(void) { return shared; }\n"), ("b.c", "int shared = 5;\n"));
        var result = Translator.Translate(sources, new TranslationOptions());
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("b.c:1:5: error: multiple definition of 'shared'"));
    }
}
