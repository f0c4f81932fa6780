using System.Text;
using Nt2cs.Cli;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// `nt2cs run --boot-volume F --persist` across two boots: the first finds no SYSTEM hive on F and composes it,
/// the kernel writes a value and flushes the hive to \SystemRoot\System32\Config\SYSTEM; after power-off F is a
/// volume fsck.fat accepts whose hive (taken out with mcopy) hivex reads the value from; the second boot reads the
/// hive from F and the kernel finds the value the first one left.
/// </summary>
public sealed class RunPersistTests
{
    [Fact]
    public void ARegistryValueTheKernelFlushesIsOnThePersistedVolumeAndTheNextBootSeesIt()
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-persist-").FullName;
        try
        {
            var volume = Path.Combine(directory, "boot.img");
            Assert.Null(SelftestVolume.Create(volume, 1440, 12));
            var tools = new Dictionary<string, string> { ["MTOOLS_SKIP_CHECK"] = "1", ["LC_ALL"] = "C" };
            var hive = Path.Combine(directory, "SYSTEM");
            Assert.NotEqual(0, Processes.Run("mcopy", ["-n", "-i", volume, "::/System32/Config/SYSTEM", hive], TimeSpan.FromMinutes(1), environment: tools).Status);
            for (uint boot = 1; boot <= 2; boot++)
            {
                var run = Nt2csProcess.Run(["run", "--boot-volume", volume, "--persist", "--boot-options", "/CMWRITE"], Repo.Root, timeoutSeconds: 300);
                Assert.True(run.Status == 0, run.Stderr);
                Assert.Contains($"KmtWriteRegistry: Boots was {boot - 1}\nKmtWriteRegistry: ZwFlushKey 0x00000000\n", run.Output);
                var fsck = Processes.Run("/usr/sbin/fsck.fat", ["-n", volume], TimeSpan.FromMinutes(1), environment: tools);
                Assert.True(fsck.Status == 0, fsck.Output + fsck.Stderr);
                File.Delete(hive);
                var copy = Processes.Run("mcopy", ["-n", "-i", volume, "::/System32/Config/SYSTEM", hive], TimeSpan.FromMinutes(1), environment: tools);
                Assert.True(copy.Status == 0, copy.Stderr);
                var get = Processes.Run("hivexget", [hive, "KmtWritten", "Boots"], TimeSpan.FromMinutes(1));
                Assert.True(get.Status == 0, get.Stderr);
                Assert.Equal($"{boot}\n", Encoding.ASCII.GetString(get.Stdout));
                Assert.Equal("written by the kernel", Hivex.Values(hive, "KmtWritten").Single(v => v.Name == "Sz").Text);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
