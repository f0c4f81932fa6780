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
}
