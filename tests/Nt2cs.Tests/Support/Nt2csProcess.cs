namespace Nt2cs.Tests.Support;

/// <summary>The nt2cs command itself, run as a process, for what only a process shows: exit status, stdout vs stderr.</summary>
public static class Nt2csProcess
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "nt2cs.dll");

    public static RunResult Run(IEnumerable<string> arguments, string? workingDirectory = null,
        IDictionary<string, string>? environment = null, int timeoutSeconds = 120, byte[]? stdin = null) =>
        Processes.Run("dotnet", new[] { Tool }.Concat(arguments), TimeSpan.FromSeconds(timeoutSeconds), workingDirectory, environment, stdin);

    /// <summary>A scratch directory with the given C files, and a private exec cache.</summary>
    public static (string Directory, Dictionary<string, string> Environment) Scratch(params (string Name, string Text)[] files)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nt2cs-cli-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(directory, name), text);
        return (directory, new Dictionary<string, string> { ["XDG_CACHE_HOME"] = Path.Combine(directory, ".cache") });
    }
}
