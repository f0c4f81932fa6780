using System.Reflection.PortableExecutable;
using Nt2cs.Cli;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// nt2cs exec runs a program precompiled by crossgen2 (Cli/ReadyToRun.cs). The real programs' tests run Lua, zlib and
/// SQLite so; this one checks that precompiling happens at all here, and that a program whose loop-free functions
/// are called through a dispatch table runs from its precompiled file as the native build does.
/// </summary>
[Collection("GuestMemory")]
public sealed class ReadyToRunTests
{
    [Fact]
    public void APrecompiledProgramRunsAsTheNativeBuild()
    {
        Assert.True(ReadyToRun.Available, "crossgen2 is restored with the tool (Nt2cs.Cli.csproj's PackageDownload)");
        var source = Repo.PathOf("tests", "c", "fptr_interp.c");
        var translation = TranslatedC.Translate([source]);
        Assert.True(translation.Succeeded, string.Join("\n", translation.Diagnostics));
        var (assembly, errors) = CSharpCompiler.Compile("fptr_interp", translation.Files);
        Assert.True(assembly is not null, string.Join("\n", errors.Take(10)));

        var directory = RealProgram.Scratch("ready-to-run");
        var precompiled = Path.Combine(directory, "fptr_interp.r2r.dll");
        Assert.True(ReadyToRun.Precompile(assembly, precompiled), "crossgen2 precompiles the program");
        using (var pe = new PEReader(File.OpenRead(precompiled)))
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the file is a ReadyToRun image");

        var type = ProgramRunner.Load(assembly, precompiled, $"{translation.Namespace}.{translation.ClassName}", "fptr_interp");
        var image = (ImageDescriptor)type.GetField("__Image")!.GetValue(null)!;
        var translated = TranslatedC.Run(image, "fptr_interp", [], TimeSpan.FromMinutes(1));

        var executable = Path.Combine(directory, "fptr_interp");
        Assert.Null(NativeC.Build([source], executable));
        var native = NativeC.Run(executable, [], TimeSpan.FromMinutes(1));
        RealProgram.AssertSame(native, translated, "fptr_interp precompiled");
    }

    /// <summary>
    /// Under a diagnostic tool (dotnet-trace starts its target with DOTNET_DiagnosticPorts=…,suspend) crossgen2 must
    /// not inherit the port: it would wait at its start for a tool that never connects. This collection runs alone,
    /// so the variable set here reaches no other test's child process.
    /// </summary>
    [Fact]
    public async Task PrecompilingDoesNotWaitOnTheToolsDiagnosticPort()
    {
        var translation = TranslatedC.Translate([Repo.PathOf("tests", "c", "fptr_interp.c")]);
        var (assembly, errors) = CSharpCompiler.Compile("fptr_interp", translation.Files);
        Assert.True(assembly is not null, string.Join("\n", errors.Take(10)));
        var precompiled = Path.Combine(RealProgram.Scratch("ready-to-run-port"), "fptr_interp.r2r.dll");
        var port = Path.Combine(Path.GetTempPath(), $"nt2cs-no-tool-{Environment.ProcessId}.sock");
        Environment.SetEnvironmentVariable("DOTNET_DiagnosticPorts", port + ",suspend");
        try
        {
            var precompiling = Task.Run(() => ReadyToRun.Precompile(assembly, precompiled));
            var first = await Task.WhenAny(precompiling, Task.Delay(TimeSpan.FromMinutes(2)));
            Assert.True(first == precompiling, "crossgen2 waited on the inherited diagnostic port");
            Assert.True(await precompiling, "crossgen2 precompiles the program");
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_DiagnosticPorts", null);
        }
    }
}
