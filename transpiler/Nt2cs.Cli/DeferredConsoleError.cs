using System.Text;

namespace Nt2cs.Cli;

/// <summary>
/// Console.Error, made at its first use: the command line's help goes there, but most runs never write to it, and
/// making it (its encoding looked up) took 3 ms of every run's start.
/// </summary>
internal sealed class DeferredConsoleError : TextWriter
{
    public override Encoding Encoding => Console.Error.Encoding;

    public override void Write(char value) => Console.Error.Write(value);

    public override void Write(string? value) => Console.Error.Write(value);

    public override void WriteLine(string? value) => Console.Error.WriteLine(value);

    public override void Flush() => Console.Error.Flush();
}
