namespace Nt2cs.Runtime;

/// <summary>excpt.h: raising structured exceptions from C (the filters' and handlers' builtins are the translator's).</summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static void RaiseException(uint code, uint flags, uint count, Ptr<uint> arguments) => Seh.Raise(code, flags, count, arguments);

    /// <summary><c>_resetstkoflw</c>: nonzero once the stack guard is back in place.</summary>
    [CFunction]
    public static int _resetstkoflw() => Stack.RestoreGuard() ? 1 : 0;

    [CFunction]
    public static void RtlRaiseStatus(int status) => Seh.RaiseStatus((uint)status);
}
