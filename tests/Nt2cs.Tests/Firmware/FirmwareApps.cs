using System.Text;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// The firmware's test applications (tests/Nt2cs.Tests/Firmware/apps, one per area), translated as one tree once
/// and each compiled to an image file signed with a test key, then run on the managed firmware as
/// <c>exec --efi</c> will run them (<see cref="EfiBoot"/>).
/// </summary>
public sealed class FirmwareApps : IDisposable
{
    public static readonly string Tree = Repo.PathOf("tests", "Nt2cs.Tests", "Firmware", "apps");

    public static readonly byte[] Key = "the firmware tests' signing key!"u8.ToArray();

    private readonly string _output = Directory.CreateTempSubdirectory("nt2cs-efi-apps-").FullName;
    private readonly Dictionary<string, byte[]> _files = [];
    private readonly string? _failure;

    public FirmwareApps()
    {
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = Tree, OutputRoot = _output, RepositoryRoot = Repo.Root });
        if (!result.Succeeded)
            _failure = "the applications do not translate:\n" + string.Join("\n", result.Diagnostics);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    /// <summary>The signed image file of application <paramref name="name"/>.</summary>
    public byte[] File(string name)
    {
        if (_failure is not null)
            throw new Xunit.Sdk.XunitException(_failure);
        lock (_files)
        {
            if (!_files.TryGetValue(name, out var file))
                _files[name] = file = ImageFile.Sign(TreeBuild.Compile(_output, name), Key);
            return file;
        }
    }

    public sealed record Outcome(int Status, string Stdout, string Stderr, List<string> Log);

    /// <summary>Runs <paramref name="file"/> on the firmware of a fresh machine.</summary>
    public static Outcome Run(byte[] file, MachineOptions? options = null, string input = "", string? variableStore = null, double timeoutSeconds = 60)
    {
        var log = new List<string>();
        var machine = (options ?? new MachineOptions()) with { ImageSigningKey = Key, Log = log.Add };
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var run = Task.Run(() => EfiBoot.Run(file, machine, stdout, stderr, Encoding.ASCII.GetBytes(input), TimeSpan.FromSeconds(timeoutSeconds), variableStore));
        if (!run.Wait(TimeSpan.FromMinutes(2)))
            throw new Xunit.Sdk.XunitException("the application did not end within two minutes of wall time");
        return new Outcome(run.Result, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), log);
    }
}
