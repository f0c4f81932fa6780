using Nt2cs.Machine.Pc;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// The firmware's core services as translated EFI applications use them (tests/Nt2cs.Tests/Firmware/apps): each
/// application prints what each call returned; the expectations are the UEFI 2.10 specification's statuses.
/// </summary>
[Collection("GuestMemory")]
public sealed class CoreServicesTests(FirmwareApps apps) : IClassFixture<FirmwareApps>
{
    private static string Lines(string text) => text.Replace("\n", "\r\n");

    [Fact]
    public void MemoryServicesFollowTheSpecificationUpToExitBootServices()
    {
        var run = FirmwareApps.Run(apps.File("memory"), new MachineOptions { MemoryMiB = 64 });

        Assert.Equal(Lines("""
            GetMemoryMap with no buffer: 0x80000005
            needed size given: yes
            descriptor size at least sizeof: yes
            descriptor version: 1
            GetMemoryMap with no size: 0x80000002
            AllocatePool for the map: 0x00000000
            GetMemoryMap: 0x00000000
            KiB in the map: 65536
            map ascending and contiguous from 0: yes
            firmware's memory typed: yes
            system table in runtime data: yes
            runtime services in runtime data: yes
            GetTime in runtime code: yes
            AllocatePages in boot code: yes
            pool block in loader data: yes
            AllocateAnyPages 16: 0x00000000
            GetMemoryMap: 0x00000000
            page aligned: yes
            pages in the map as loader data: yes
            map key changed: yes
            conventional pages fewer by: 16
            FreePages: 0x00000000
            FreePages again: 0x8000000E
            FreePages unaligned: 0x80000002
            GetMemoryMap: 0x00000000
            conventional pages fewer by: 0
            AllocateAddress 1 MiB: 0x00000000
            at 1 MiB: yes
            AllocateAddress overlapping: 0x8000000E
            AllocateAddress unaligned: 0x80000002
            FreePages part of it: 0x00000000
            FreePages the rest: 0x00000000
            AllocateMaxAddress 16 MiB: 0x00000000
            below 16 MiB: yes
            FreePages: 0x00000000
            AllocatePages bad allocate type: 0x80000002
            AllocatePages conventional: 0x80000002
            AllocatePages type 0x6FFFFFFF: 0x80000002
            AllocatePages NULL: 0x80000002
            AllocatePages OS type 0x80000001: 0x00000000
            GetMemoryMap: 0x00000000
            OS type in the map: yes
            AllocatePages OEM type 0x70000000: 0x00000000
            AllocatePages more than RAM: 0x80000009
            AllocatePool 100: 0x00000000
            8-byte aligned: yes
            FreePool: 0x00000000
            FreePool again: 0x80000002
            FreePool of no block: 0x80000002
            AllocatePool persistent: 0x80000002
            AllocatePool NULL: 0x80000002
            AllocatePool 100000: 0x00000000
            FreePool: 0x00000000
            GetMemoryMap: 0x00000000
            ExitBootServices with a stale key: 0x80000002
            exiting boot services

            """), run.Stdout);
        Assert.Equal("nt2cs: firmware: Stall called after ExitBootServices: boot services are gone\n", run.Stderr);
        Assert.Equal(3, run.Status);
    }

