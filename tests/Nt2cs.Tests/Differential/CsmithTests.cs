using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Differential;

/// <summary>
/// Random programs from csmith (Debian's 2.3.0), generated at test time from fixed seeds with the options the
/// foundation supports. <c>scripts/csmith-check</c> runs as many random seeds as you like.
/// </summary>
public sealed class CsmithFixture
{
    /// <summary>Seeds whose programs terminate quickly natively (some csmith programs run for minutes).</summary>
    public static readonly int[] Seeds =
    [
        1, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1015, 1017, 1019,
        1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030,
        1050, // an LL hex literal beyond LLONG_MAX: signed under MSVC rules
    ];

    public static readonly string[] Options = ["--no-bitfields", "--no-unions", "--no-packed-struct"];

    public const string Headers = "/usr/include/csmith";

    private readonly Lazy<Corpus> _corpus = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "nt2cs-csmith-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var cases = Seeds.Select(seed =>
        {
            var file = Path.Combine(directory, $"seed{seed}.c");
            var generated = Processes.Run("csmith", ["--seed", seed.ToString(), .. Options, "-o", file], TimeSpan.FromMinutes(1));
            Assert.True(generated.Status == 0, $"csmith failed for seed {seed}: {generated.Stderr}");
            return new Corpus.Case($"seed{seed}", [file], []) { IncludeDirectories = [Headers] };
        }).ToList();
        return new Corpus(cases, "csmith");
    });

    public Corpus Corpus => _corpus.Value;
}

[Collection("GuestMemory")]
public sealed class CsmithTests(CsmithFixture fixture) : IClassFixture<CsmithFixture>
{
    public static TheoryData<int> Seeds() => new(CsmithFixture.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BehavesAsNative(int seed) => fixture.Corpus.AssertSame($"seed{seed}");

    [Fact]
    public void AtLeast25Seeds() => Assert.True(CsmithFixture.Seeds.Length >= 25);
}
