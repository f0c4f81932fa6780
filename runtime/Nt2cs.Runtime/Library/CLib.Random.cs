namespace Nt2cs.Runtime;

/// <summary>
/// stdlib.h's rand and srand, with glibc's default generator so a seed gives glibc's sequence: an additive
/// lagged-Fibonacci generator, r[i] = r[i-3] + r[i-31] (mod 2^32), whose 34 seed words come from the seed by
/// the minimal standard LCG (16807·x mod 2^31-1), run 310 steps before the first output; rand() returns the
/// new word shifted right by one. Without srand the seed is 1; seed 0 also means 1.
/// </summary>
public static unsafe partial class CLib
{
    private const int RandomWords = 34;

    /// <summary>The last 34 words, a ring; <see cref="s_randomNext"/> is where the next one goes.</summary>
    private static readonly int[] s_random = new int[RandomWords];
    private static int s_randomNext;

    [CFunction]
    public static void srand(uint seed)
    {
        s_random[0] = seed == 0 ? 1 : (int)seed;
        for (int i = 1; i < 31; i++)
        {
            long word = 16807L * s_random[i - 1] % 2147483647;
            s_random[i] = (int)(word < 0 ? word + 2147483647 : word);
        }
        for (int i = 31; i < RandomWords; i++)
            s_random[i] = s_random[i - 31];
        s_randomNext = 0;
        for (int i = 0; i < 310; i++)
            NextRandom();
    }

    [CFunction]
    public static int rand() => (int)((uint)NextRandom() >> 1);

    private static int NextRandom()
    {
        int at = s_randomNext;
        // With at = i mod 34, i-31 and i-3 are at+3 and at+31 (mod 34).
        int word = unchecked(s_random[(at + 3) % RandomWords] + s_random[(at + 31) % RandomWords]);
        s_random[at] = word;
        s_randomNext = (at + 1) % RandomWords;
        return word;
    }
}