    [Fact]
    public void ProtocolsAndTables()
    {
        var run = FirmwareApps.Run(apps.File("protocols"));

        Assert.Equal(Lines("""
            system table: signature yes, size yes, revision 2.x yes, CRC32 yes
            boot services: signature yes, size yes, revision 2.x yes, CRC32 yes
            runtime services: signature yes, size yes, revision 2.x yes, CRC32 yes
            firmware vendor named: yes
            CalculateCrc32: 0x00000000
            CRC32 of 123456789: 0xCBF43926
            CalculateCrc32 of 0 bytes: 0x80000002
            CalculateCrc32 to NULL: 0x80000002
            HandleProtocol loaded image: 0x00000000
            1000 system table yes, parent no, loader code and data yes, placed yes, data inside yes
            HandleProtocol unknown GUID: 0x80000003
            interface cleared: yes
            HandleProtocol NULL interface: 0x80000002
            HandleProtocol NULL protocol: 0x80000002
            HandleProtocol bad handle: 0x80000002
            HandleProtocol ConOut: 0x00000000
            ConOut's handle carries it: yes
            InstallProtocolInterface: 0x00000000
            new handle: yes
            InstallProtocolInterface again: 0x80000002
            InstallProtocolInterface bad type: 0x80000002
            InstallProtocolInterface NULL handle: 0x80000002
            HandleProtocol finds it: yes
            LocateHandle with no room: 0x80000005
            size needed: 4
            LocateHandle: 0x00000000
            found ours: yes
            LocateHandle unknown: 0x8000000E
            LocateHandle bad search type: 0x80000002
            LocateHandle all: 0x00000000
            at least 4 handles: yes
            LocateHandleBuffer: 0x00000000
            images: at least 2
            FreePool of it: 0x00000000
            LocateHandleBuffer unknown: 0x8000000E
            LocateProtocol: 0x00000000
            interface: ours
            LocateProtocol unknown: 0x8000000E
            ProtocolsPerHandle: 0x00000000
            protocols: 1
            GUID A: yes
            InstallMultipleProtocolInterfaces: 0x00000000
            InstallMultipleProtocolInterfaces with a duplicate: 0x80000002
            HandleProtocol D after the failure: 0x80000003
            UninstallMultipleProtocolInterfaces with a wrong interface: 0x80000002
            HandleProtocol B after the failure: 0x00000000
            ReinstallProtocolInterface: 0x00000000
            new interface: yes
            ReinstallProtocolInterface with a wrong old one: 0x8000000E
            OpenProtocol get: 0x00000000
            OpenProtocol by driver: 0x00000000
            OpenProtocol by driver again: 0x80000014
            OpenProtocol by another driver: 0x8000000F
            OpenProtocol test: 0x00000000
            OpenProtocol no attributes: 0x80000002
            OpenProtocol unknown: 0x80000003
            OpenProtocolInformation: 0x00000000
            open entries: 3
            by driver recorded: yes
            UninstallProtocolInterface held by a driver: 0x8000000F
            CloseProtocol: 0x00000000
            CloseProtocol again: 0x8000000E
            UninstallProtocolInterface: 0x00000000
            HandleProtocol on the handle gone: 0x80000002
            RegisterProtocolNotify: 0x00000000
            notified: 1
            LocateHandle by notify: 0x00000000
            the new handle: yes
            LocateProtocol by notify, nothing new: 0x8000000E
            InstallConfigurationTable: 0x00000000
            listed: yes
            system table CRC32 still valid: yes
            InstallConfigurationTable removing: 0x00000000
            InstallConfigurationTable removing again: 0x8000000E
            entries back to before: 0
            ConnectController: 0x8000000E
            DisconnectController: 0x00000000
            CopyMem and SetMem: ababcdef--
            TPL before: 4

            """), run.Stdout);
        Assert.Equal("nt2cs: firmware: RaiseTPL(8) at TPL 16: a TPL may only be raised, to at most TPL_HIGH_LEVEL (31)\n", run.Stderr);
        Assert.Equal(3, run.Status);
    }

