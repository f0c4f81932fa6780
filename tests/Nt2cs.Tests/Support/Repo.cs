namespace Nt2cs.Tests.Support;

/// <summary>Paths in the nt2cs checkout the tests run from.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "nt2cs.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("tests must run inside the nt2cs checkout");
    }
}
