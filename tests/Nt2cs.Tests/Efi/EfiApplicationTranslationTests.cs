using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Efi;

/// <summary>
/// The UEFI test applications, written against the specification and built natively for the OVMF oracle, translate
/// with nt2cs unchanged (freestanding, as an image without <c>main</c>: the firmware calls <c>efi_main</c>) into C#
/// that compiles, with <c>efi_main</c> among the image's functions.
/// </summary>
public sealed class EfiApplicationTranslationTests
{
    [Fact]
    public void EveryApplicationTranslatesAndCompiles()
    {
        var programs = new List<TranslatedC.Program>();
        foreach (var application in EfiApplications.All)
        {
            var translation = TranslatedC.Translate(EfiApplications.Sources(application), new TranslationOptions
            {
                Freestanding = true,
                IsProgram = false,
                ImageName = application,
            });
            Assert.True(translation.Succeeded, $"{application}:\n{string.Join("\n", translation.Diagnostics)}");
            Assert.Contains(translation.Files, f => f.Text.Contains("efi_main", StringComparison.Ordinal));
            programs.Add(new TranslatedC.Program(application, translation));
        }
        Assert.Equal(["after_exit", "storage", "suite"], programs.Select(p => p.Name));
        var (assembly, errors) = TranslatedC.CompileBatch(programs, "efi-applications");
        Assert.True(assembly is not null && errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Key}: {e.Value}")));
    }
}
