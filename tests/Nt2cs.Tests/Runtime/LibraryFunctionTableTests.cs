using Nt2cs.Runtime;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// The C library's code addresses, given when the function table is first asked for one
/// (<see cref="Fn.RegisterLater"/>): each must be what registering at the start gave, however it is first reached.
/// </summary>
[Collection("GuestMemory")]
public sealed unsafe class LibraryFunctionTableTests
{
    /// <summary>Where registering in name order from the base puts <paramref name="name"/>.</summary>
    private static uint AddressInNameOrder(string name)
    {
        var names = Library.Functions.Concat(Library.IntrinsicFunctions).Select(m => m.Name).ToList();
        Assert.Contains(name, names);
        return GuestRuntime.LibraryCodeBase + (uint)names.IndexOf(name) * Fn.Slot;
    }

    private static string ShapeOf(string name) => AbiShape.Of(Library.Functions.Single(m => m.Name == name));

    [Fact]
    public void ACallThroughAnAddressNoOneAskedForReachesTheFunction()
    {
        using var guest = new GuestRuntime();
        uint address = AddressInNameOrder("strlen");   // as a program's data may hold it, Library.Address not called

        nint code = Fn.Resolve(new FnPtr(address), ShapeOf("strlen"));

        Assert.Equal(5u, ((delegate*<Ptr<sbyte>, uint>)code)(guest.String("hello")));
        Assert.Equal("strlen", Fn.NameOf(address));
        Assert.Equal(address, Library.Address("strlen").Address);
    }

    [Fact]
    public void NamesShapesAndAddressesAreThoseOfRegistrationAtTheStart()
    {
        using var guest = new GuestRuntime();
        uint puts = AddressInNameOrder("puts");

        Assert.Equal("puts", Fn.NameOf(puts));
        Assert.Equal(ShapeOf("puts"), Fn.ShapeOf(puts));
        Assert.Equal(puts, Library.Address("puts").Address);
        Assert.Equal(puts, Fn.AddressOf(typeof(CLib).GetMethod(nameof(CLib.puts))!));
    }

    [Fact]
    public void AResetTableForgetsARegistrationNotYetMade()
    {
        using var guest = new GuestRuntime();
        uint address = AddressInNameOrder("strlen");

        Fn.Reset();

        Assert.Null(Fn.NameOf(address));
        var fault = Assert.Throws<SehException>(() => Fn.Resolve(new FnPtr(address), ShapeOf("strlen")));
        Assert.Equal(NtStatus.AccessViolation, fault.Code);
    }
}
