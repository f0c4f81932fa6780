namespace Nt2cs.Cli;

/// <summary>
/// Keeps exec's cache within a size: each build is a few files named by its key (the assembly, its manifest, the
/// precompiled image: Lua's 3.4 MB, SQLite's 12 MB), a hit marks its manifest as used, and a store removes the builds
/// used longest ago while the cache is over its limit, <c>NT2CS_EXEC_CACHE_MIB</c> (1,024 MiB unless set). Without
/// it the cache only grew: a day of the test suite and benchmarks left 1.7 GB.
/// </summary>
internal static class ExecCacheLimit
{
    private const long DefaultBytes = 1L << 30;

    /// <summary>Files of a build being written (or left by a run that died) are spared for this long.</summary>
    private static readonly TimeSpan Settling = TimeSpan.FromHours(1);

    public static long Bytes =>
        long.TryParse(Environment.GetEnvironmentVariable("NT2CS_EXEC_CACHE_MIB"), out long mib) && mib >= 0 ? mib << 20 : DefaultBytes;

    /// <summary>Marks the build whose manifest this is as used now; a cache it cannot write to is left as it is.</summary>
    public static void Touch(string manifest)
    {
        try
        {
            File.SetLastWriteTimeUtc(manifest, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Removes the builds used longest ago, never <paramref name="kept"/>'s, until <paramref name="directory"/> is
    /// within the limit; files of no complete build (no manifest: an older version's, or one a run left half
    /// written) go first once they are an hour old. Another run may be removing the same files: whatever is gone
    /// already is passed over.
    /// </summary>
    public static void Prune(string directory, string kept, string manifestSuffix)
    {
        FileInfo[] files;
        try
        {
            files = new DirectoryInfo(directory).GetFiles();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;   // the build just stored stands whatever happens here
        }
        long total = files.Sum(f => f.Length);
        var builds = files.GroupBy(f => f.Name[..Math.Max(0, f.Name.IndexOf('.'))], StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Key != kept)
            .Select(g => (Files: g.ToList(), Manifest: g.FirstOrDefault(f => f.Name == g.Key + manifestSuffix)))
            .ToList();
        var now = DateTime.UtcNow;
        var doomed = builds.Where(b => b.Manifest is null && b.Files.All(f => now - f.LastWriteTimeUtc > Settling))
            .Concat(builds.Where(b => b.Manifest is not null).OrderBy(b => b.Manifest!.LastWriteTimeUtc));
        long limit = Bytes;
        foreach (var (build, manifest) in doomed)
        {
            if (total <= limit && manifest is not null)
                break;
            foreach (var file in build)
            {
                long length = file.Length;   // read before: a deleted FileInfo reads the file again
                try
                {
                    file.Delete();
                    total -= length;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
