namespace Nt2cs.Runtime;

/// <summary>setjmp.h: longjmp (setjmp itself is the translator's, as it needs the calling function's frame).</summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static void longjmp(Ptr<int> env, int value) => SetJmp.LongJmp(env, value);
}
