// bench/efi-boot's harness: signs the application's assembly with the checkout's key and powers on the managed
// firmware ROUNDS + 1 times in this process (the first run cold: nothing JIT-compiled yet), timing each from the
// call to EfiBoot.Run until COM1 sends its first byte, and until the run ends. Every run's console must be the same.
using System.Diagnostics;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: EfiBootBench CHECKOUT APPLICATION.dll ROUNDS");
    return 2;
}
var key = ImageSigningKey.Of(args[0]);
var file = ImageFile.Sign(File.ReadAllBytes(args[1]), key);
int rounds = int.Parse(args[2]);
string? first = null;
var firstLine = new List<double>();
var whole = new List<double>();
for (int i = 0; i <= rounds; i++)
{
    var clock = Stopwatch.StartNew();
    var console = new MemoryStream();
    double? firstByteAt = null;
    // The tap sees each byte as COM1 sends it (the run's console stream is buffered until the run ends).
    var options = new MachineOptions { ImageSigningKey = key, SerialOutput = _ => firstByteAt ??= clock.Elapsed.TotalMilliseconds };
    int status = EfiBoot.Run(file, options, console, Console.OpenStandardError());
    whole.Add(clock.Elapsed.TotalMilliseconds);
    firstLine.Add(firstByteAt ?? double.NaN);
    string text = System.Text.Encoding.UTF8.GetString(console.ToArray());
    if (status != 0 || (first ??= text) != text)
    {
        Console.Error.WriteLine($"run {i}: status {status}, console \"{text}\" (first run: \"{first}\")");
        return 1;
    }
}
Console.WriteLine($"{"power-on to efi_main's first line, cold",-52} {firstLine[0],8:0.0} ms");
Console.WriteLine($"{$"power-on to efi_main's first line, warm (best of {rounds})",-52} {firstLine.Skip(1).Min(),8:0.0} ms");
Console.WriteLine($"{$"power-on to shutdown, warm (best of {rounds})",-52} {whole.Skip(1).Min(),8:0.0} ms");
Console.WriteLine($"console: {first!.TrimEnd()}");
return 0;
