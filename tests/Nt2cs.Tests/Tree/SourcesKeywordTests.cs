using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Images;

namespace Nt2cs.Tests.Tree;

/// <summary>
/// The sources-file keywords and module-definition files of NT's build, as the documentation of build.exe and of
/// MSVC's linker describe them: what nt2cs honours, and what it refuses by name rather than ignoring.
/// </summary>
public sealed class SourcesKeywordTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nt2cs-sources-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ImageSpec Spec(string sources, params (string Name, string Text)[] files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, "image")).FullName;
        File.WriteAllText(Path.Combine(directory, "sources"), sources);
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(directory, name), text);
        return ImageSpec.FromSources(directory, _root);
    }

    private string Refused(string sources) => Assert.Throws<TranslationException>(() => Spec(sources)).Message;

    [Fact]
    public void LinklibsAreSearchedBeforeTargetlibs()
    {
        var spec = Spec("TARGETNAME=k\nTARGETTYPE=EXPORT_DRIVER\nSOURCES=k.c\nTARGETLIBS=..\\ke\\obj\\*\\ke.lib $(DDK_LIB_PATH)\\hal.lib\nLINKLIBS=..\\rtl\\obj\\*\\rtl.lib\n");
        Assert.Equal(["rtl", "ke", "hal"], spec.Libraries);
    }

    [Fact]
    public void EntryPointsFollowTheTargetType()
    {
        var dll = Spec("TARGETNAME=d\nTARGETTYPE=DYNLINK\nDLLENTRY=DllMain\nSOURCES=d.c\n");
        Assert.Equal(("DllMain", true), (dll.EntryName, dll.EntryRequired));
        var plainDll = Spec("TARGETNAME=d\nTARGETTYPE=DYNLINK\nSOURCES=d.c\n");
        Assert.Null(plainDll.EntryName);
        var driver = Spec("TARGETNAME=d\nTARGETTYPE=DRIVER\nSOURCES=d.c\n");
        Assert.Equal(("DriverEntry", true), (driver.EntryName, driver.EntryRequired));
        var exporter = Spec("TARGETNAME=d\nTARGETTYPE=EXPORT_DRIVER\nSOURCES=d.c\n");
        Assert.Equal(("DriverEntry", false), (exporter.EntryName, exporter.EntryRequired));
        Assert.Null(Spec("TARGETNAME=p\nTARGETTYPE=PROGRAM\nUMTYPE=console\nSOURCES=p.c\n").EntryName);
        var application = Spec("TARGETNAME=osloader\nTARGETTYPE=EFI_APPLICATION\nSOURCES=bl.c\n");
        Assert.Equal(("efi_main", true), (application.EntryName, application.EntryRequired));
    }

    [Fact]
    public void WhatIsNotImplementedIsRefusedByName()
    {
        Assert.Equal("unsupported: TARGETTYPE=MINIPORT (nt2cs builds LIBRARY, PROGRAM, DYNLINK, DRIVER, EXPORT_DRIVER, EFI_APPLICATION)",
            Refused("TARGETNAME=m\nTARGETTYPE=MINIPORT\nSOURCES=m.c\n"));
        Assert.Equal("unsupported: NTTARGETFILE0 (rules of a makefile.inc)",
            Refused("TARGETNAME=m\nTARGETTYPE=DRIVER\nSOURCES=m.c\nNTTARGETFILE0=$(O)\\m.inf\n"));
        Assert.Equal("unsupported: UMTYPE=windows (a program's entry point is main: UMTYPE=console)",
            Refused("TARGETNAME=m\nTARGETTYPE=PROGRAM\nUMTYPE=windows\nSOURCES=m.c\n"));
        Assert.Equal("DLLDEF with TARGETTYPE=PROGRAM: only a DYNLINK or a driver exports",
            Refused("TARGETNAME=m\nTARGETTYPE=PROGRAM\nDLLDEF=m.def\nSOURCES=m.c\n"));
        Assert.Equal("DLLDEF with TARGETTYPE=EFI_APPLICATION: only a DYNLINK or a driver exports",
            Refused("TARGETNAME=m\nTARGETTYPE=EFI_APPLICATION\nDLLDEF=m.def\nSOURCES=m.c\n"));
        Assert.Equal("DLLENTRY in a LIBRARY: a program's entry is main",
            Refused("TARGETNAME=m\nTARGETTYPE=LIBRARY\nDLLENTRY=Start\nSOURCES=m.c\n"));
    }

    [Fact]
    public void ModuleDefinitionExportsAreRead()
    {
        var spec = Spec("TARGETNAME=d\nTARGETTYPE=DYNLINK\nDLLDEF=d.def\nSOURCES=d.c\n", ("d.def", """
            ; comment line
            LIBRARY d
            DESCRIPTION "a test"
            EXPORTS
                First                 @1
                Second=SecondImpl     @ 2 NONAME
                Counter DATA          ; trailing comment
                Hidden PRIVATE
            EXPORTS Last
            """));
        var exports = DefFile.ReadExports(spec.ModuleDefinition!);
        Assert.Equal([
            ("First", "First", (int?)1, false, false, 5),
            ("Second", "SecondImpl", 2, false, false, 6),
            ("Counter", "Counter", null, true, false, 7),
            ("Hidden", "Hidden", null, false, true, 8),
            ("Last", "Last", null, false, false, 9),
        ], exports.Select(e => (e.Name, e.Internal, e.Ordinal, e.IsData, e.IsPrivate, e.Location.Line)));
    }

    [Theory]
    [InlineData("EXPORTS\n  Fwd=other.Function\n", "2:3: error: unsupported: export forwarder 'Fwd=other.Function' (an export that names another image's)")]
    [InlineData("EXPORTS\n  F CONSTANT\n", "2:3: error: export 'F': unknown attribute 'CONSTANT'")]
    [InlineData("EXPORTS\n  F @0\n", "2:3: error: export 'F': ordinal '0' is not a number from 1 to 65535")]
    [InlineData("EXPORTS\n  F\n  F\n", "3:3: error: 'F' is exported twice")]
    [InlineData("HEAPSIZE 4096\n", "1:1: error: unsupported: the HEAPSIZE statement in a module-definition file")]
    [InlineData("F\n", "1:1: error: 'F' is not a module-definition statement")]
    public void MalformedModuleDefinitionsAreReportedWhereTheyAre(string text, string error)
    {
        var path = Path.Combine(_root, "bad.def");
        File.WriteAllText(path, text);
        var e = Assert.Throws<TranslationException>(() => DefFile.ReadExports(path));
        Assert.Equal($"{path}:{error}", e.ToDiagnostic().ToString());
    }
}
