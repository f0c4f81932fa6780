using System.Diagnostics;
using System.Text;

namespace Nt2cs.Cli;

/// <summary>
/// Host wall time from power-on to the boot's first console lines, as COM1 sends them (the boot speed figures of
/// <c>nt2cs run -v</c> and bench/system-boot): the OS loader's first line; its last, when it has read everything and
/// goes on to ExitBootServices, mapping the kernel's images and the transfer; and the kernel's banner, which
/// KiSystemStartup prints once the HAL and the executive's phase 0 are up.
/// </summary>
public sealed class BootMilestones
{
    private const string LoaderLine = "osloader: ";
    private const string HandOverLine = ": starting the kernel";
    private const string KernelLine = "nt2cs NT kernel ";

    private const int MaxLine = 256;

    private readonly Stopwatch _clock = new();
    private readonly StringBuilder _line = new();

    public TimeSpan? LoaderFirstLine { get; private set; }
    public TimeSpan? LoaderHandsOver { get; private set; }
    public TimeSpan? KernelBanner { get; private set; }

    public void PowerOn() => _clock.Restart();

    /// <summary>Sees each byte COM1 sends; a line is timed when its end arrives.</summary>
    public void Observe(byte b)
    {
        if (KernelBanner is not null)
            return;
        if (b != '\n')
        {
            if (_line.Length < MaxLine)
                _line.Append((char)b);
            return;
        }
        var line = _line.ToString().TrimEnd('\r');
        _line.Clear();
        if (line.StartsWith(LoaderLine, StringComparison.Ordinal))
        {
            LoaderFirstLine ??= _clock.Elapsed;
            if (line.EndsWith(HandOverLine, StringComparison.Ordinal))
                LoaderHandsOver = _clock.Elapsed;
        }
        else if (line.StartsWith(KernelLine, StringComparison.Ordinal))
            KernelBanner = _clock.Elapsed;
    }

    public override string ToString() =>
        $"power-on to the loader's first line {Milliseconds(LoaderFirstLine)}, to its last (starting the kernel) " +
        $"{Milliseconds(LoaderHandsOver)}, to the kernel's banner {Milliseconds(KernelBanner)}";

    private static string Milliseconds(TimeSpan? time) => time is { } t ? $"{t.TotalMilliseconds:F0} ms" : "(not reached)";
}
