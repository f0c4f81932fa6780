// bench/system-boot's harness: makes the boot `nt2cs run` makes (the loader, ntoskrnl and hal from generated/, the
// tree's drivers and the SYSTEM hive installed on the default boot volume) and boots it ROUNDS + 1 times in this
// process through the firmware and the OS loader, the first run cold (nothing JIT-compiled yet), timing each from
// power-on to the loader's first line, to its last and to the kernel's banner (BootMilestones, from COM1's bytes as they are
// sent), and to power-off. Every run's console must be the same.
using System.Diagnostics;
using Nt2cs.Cli;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using DriveType = Nt2cs.Machine.Pc.DriveType;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SystemBootBench CHECKOUT ROUNDS");
    return 2;
}
string root = args[0];
int rounds = Math.Max(1, int.Parse(args[1]));
var key = ImageSigningKey.Of(root);
var images = KernelImages.BootFiles(root, key) ?? throw new InvalidOperationException("the boot images do not compile");
var drivers = KernelImages.DriverFiles(root, key, selftest: false) ?? throw new InvalidOperationException("a driver does not compile");
var volumeFile = Path.GetTempFileName();
byte[] volume;
try
{
    if (SelftestVolume.Create(volumeFile, 1440, 12) is { } error)
        throw new InvalidOperationException(error);
    volume = File.ReadAllBytes(volumeFile);
}
finally
{
    File.Delete(volumeFile);
}
var installed = SystemVolume.Prepare(volume, drivers, () => SystemHive.Parse(Path.Combine(root, "nt-src", "boot", "system.reg")));
string? first = null;
var loader = new List<double>();
var handOver = new List<double>();
var kernel = new List<double>();
var whole = new List<double>();
for (int i = 0; i <= rounds; i++)
{
    var milestones = new BootMilestones();
    var console = new MemoryStream();
    var clock = Stopwatch.StartNew();
    int status = SystemBoot.Run(images, installed.Volume, "", new MachineOptions { ImageSigningKey = key }, DriveType.Nvme,
        console, Console.OpenStandardError(), default, TimeSpan.FromSeconds(60), milestones: milestones);
    whole.Add(clock.Elapsed.TotalMilliseconds);
    loader.Add(milestones.LoaderFirstLine?.TotalMilliseconds ?? double.NaN);
    handOver.Add(milestones.LoaderHandsOver?.TotalMilliseconds ?? double.NaN);
    kernel.Add(milestones.KernelBanner?.TotalMilliseconds ?? double.NaN);
    string text = System.Text.Encoding.UTF8.GetString(console.ToArray());
    if (status != 0 || (first ??= text) != text)
    {
        Console.Error.WriteLine($"run {i}: status {status}, console \"{text}\" (first run: \"{first}\")");
        return 1;
    }
}
void Row(string what, List<double> times)
{
    Console.WriteLine($"{what + ", cold",-62} {times[0],8:0.0} ms");
    Console.WriteLine($"{what + $", warm (best of {rounds})",-62} {times.Skip(1).Min(),8:0.0} ms");
}
Row("power-on to the loader's first line", loader);
Row("power-on to the loader's last line (starting the kernel)", handOver);
Row("power-on to the kernel's banner", kernel);
Row("boot disk made, booted, powered off", whole);
return 0;
