namespace Nt2cs.Tests.Support;

/// <summary>
/// Checks that a piece of code allocates nothing once warm. The runtime may allocate on the calling thread the
/// first few times code runs (tiering, on-stack replacement, type loading), so the work is warmed up first and then
/// measured several times: an allocation in the steady state shows on every measurement, a one-time allocation by
/// the runtime on at most some of them.
/// </summary>
public static class Allocations
{
    public static void AssertSteadyStateFree(Action work, int warmUps = 3, int measurements = 3)
    {
        for (int i = 0; i < warmUps; i++)
            work();
        long smallest = long.MaxValue;
        for (int i = 0; i < measurements && smallest != 0; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            smallest = Math.Min(smallest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.True(smallest == 0, $"allocated {smallest} bytes on every one of {measurements} warm runs");
    }
}
