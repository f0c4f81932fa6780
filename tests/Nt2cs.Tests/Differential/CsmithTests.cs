using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Differential;

/// <summary>
/// Random programs from csmith (Debian's 2.3.0), generated at test time from fixed seeds, built natively and
/// translated, compared like the corpus. Two profiles: the C the foundation supports, and the same with
/// bitfields, unions and packed structs. For a large random run in one process (one Roslyn batch instead of a
/// build per program), set <c>NT2CS_CSMITH_SEEDS=FIRST-LAST</c> and filter on <see cref="CsmithAggregateTests"/>;
/// seeds whose native program does not finish in 10 s are reported and left out, as scripts/csmith-check does.
/// </summary>
public abstract class CsmithFixture(string name, string[] options, int[] seeds)
{
    public const string Headers = "/usr/include/csmith";

    public string[] Options { get; } = options;

    public int[] Seeds { get; } = seeds;

    private Corpus? _corpus;

    public Corpus Corpus => _corpus ??= Build();

    private Corpus Build()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"nt2cs-csmith-{name}-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var cases = Seeds.AsParallel().AsOrdered().Select(seed =>
        {
            var file = Path.Combine(directory, $"seed{seed}.c");
            Generate(seed, file);
            return new Corpus.Case($"seed{seed}", [file], []) { IncludeDirectories = [Headers] };
        }).ToList();
        return new Corpus(cases, "csmith-" + name, nativeTimeout: RandomRun ? TimeSpan.FromSeconds(10) : null);
    }

    /// <summary>
    /// Runs csmith for one seed. csmith's output is a function of the seed alone, so a generator run that dies
    /// (seen once in CI: a non-zero status with nothing on stderr) is retried; a retry cannot change the program.
    /// </summary>
    private void Generate(int seed, string file)
    {
        const int Attempts = 3;
        for (int attempt = 1; ; attempt++)
        {
            var run = Processes.Run("csmith", ["--seed", seed.ToString(), .. Options, "-o", file], TimeSpan.FromMinutes(1));
            if (run.Status == 0)
                return;
            var failure = $"csmith failed for seed {seed} (attempt {attempt} of {Attempts}): status {run.Status}" +
                (run.TimedOut ? " (timed out)" : "") + $"; stderr: {run.Stderr.Trim()}; stdout: {run.Output.Trim()}";
            Assert.True(attempt < Attempts, failure);
            Console.Error.WriteLine(failure + "; retrying");
        }
    }

    /// <summary>The seeds of <c>NT2CS_CSMITH_SEEDS=FIRST-LAST</c>, or null.</summary>
    protected static int[]? RequestedSeeds()
    {
        var range = Environment.GetEnvironmentVariable("NT2CS_CSMITH_SEEDS");
        if (string.IsNullOrEmpty(range))
            return null;
        var parts = range.Split('-');
        int first = int.Parse(parts[0]), last = parts.Length > 1 ? int.Parse(parts[1]) : first;
        return Enumerable.Range(first, last - first + 1).ToArray();
    }

    protected static bool RandomRun => RequestedSeeds() is not null;
}

/// <summary>The foundation's profile: no bitfields, unions or packed structs.</summary>
public sealed class CsmithPlainFixture() : CsmithFixture("plain", ["--no-bitfields", "--no-unions", "--no-packed-struct"],
[
    1, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1015, 1017, 1019,
    1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030,
    1050, // an LL hex literal beyond LLONG_MAX: signed under MSVC rules
]);

/// <summary>Bitfields, unions and packed structs on; seeds whose programs finish quickly natively.</summary>
public sealed class CsmithAggregateFixture() : CsmithFixture("aggregate", ["--bitfields", "--unions", "--packed-struct"],
    RequestedSeeds() ??
    [
        20000, 20001, 20002, 20003, 20004, 20005, 20006, 20007, 20008, 20010, 20012, 20013, 20014, 20015, 20016,
        20017, 20018, 20019, 20020, 20021, 20022, 20023, 20024, 20025, 20026, 20027, 20028, 20029, 20030,
    ]);

[Collection("GuestMemory")]
public sealed class CsmithTests(CsmithPlainFixture fixture) : IClassFixture<CsmithPlainFixture>
{
    public static TheoryData<int> Seeds() => new(new CsmithPlainFixture().Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BehavesAsNative(int seed) => fixture.Corpus.AssertSame($"seed{seed}");

    [Fact]
    public void AtLeast25Seeds() => Assert.True(fixture.Seeds.Length >= 25);
}

[Collection("GuestMemory")]
public sealed class CsmithAggregateTests(CsmithAggregateFixture fixture) : IClassFixture<CsmithAggregateFixture>
{
    public static TheoryData<int> Seeds() => new(new CsmithAggregateFixture().Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BehavesAsNative(int seed) => fixture.Corpus.AssertSame($"seed{seed}");

    [Fact]
    public void AtLeast25Seeds() => Assert.True(fixture.Seeds.Length >= 25);
}
