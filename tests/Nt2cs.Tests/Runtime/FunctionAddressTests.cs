using System.Reflection;
using Nt2cs.Runtime;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// A method's code address where its entry point is not the one registered (a collectible image's: fault reports
/// and <c>_ReturnAddress</c> ask for it): read from its unit's <c>AddressOf</c> table, also for a method in a part
/// of a very large unit (SplitLargeUnits), whose table is the enclosing unit's.
/// </summary>
[Collection("GuestMemory")]
public sealed class FunctionAddressTests
{
    private const uint OwnAddress = 0x0070_0010;
    private const uint InPartAddress = 0x0070_0020;

    /// <summary>Shaped as a translated unit: its address table, a function of its own and one in a part.</summary>
    public static class unit_c
    {
        public static void Own()
        {
        }

        public static class AddressOf
        {
            public static FnPtr Own => new(OwnAddress);
            public static FnPtr InPart => new(InPartAddress);
        }

        internal static class __Part1
        {
            public static void InPart()
            {
            }
        }
    }

    /// <summary>A class no unit's table is of.</summary>
    public static class Other
    {
        public static void Elsewhere()
        {
        }
    }

    [Fact]
    public void AMethodInAPartHasTheAddressItsUnitsTableGives()
    {
        using var guest = new GuestRuntime();
        // Registered with entries other than the methods' own, as a collectible image's are.
        Fn.Register(OwnAddress, 1, "v:", "Own");
        Fn.Register(InPartAddress, 2, "v:", "InPart");
        MethodInfo Method(Type type, string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

        Assert.Equal(OwnAddress, Fn.AddressOf(Method(typeof(unit_c), nameof(unit_c.Own))));
        Assert.Equal(InPartAddress, Fn.AddressOf(Method(typeof(unit_c.__Part1), nameof(unit_c.__Part1.InPart))));
        Assert.Null(Fn.AddressOf(Method(typeof(Other), nameof(Other.Elsewhere))));
    }
}
