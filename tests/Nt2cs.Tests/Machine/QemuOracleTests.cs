using Nt2cs.Tests.Support;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// QEMU as the oracle for devices, as clang is for C: a freestanding test driver built a second time natively
/// (<c>clang-19 -m32 -ffreestanding</c>, the Multiboot header and start-up of <c>tests/freestanding/native</c>,
/// linked by <c>ld.lld-19</c> at 1 MiB) boots under Debian's <c>qemu-system-i386</c> with the same device on a fresh
/// disk, and its console, its exit status and the disk image afterwards must equal, byte for byte, what
/// <c>nt2cs exec --freestanding --drive … --persist</c> gives. The QEMU machine is made the same shape as ours where
/// the driver can see the difference and no specification fixes it: no default devices, the controller at slot 4
/// (ours is the first device after the chipset's), and debug-exit at 0xF4. SeaBIOS runs first under QEMU; the
/// driver places the BAR itself, as it must on the bare machine, and powers off at 0x604 (the PM base SeaBIOS sets,
/// and ours). Interrupt-driven drivers run natively as on our machine: the native build's IDT entries
/// (<c>native/interrupts.S</c>) call the C handlers the driver registers. QEMU runs without KVM (TCG), so it needs
/// nothing from the host but the package scripts/setup installs (no i386 host binary runs).
/// </summary>
/// <remarks>
/// IDE: QEMU's <c>pc</c> has the PIIX3 IDE function at 00:01.1 as ours does; on <c>q35</c> both add a PIIX3 IDE
/// function at slot 4 (QEMU's <c>-device piix3-ide</c>). The disk gets our model and serial. What ATA/ATAPI-7 lets
/// devices differ in, the driver does not report (<c>ide_rw.c</c> and <c>ata.h</c> say where): Status bit 4, and
/// IDNF or ABRT for an address out of range. It selects device 0 before a software reset, since QEMU's channel keeps
/// answering for the device firmware selected last (SeaBIOS leaves device 1) where the reset's signature (Device 00h)
/// selects device 0, as ours does.
/// </remarks>
public sealed class QemuOracleTests
{
    private static readonly string Native = Repo.PathOf("tests", "freestanding", "native");
    private static readonly string[] CompilerFlags =
    [
        "-m32", "-march=i686", "-ffreestanding", "-nostdlib", "-fno-pic", "-fno-stack-protector", "-mno-sse", "-mno-mmx",
        "-O2", "-fms-extensions", "-mms-bitfields", "-w",
        // The native intrin.h and machine.h come before the shared include folder and clang's own headers.
        "-I", Native, "-I", Repo.PathOf("tests", "freestanding", "include"), "-D", Compared,
    ];

    /// <summary>Our IDE disk's IDENTIFY model and serial, given to QEMU's.</summary>
    private const string IdeDisk = "model=NT2CS ATA DISK,serial=NT2CS-IDE0001";

    /// <summary>Defined in both builds: a driver leaves out what the specification lets devices differ in.</summary>
    private const string Compared = "COMPARED_WITH_QEMU";

    private static string BuildNative(string program, string directory)
    {
        var objects = new List<string>();
        foreach (var source in new[] { Path.Combine(Native, "start.S"), Path.Combine(Native, "interrupts.S"), Path.Combine(Native, "support.c"), Path.Combine(FreestandingPrograms.Directory, program + ".c") })
        {
            string output = Path.Combine(directory, Path.GetFileNameWithoutExtension(source) + ".o");
            var compile = Processes.Run(NativeC.Compiler, [.. CompilerFlags, "-c", source, "-o", output], TimeSpan.FromMinutes(1));
            Assert.True(compile.Status == 0, $"clang-19 {source}: {compile.Stderr}");
            objects.Add(output);
        }
        string elf = Path.Combine(directory, program + ".elf");
        var link = Processes.Run("ld.lld-19", ["-m", "elf_i386", "-T", Path.Combine(Native, "link.ld"), "-o", elf, .. objects], TimeSpan.FromMinutes(1));
        Assert.True(link.Status == 0, $"ld.lld-19: {link.Stderr}");
        return elf;
    }

