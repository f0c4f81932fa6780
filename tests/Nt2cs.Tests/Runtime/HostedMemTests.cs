using Nt2cs.Runtime;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// HostedMem, the accessors of hosted programs, has no slow path that returns: its window check must take exactly
/// the accesses the hosted address space allows (HostedAddressSpace.Translate, the definition) and raise the access
/// violation for every other, at each scalar size, at the null guard and at the top of memory.
/// </summary>
[Collection("GuestMemory")]
public sealed unsafe class HostedMemTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void TakesExactlyTheAccessesTheAddressSpaceAllows(int size)
    {
        using var runtime = new GuestRuntime();
        uint top = GuestRuntime.MemorySize;
        var addresses = Around(0, 9).Concat(Around(HostedAddressSpace.NullGuard, 9)).Concat(Around(top, 17))
            .Concat(Around(0xFFFF_FFFF, 9)).Distinct();
        int checkedValid = 0;
        foreach (uint address in addresses)
        {
            bool allowed = Allowed(address, size);
            foreach (var access in new[] { Access.Read, Access.Write })
            {
                var fault = Record.Exception(() => Touch(address, size, access, 0x5A));
                if (allowed)
                {
                    Assert.True(fault is null, $"{size}-byte {access} at 0x{address:X8}: {fault}");
                }
                else
                {
                    var violation = Assert.IsType<SehException>(fault);
                    Assert.Equal(NtStatus.AccessViolation, violation.Code);
                    Assert.Equal([(uint)access, address < HostedAddressSpace.NullGuard || address >= top ? address : top], violation.Information);
                }
            }
            if (allowed)
            {
                // The same bytes as the machine's accessor reaches.
                Assert.Equal(0x5Au, (uint)Mem.Ref<byte>(address));
                checkedValid++;
            }
        }
        Assert.True(checkedValid >= 16, "the addresses tried include valid ones at both ends");
    }

    private static IEnumerable<uint> Around(uint address, int span)
    {
        for (int delta = -span; delta <= span; delta++)
            yield return unchecked(address + (uint)delta);
    }

    /// <summary>The reference: whether the address space itself translates the access.</summary>
    private static bool Allowed(uint address, int size)
    {
        try
        {
            Mem.Space.Translate(address, (uint)size, Access.Read);
            return true;
        }
        catch (SehException)
        {
            return false;
        }
    }

    private static void Touch(uint address, int size, Access access, byte value)
    {
        switch (size, access)
        {
            case (1, Access.Read): _ = HostedMem.Ref<byte>(address); break;
            case (2, Access.Read): _ = HostedMem.Ref<ushort>(address); break;
            case (4, Access.Read): _ = HostedMem.Ref<uint>(address); break;
            case (8, Access.Read): _ = HostedMem.Ref<ulong>(address); break;
            case (1, _): HostedMem.RefW<byte>(address) = value; break;
            case (2, _): HostedMem.RefW<ushort>(address) = (ushort)(value * 0x0101u); break;
            case (4, _): HostedMem.RefW<uint>(address) = value * 0x0101_0101u; break;
            default: HostedMem.RefW<ulong>(address) = value * 0x0101_0101_0101_0101ul; break;
        }
    }
}
