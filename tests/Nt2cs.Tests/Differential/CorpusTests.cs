using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Differential;

/// <summary>Builds the tests/c corpus once (native and translated) for all the cases.</summary>
public sealed class CorpusFixture
{
    public static readonly string Directory = Repo.PathOf("tests", "c");

    private readonly Lazy<Corpus> _corpus = new(() => new Corpus(Corpus.FromDirectory(Directory), "corpus"));

    public Corpus Corpus => _corpus.Value;
}

/// <summary>
/// The same corpus translated with every function's memory access written in place, every access of it (as nt2cs
/// exec writes every function of a hosted program for crossgen2; the plain corpus has expr_large_function_in_place.c's written for the
/// JIT, within its window-check budget), and with every program's static functions split into nested classes as a
/// very large unit's are (SplitLargeUnits, here from one statement per part).
/// </summary>
public sealed class InPlaceCorpusFixture
{
    private readonly Lazy<Corpus> _corpus = new(() => new Corpus(Corpus.FromDirectory(CorpusFixture.Directory), "corpus-in-place",
        inPlaceStatements: 0, aheadOfTime: true, partStatements: 1));

    public Corpus Corpus => _corpus.Value;
}

/// <summary>
/// Every program in tests/c, compiled natively with clang-19 -m32 and translated by nt2cs: stdout and exit
/// status must match exactly.
/// </summary>
[Collection("GuestMemory")]
public sealed class CorpusTests(CorpusFixture fixture, InPlaceCorpusFixture inPlace) : IClassFixture<CorpusFixture>, IClassFixture<InPlaceCorpusFixture>
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var c in Corpus.FromDirectory(CorpusFixture.Directory))
            data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void BehavesAsNative(string program) => fixture.Corpus.AssertSame(program);

    /// <summary>
    /// The corpus again with every function's guest memory access written in place, as the translator writes every
    /// function for nt2cs exec and very large ones for the JIT (window checks, uint address arithmetic, commas as
    /// switch expressions), so each construct the corpus covers is checked that way against the native build too.
    /// </summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void BehavesAsNativeWrittenInPlace(string program) => inPlace.Corpus.AssertSame(program);

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(Programs().Count >= 60, "the differential corpus needs at least 60 programs");
}
