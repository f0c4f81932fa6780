namespace Nt2cs.Runtime;

/// <summary>The hosted stack's recovery after an overflow (raising exceptions is an intrinsic: <see cref="Intrinsics.RaiseException"/>).</summary>
public static unsafe partial class CLib
{
    /// <summary><c>_resetstkoflw</c>: nonzero once the stack guard is back in place.</summary>
    [CFunction]
    public static int _resetstkoflw() => Stack.RestoreGuard() ? 1 : 0;
}
