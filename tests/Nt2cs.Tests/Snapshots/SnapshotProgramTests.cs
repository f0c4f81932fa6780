using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Snapshots;

/// <summary>
/// The snapshot cases that are programs (they have a <c>main</c>) are run as well as compiled: their C# must print
/// and return what the native i386 build of the same C does.
/// </summary>
[Collection("GuestMemory")]
public sealed class SnapshotProgramTests
{
    [Theory]
    [MemberData(nameof(Programs))]
    public void EmittedCodeRunsAsTheNativeBuildDoes(string name)
    {
        var source = Path.Combine(EmitterSnapshotTests.Cases, name + ".c");
        var directory = Directory.CreateTempSubdirectory("nt2cs-snapshot-").FullName;
        RunResult native;
        try
        {
            var executable = Path.Combine(directory, name);
            Assert.Null(NativeC.Build([source], executable));
            native = NativeC.Run(executable, [], TimeSpan.FromMinutes(1));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        var translated = TranslatedC.TranslateAndRun([source]);
        Assert.Equal(native.Output, translated.Output);
        Assert.Equal(native.Status, translated.Status);
    }

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(EmitterSnapshotTests.Cases, "*.c").Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(file).Contains("int main(", StringComparison.Ordinal))
                data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }
}