    /// <summary>Timers are the machine's virtual time, so the RTC measures what they waited; the watchdog ends the run.</summary>
    [Fact]
    public void EventsTimersAndTheWatchdog()
    {
        var run = FirmwareApps.Run(apps.File("events"));

        Assert.Equal(Lines("""
            SetWatchdogTimer off: 0x00000000
            CreateEvent timer: 0x00000000
            SetTimer relative 50 ms: 0x00000000
            CheckEvent at once: 0x80000006
            CheckEvent after 60 ms: 0x00000000
            CheckEvent again: 0x80000006
            SetTimer relative 2 s: 0x00000000
            WaitForEvent: 0x00000000
            index: 0
            seconds waited by the RTC: 2
            SetTimer cancel: 0x00000000
            SetTimer bad type: 0x80000002
            CreateEvent periodic: 0x00000000
            SetTimer periodic 10 ms: 0x00000000
            ticks in 105 ms: 10
            ticks while at TPL_NOTIFY: 10
            ticks after RestoreTPL: 11
            CloseEvent periodic: 0x00000000
            ticks after closing: 11
            CloseEvent again: 0x80000002
            SignalEvent: 0x00000000
            notifications: 1
            TPL before: 4
            notifications at TPL_CALLBACK: 1
            notifications after RestoreTPL: 2
            CheckEvent on a notify-signal event: 0x80000002
            WaitForEvent on a notify-signal event: 0x80000002
            index: 1
            WaitForEvent at TPL_CALLBACK: 0x80000003
            CreateEvent wait: 0x00000000
            CheckEvent 1: 0x80000006
            CheckEvent 2: 0x80000006
            CheckEvent 3: 0x00000000
            CreateEventEx A: 0x00000000
            CreateEventEx B: 0x00000000
            group notifications A: 1
            group notifications B: 1
            CreateEvent notify without a function: 0x80000002
            CreateEvent notify at TPL_APPLICATION: 0x80000002
            CreateEvent wait and signal: 0x80000002
            CreateEvent NULL: 0x80000002
            SetTimer on no timer: 0x80000002
            Stall 3 s: 0x00000000
            seconds stalled by the RTC: 3
            monotonic count step: 1
            GetNextMonotonicCount NULL: 0x80000002
            SetWatchdogTimer 2 s: 0x00000000

            """), run.Stdout);
        Assert.Equal("nt2cs: firmware: the watchdog timer expired after 2 s (code 0x10001, \"events\"): the platform resets\n", run.Stderr);
        Assert.Equal(1, run.Status);
    }

    /// <summary>
    /// Three boots keep one variable store file: the RTC starts a second before the leap day's end; the boot
    /// counter persists; the boots end by ResetSystem: shutdown with EFI_SUCCESS (0), with EFI_NOT_READY (1, named),
    /// a cold reset (the reset control register), which restarts the machine in the same run: the fourth boot shuts down. The same application built natively
    /// and booted once on OVMF32 (a fresh store, QEMU's RTC at the same time) printed the same up to ExitBootServices
    /// but for the times (OVMF's boot takes wall-clock seconds) and GetWakeupTime, which OVMF supports and this
    /// firmware answers EFI_UNSUPPORTED, as the specification allows.
    /// </summary>
    [Fact]
    public void RuntimeServicesAndVariablesAcrossBoots()
    {
        string store = Path.Combine(Path.GetTempPath(), $"nt2cs-efivars-{Guid.NewGuid():N}");
        var options = new MachineOptions { RtcStart = new DateTime(2024, 2, 29, 23, 59, 58) };
        try
        {
            var first = FirmwareApps.Run(apps.File("runtime"), options, variableStore: store);
            var second = FirmwareApps.Run(apps.File("runtime"), options, variableStore: store);
            var third = FirmwareApps.Run(apps.File("runtime"), options, variableStore: store);

            string expected = """
            GetTime: 0x00000000
            RTC: 2024-2-29 23:59:58 zone 0x07FF daylight 0
            resolution: 1
            GetTime NULL: 0x80000002
            3 s later: 2024-3-1 0:0:1 zone 0x07FF daylight 0
            SetTime: 0x00000000
            2 s after setting: 2032-1-1 0:0:1 zone 0x003C daylight 1
            SetTime month 13: 0x80000002
            SetTime February 30: 0x80000002
            GetWakeupTime: 0x80000003
            GetVariable Boots: 0x8000000E
            previous boots: 0
            SetVariable Boots: 0x00000000
            SetVariable Greeting: 0x00000000
            GetVariable too small: 0x80000005
            size needed: 5
            SetVariable append: 0x00000000
            GetVariable: 0x00000000
            hello world
            attributes: 2
            SetVariable other attributes: 0x80000002
            SetVariable runtime without boot access: 0x80000002
            SetVariable empty name: 0x80000002
            SetVariable NULL data: 0x80000002
            SetVariable authenticated (deprecated): 0x80000003
            SetVariable time-based authenticated: 0x8000001A
            SetVariable hardware error record: 0x80000002
            SetVariable Runtime: 0x00000000
            SetVariable Scratch: 0x00000000
            SetVariable delete Scratch: 0x00000000
            SetVariable delete Scratch again: 0x8000000E
            GetVariable Scratch: 0x8000000E
            GetVariable NULL size: 0x80000002
            variables: Greeting Runtime Boots
            GetNextVariableName at the end: 0x8000000E
            GetNextVariableName too small: 0x80000005
            size needed given: yes
            GetNextVariableName from no variable: 0x80000002
            GetNextVariableName unterminated: 0x80000002
            QueryVariableInfo: 0x00000000
            sizes consistent: yes
            QueryVariableInfo no attributes: 0x80000002
            GetNextHighMonotonicCount: 0x00000000
            high count: 2
            exiting boot services

            """;
            Assert.Equal(Lines(expected), first.Stdout);
            Assert.Equal("", first.Stderr);
            Assert.Equal(0, first.Status);
            Assert.Equal(Lines(expected.Replace("GetVariable Boots: 0x8000000E\nprevious boots: 0\n",
                "GetVariable Boots: 0x00000000\nprevious boots: 1\nattributes of Boots: 7\n")), second.Stdout);
            Assert.Equal("nt2cs: ResetSystem(EfiResetShutdown, EFI_NOT_READY): second boot\n", second.Stderr);
            Assert.Equal(1, second.Status);
            // The third boot's cold reset restarts the machine in the same run: the firmware runs again, the
            // store file keeps the count, and the fourth boot shuts down.
            int restart = third.Stdout.IndexOf("previous boots: 3\r\n", StringComparison.Ordinal);
            Assert.True(third.Stdout.IndexOf("previous boots: 2\r\n", StringComparison.Ordinal) is >= 0 and var before && before < restart, third.Stdout);
            Assert.Equal("", third.Stderr);
            Assert.Equal(0, third.Status);
            var noReboot = FirmwareApps.Run(apps.File("runtime"), options with { NoReboot = true }, variableStore: store);
            Assert.Contains("previous boots: 4\r\n", noReboot.Stdout);
            Assert.Equal("nt2cs: reset (hard)\n", noReboot.Stderr);
            Assert.Equal(0, noReboot.Status);
        }
        finally
        {
            File.Delete(store);
        }
    }