    [Theory]
    [InlineData("nvme_rw", "q35", "nvme", "nvme,drive=d,serial=x,addr=04.0")]
    [InlineData("nvme_rw", "pc", "nvme", "nvme,drive=d,serial=x,addr=04.0")]
    [InlineData("virtio_blk_rw", "q35", "virtio-blk", "virtio-blk-pci,drive=d,disable-legacy=on,addr=04.0,serial=NT2CS-VBLK0004")]
    [InlineData("virtio_blk_rw", "pc", "virtio-blk", "virtio-blk-pci,drive=d,disable-legacy=on,addr=04.0,serial=NT2CS-VBLK0004")]
    [InlineData("ide_rw", "pc", "ide", "ide-hd,drive=d,bus=ide.0,unit=0," + IdeDisk)]
    [InlineData("ide_rw", "q35", "ide", "piix3-ide,id=pide,addr=04.0;ide-hd,drive=d,bus=pide.0,unit=0," + IdeDisk)]
    public void TheDriverSeesOnQemuWhatItSeesOnTheMachine(string program, string machine, string type, string devices)
    {
        var expected = FreestandingPrograms.Find(program);
        int sectors = expected.DiskSectors!.Value;
        var directory = Nt2csProcess.Scratch().Directory;
        try
        {
            string elf = BuildNative(program, directory);
            string qemuDisk = FreestandingPrograms.CreateDisk(sectors);
            string ourDisk = FreestandingPrograms.CreateDisk(sectors);
            try
            {
                var qemu = Processes.Run("qemu-system-i386",
                [
                    "-M", machine, "-m", "128", "-kernel", elf, "-nodefaults", "-serial", "stdio", "-display", "none",
                    "-monitor", "none", "-no-reboot", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                    "-drive", $"if=none,id=d,file={qemuDisk},format=raw",
                    // One or more devices, ';' between them.
                    .. devices.Split(';').SelectMany(device => new[] { "-device", device }),
                ], TimeSpan.FromSeconds(60));
                Assert.False(qemu.TimedOut, "QEMU did not end within a minute");
                var ours = Nt2csProcess.Run(["exec", "--freestanding", "--machine", machine, "-I", Repo.PathOf("tests", "freestanding", "include"),
                    "-D", Compared, expected.Path, "--drive", $"{ourDisk},type={type}", "--persist"], directory, Nt2csProcess.Scratch().Environment);

                Assert.True(qemu.Output == ours.Output,
                    $"the consoles differ\n--- QEMU (status {qemu.Status}):\n{qemu.Output}{qemu.Stderr}\n--- nt2cs (status {ours.Status}):\n{ours.Output}{ours.Stderr}");
                Assert.True(qemu.Status == ours.Status, $"QEMU ended with {qemu.Status} ({qemu.Stderr}), nt2cs with {ours.Status} ({ours.Stderr})");
                Assert.Equal(0, ours.Status);
                Assert.Contains("mismatched bytes 0\n", ours.Output);
                byte[] theirs = File.ReadAllBytes(qemuDisk), mine = File.ReadAllBytes(ourDisk);
                int first = Enumerable.Range(0, theirs.Length).FirstOrDefault(i => theirs[i] != mine[i], -1);
                Assert.True(first < 0, $"the images differ first at byte {first}: QEMU 0x{(first < 0 ? 0 : theirs[first]):X2}, nt2cs 0x{(first < 0 ? 0 : mine[first]):X2}");
                Assert.NotEqual(FreestandingPrograms.DiskFill, mine[0]);
            }
            finally
            {
                File.Delete(qemuDisk);
                File.Delete(ourDisk);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
