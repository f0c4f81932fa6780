using System.Reflection;
using System.Text;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Loader;

/// <summary>
/// A hosted test program of tests/efi/loader linked with OS loader sources from nt-src/boot/efi (the parts that
/// need no firmware), translated and compiled once, run per input file: its stdout.
/// </summary>
internal sealed class LoaderProgram(string program, params string[] loaderFiles)
{
    private readonly Lazy<(Assembly Assembly, string TypeName)> _build = new(() =>
    {
        string loader = Repo.PathOf("nt-src", "boot", "efi");
        var sources = new[] { Repo.PathOf("tests", "efi", "loader", program + ".c") }
            .Concat(loaderFiles.Append("blrtl.c").Select(f => Path.Combine(loader, f))).ToList();
        var options = new TranslationOptions
        {
            IncludeDirectories = [loader, Repo.PathOf("nt-src", "public", "sdk", "inc"), Repo.PathOf("nt-src", "private", "ntos", "inc")],
        };
        var translation = TranslatedC.Translate(sources, options);
        Assert.True(translation.Succeeded, string.Join("\n", translation.Diagnostics));
        var (assembly, errors) = TranslatedC.CompileBatch([new TranslatedC.Program(program, translation)], program);
        Assert.True(assembly is not null, string.Join("\n", errors.Values));
        return (assembly!, $"{translation.Namespace}.{translation.ClassName}");
    });

    /// <summary>Runs it on <paramref name="file"/>: its output (status 0 or 1, the program's two outcomes).</summary>
    public string Run(string file)
    {
        var (assembly, typeName) = _build.Value;
        var run = TranslatedC.Run(assembly, typeName, program, [file], TimeSpan.FromMinutes(1));
        Assert.True(run.Status is 0 or 1, $"status {run.Status}: {run.Stderr}");
        return Encoding.UTF8.GetString(run.Stdout);
    }
}
