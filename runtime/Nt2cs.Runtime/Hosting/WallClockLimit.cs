using System.Diagnostics;

namespace Nt2cs.Runtime;

/// <summary>
/// Ends a hosted run once its wall time passes a limit (<c>nt2cs exec --timeout</c>): a safe-point handler that
/// looks at the clock every <see cref="SafePointsPerLook"/> safe points, so a program looping without output is
/// stopped like any other. A program blocked outside translated code (reading stdin) reaches no safe point.
/// </summary>
internal sealed class WallClockLimit(TimeSpan limit) : ISafePointHandler
{
    /// <summary>Safe points between looks at the clock: well under a millisecond of the fastest loop.</summary>
    public const long SafePointsPerLook = 1 << 16;

    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);

    public void Reached()
    {
        SafePoint.Countdown = SafePointsPerLook;
        if (Stopwatch.GetTimestamp() >= _deadline)
            throw new TimeLimitException(limit);
    }
}

/// <summary>The run's time limit passed: the program ends with status 124, as under <c>timeout(1)</c>.</summary>
public sealed class TimeLimitException(TimeSpan limit)
    : Exception($"timeout: {limit.TotalSeconds:0.###} s of wall time passed");