    /// <summary>
    /// The console's bytes up to the keys are OVMF32's: apps/console/ovmf.out is COM1's output (from the
    /// application's first line) of console.c built natively with -DNO_KEYS (clang-19 -target i686-unknown-windows,
    /// lld-link-19 /subsystem:efi_application) and booted from an ESP on NVMe under qemu-system-i386 -machine
    /// q35,smm=on with OVMF32_CODE_4M.secboot.fd (ovmf-ia32, EDK2 2022.11). Keys come from COM1's input; a second
    /// run prints the same bytes.
    /// </summary>
    [Fact]
    public void ConsolesOnCom1AsOvmfsSerialTerminal()
    {
        var run = FirmwareApps.Run(apps.File("console"), input: "a\r\x7f\x1b[A\x1b");

        string ovmf = File.ReadAllText(Path.Combine(FirmwareApps.Tree, "console", "ovmf.out"));
        const string afterStdErr = "StdErr's OutputString: 0x00000000\r\n";
        Assert.Equal(ovmf.Replace(afterStdErr, afterStdErr + Lines("""
            WaitForEvent key: 0x00000000
            ReadKeyStroke: 0x00000000
            scan 0 char 97
            WaitForEvent key: 0x00000000
            ReadKeyStroke: 0x00000000
            scan 0 char 13
            WaitForEvent key: 0x00000000
            ReadKeyStroke: 0x00000000
            scan 0 char 8
            WaitForEvent key: 0x00000000
            ReadKeyStroke: 0x00000000
            scan 1 char 0
            WaitForEvent key: 0x00000000
            ReadKeyStroke: 0x00000000
            scan 23 char 0
            ReadKeyStroke with none: 0x80000006
            CheckEvent WaitForKey: 0x80000006

            """)), run.Stdout);
        Assert.Matches("^nt2cs: firmware: ConOut->OutputString called with This 0x[0-9A-F]{8}, which is no Simple Text Output protocol of the firmware's\n$", run.Stderr);
        Assert.Equal(3, run.Status);
        var again = FirmwareApps.Run(apps.File("console"), input: "a\r\x7f\x1b[A\x1b");
        Assert.Equal(run.Stdout, again.Stdout);
        Assert.Equal(run.Stderr, again.Stderr);
    }

