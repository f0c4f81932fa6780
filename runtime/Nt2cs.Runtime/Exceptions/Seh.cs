using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// Structured exception handling as translated code uses it. <c>__try { } __except (filter) { }</c> becomes
/// <c>try { } catch (Exception e) when (Seh.Enter(e) &amp;&amp; Seh.Decide(filter))</c>: C# runs exception filters in
/// the first pass, before any inner <c>finally</c>, which is SEH's two-phase order. While a filter runs, the
/// exception is "current": <c>GetExceptionCode()</c> and <c>GetExceptionInformation()</c> read it, and its
/// EXCEPTION_RECORD and CONTEXT are laid out on the guest stack below the faulting code, as NT lays them out.
/// </summary>
public static class Seh
{
    public const int ExecuteHandler = 1;
    public const int ContinueSearch = 0;
    public const int ContinueExecution = -1;

    /// <summary>Sizes of the i386 structures (winnt.h): EXCEPTION_RECORD, CONTEXT, EXCEPTION_POINTERS.</summary>
    public const uint ExceptionRecordSize = 80;
    public const uint ContextSize = 716;
    public const uint MaximumParameters = 15;

    private sealed class Dispatch(SehException exception, uint stackMark)
    {
        public SehException Exception { get; } = exception;
        public uint StackMark { get; } = stackMark;
        public uint Pointers { get; set; }
    }

    [ThreadStatic] private static Stack<Dispatch>? t_filters;

    /// <summary>The guest exception a .NET exception stands for, or null for exceptions SEH must not see (exit, abort, host errors).</summary>
    public static SehException? AsGuestException(Exception e) => SehException.FromHost(e);

    /// <summary>First half of a filter: makes <paramref name="e"/> current; false if it is not a guest exception.</summary>
    public static bool Enter(Exception e)
    {
        var guest = AsGuestException(e);
        if (guest is null)
            return false;
        (t_filters ??= new Stack<Dispatch>()).Push(new Dispatch(guest, Stack.Sp));
        return true;
    }

    /// <summary>
    /// Second half: the filter's value decides. EXCEPTION_CONTINUE_EXECUTION cannot resume here (every exception
    /// the runtime raises is non-continuable), so it continues the search, as NT would after raising
    /// STATUS_NONCONTINUABLE_EXCEPTION.
    /// </summary>
    public static bool Decide(int filterValue)
    {
        var dispatch = t_filters!.Pop();
        Stack.Sp = dispatch.StackMark;
        return filterValue > 0;
    }

    /// <summary><c>GetExceptionCode()</c> inside a filter.</summary>
    public static int Code() => (int)Current.Exception.Code;

    /// <summary><c>GetExceptionCode()</c> inside a handler: the code of the exception it caught.</summary>
    public static int Code(Exception caught) => (int)(AsGuestException(caught)?.Code ?? 0);

    /// <summary>
    /// <c>GetExceptionInformation()</c>: an EXCEPTION_POINTERS in guest memory, with the record and a CONTEXT
    /// below the current stack pointer (freed when the filter returns).
    /// </summary>
    public static Ptr<CVoid> Information()
    {
        var dispatch = Current;
        if (dispatch.Pointers != 0)
            return new Ptr<CVoid>(dispatch.Pointers);
        var exception = dispatch.Exception;
        uint context = Stack.Alloca(ContextSize);
        uint record = Stack.Alloca(ExceptionRecordSize);
        uint pointers = Stack.Alloca(8);
        Mem.Fill(context, 0, ContextSize);
        Mem.Fill(record, 0, ExceptionRecordSize);
        Mem.RefW<uint>(record) = exception.Code;
        Mem.RefW<uint>(record + 4) = exception.Flags;
        Mem.RefW<uint>(record + 12) = exception.Address;
        uint count = Math.Min((uint)exception.Information.Length, MaximumParameters);
        Mem.RefW<uint>(record + 16) = count;
        for (uint i = 0; i < count; i++)
            Mem.RefW<uint>(record + 20 + 4 * i) = exception.Information[i];
        Mem.RefW<uint>(pointers) = record;
        Mem.RefW<uint>(pointers + 4) = context;
        dispatch.Pointers = pointers;
        return new Ptr<CVoid>(pointers);
    }

    private static Dispatch Current => t_filters is { Count: > 0 } filters ? filters.Peek()
        : throw new InvalidOperationException("GetExceptionCode or GetExceptionInformation outside an exception filter");

    /// <summary><c>RaiseException(code, flags, count, arguments)</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Raise(uint code, uint flags, uint count, Ptr<uint> arguments)
    {
        count = Math.Min(count, MaximumParameters);
        var information = new uint[count];
        for (int i = 0; i < count; i++)
            information[i] = arguments[i];
        throw new SehException(code, flags, information);
    }

    /// <summary><c>RtlRaiseStatus(status)</c>: a non-continuable exception with no parameters.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void RaiseStatus(uint status) => throw new SehException(status, 1);
}
