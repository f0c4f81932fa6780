using System.Diagnostics;
using System.Text;

namespace Nt2cs.Tests.Support;

/// <summary>How a program run ended: exit status and what it wrote.</summary>
public sealed record RunResult(int Status, byte[] Stdout, string Stderr, bool TimedOut = false)
{
    public string Output => Encoding.Latin1.GetString(Stdout);
}

/// <summary>Runs host processes with a time limit, capturing output as bytes.</summary>
public static class Processes
{
    public static RunResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout,
        string? workingDirectory = null, IDictionary<string, string>? environment = null, byte[]? stdin = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (key, value) in environment)
                start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = new CappedStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var errors = process.StandardError.ReadToEndAsync();
        // Fed on its own task, so a program that never reads its input still meets the time limit. The task is
        // waited for before the process is disposed: disposing it closes the input writer too, and the two closing
        // it at once made Process.Close throw "Cannot access a closed pipe" (the flake seen in native batches).
        var feeding = Task.Run(() =>
        {
            try
            {
                if (stdin is not null)
                    process.StandardInput.BaseStream.Write(stdin);
                process.StandardInput.Close();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The program ended without reading all of its input, as it may.
            }
        });
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            feeding.Wait();
            return new RunResult(-1, stdout.ToArray(), Stderr(errors), TimedOut: true);
        }
        feeding.Wait();
        try
        {
            copy.Wait();
        }
        catch (AggregateException e) when (e.InnerException is IOException or ObjectDisposedException)
        {
            // A pipe that broke or closed under the copy (seen under heavy load): the output is cut short, which
            // the comparison then reports; the message says why.
            return new RunResult(process.ExitCode, stdout.ToArray(), Stderr(errors) + "\n" + e.InnerException.Message);
        }
        return new RunResult(process.ExitCode, stdout.ToArray(), Stderr(errors));
    }

    private static string Stderr(Task<string> errors)
    {
        try
        {
            return errors.Result;
        }
        catch (AggregateException e) when (e.InnerException is IOException or ObjectDisposedException)
        {
            return $"(stderr lost: {e.InnerException.Message})";
        }
    }
}