    /// <summary>The child's image file reaches the application as a variable the host put in the store.</summary>
    [Fact]
    public void ImagesLoadStartExitAndUnload()
    {
        string store = Path.Combine(Path.GetTempPath(), $"nt2cs-efivars-{Guid.NewGuid():N}");
        try
        {
            var variables = Nt2cs.Machine.Firmware.VariableStore.Open(store);
            variables.Put(TestVendor, "Child", 7, apps.File("child"));

            var run = FirmwareApps.Run(apps.File("images"), variableStore: store);

            Assert.Equal(Lines("""
            StartImage of the running image: 0x80000002
            UnloadImage of the running image: 0x80000003
            LoadImage without a source: 0x8000000E
            LoadImage of no image: 0x80000001
            GetVariable Child's size: 0x80000005
            GetVariable Child: 0x00000000
            LoadImage with no handle out: 0x80000002
            LoadImage with a bad parent: 0x80000002
            LoadImage of a tampered image: 0x8000001A
            LoadImage: 0x00000000
            child's loaded image: parent, system table, code type yes
            child: running
            child: HandleProtocol loaded image: 0x00000000
            child: has a parent: yes
            child: Exit as the parent: 0x80000002
            StartImage: 0x00000005
            exit data size: 36
            exit data: the child's
            FreePool of the exit data: 0x00000000
            HandleProtocol on the returned child: 0x80000002
            StartImage again: 0x80000002
            LoadImage again: 0x00000000
            UnloadImage: 0x00000000
            UnloadImage again: 0x80000002
            LoadImage once more: 0x00000000
            Exit of the loaded child: 0x00000000
            HandleProtocol on it: 0x80000002
            leaving with EFI_NOT_FOUND

            """), run.Stdout);
            Assert.Equal("nt2cs: the application returned EFI_NOT_FOUND\n", run.Stderr);
            Assert.Equal(1, run.Status);
            Assert.Contains(run.Log, line => line.StartsWith("image-loader: ", StringComparison.Ordinal) && line.Contains("its signature does not match", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(store);
        }
    }

    /// <summary>
    /// What the power-on entry cannot start ends the run with status 1 and the status named: a file that is no
    /// image (EFI_LOAD_ERROR) and an application signed with another checkout's key (EFI_SECURITY_VIOLATION); a
    /// variable store file that is not one is a set-up failure (status 2).
    /// </summary>
    [Fact]
    public void PowerOnRefusesWhatItCannotStart()
    {
        var garbage = FirmwareApps.Run("not an image at all"u8.ToArray());
        Assert.Equal((1, "nt2cs: firmware: LoadImage of the application failed: EFI_LOAD_ERROR\n"), (garbage.Status, garbage.Stderr));
        Assert.Equal("", garbage.Stdout);

        var assembly = apps.File("memory")[Nt2cs.Runtime.ImageFile.HeaderSize..];
        var foreign = FirmwareApps.Run(Nt2cs.Runtime.ImageFile.Sign(assembly, "the key of another checkout....."u8));
        Assert.Equal((1, "nt2cs: firmware: LoadImage of the application failed: EFI_SECURITY_VIOLATION\n"), (foreign.Status, foreign.Stderr));
        Assert.Contains(foreign.Log, line => line.Contains("its signature does not match", StringComparison.Ordinal));

        string store = Path.Combine(Path.GetTempPath(), $"nt2cs-efivars-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(store, "not a variable store");
            var bad = FirmwareApps.Run(apps.File("memory"), variableStore: store);
            Assert.Equal((2, $"nt2cs: --efi-vars {store}: not an nt2cs variable store (no NT2CSEFV magic)\n"), (bad.Status, bad.Stderr));
        }
        finally
        {
            File.Delete(store);
        }
    }

    /// <summary>The vendor GUID of the applications' variables.</summary>
    private static readonly Guid TestVendor = new(0x7E57BEEF, 0x0001, 0x0002, (byte)'n', (byte)'t', (byte)'2', (byte)'c', (byte)'s', (byte)'v', (byte)'a', (byte)'r');
}
