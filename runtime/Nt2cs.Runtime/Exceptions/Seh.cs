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

    private sealed class Dispatch(Exception original, SehException exception, uint stackMark)
    {
        /// <summary>The .NET exception the runtime is dispatching.</summary>
        public Exception Original { get; } = original;

        /// <summary>The guest exception it stands for.</summary>
        public SehException Exception { get; } = exception;

        public uint StackMark { get; } = stackMark;
        public uint Pointers { get; set; }

        /// <summary>The last guest exception raised while this filter ran: the one that ends it, if it escapes.</summary>
        public SehException? Raised { get; set; }
    }

    [ThreadStatic] private static Stack<Dispatch>? t_filters;

    /// <summary>
    /// Exceptions that stand for another from some frame on: one raised inside a filter (NT dispatches it, nested,
    /// to the frames beyond the filter's), or STATUS_NONCONTINUABLE_EXCEPTION after a filter asked to continue
    /// a non-continuable one. .NET keeps dispatching the original object, so the runtime answers for it.
    /// </summary>
    private static readonly ConditionalWeakTable<Exception, SehException> s_replaced = [];

    /// <summary>Exceptions a filter asked to resume, which no frame can do here: they end the program.</summary>
    private static readonly ConditionalWeakTable<Exception, string> s_fatal = [];

    static Seh()
    {
        // .NET swallows an exception that escapes a filter (the filter counts as false); this sees it first.
        AppDomain.CurrentDomain.FirstChanceException += (_, raised) =>
        {
            if (t_filters is { Count: > 0 } filters && SehException.FromHost(raised.Exception) is { } guest)
                filters.Peek().Raised = guest;
        };
    }

    /// <summary>The guest exception a .NET exception stands for, or null for exceptions SEH must not see (exit, abort, host errors).</summary>
    public static SehException? AsGuestException(Exception e)
    {
        Settle(e);
        if (s_fatal.TryGetValue(e, out _))
            return null;
        return s_replaced.TryGetValue(e, out var replacement) ? replacement : SehException.FromHost(e);
    }

    /// <summary>Why the program must end on <paramref name="e"/>, if a filter asked for what cannot be done.</summary>
    public static string? FatalReason(Exception e)
    {
        Settle(e);
        return s_fatal.TryGetValue(e, out var reason) ? reason : null;
    }

    /// <summary>
    /// Filters of <paramref name="e"/> that never reached <see cref="Decide"/> ended in an exception of their own:
    /// that exception is what the frames beyond see.
    /// </summary>
    private static void Settle(Exception e)
    {
        while (t_filters is { Count: > 0 } filters && ReferenceEquals(filters.Peek().Original, e))
        {
            var ended = filters.Pop();
            Stack.Sp = ended.StackMark;
            if (ended.Raised is { } nested)
                s_replaced.AddOrUpdate(e, nested);
        }
    }

    /// <summary>
    /// True while the program, or one guest context, unwinds because it is ending: <c>exit</c>, <c>abort</c>, an
    /// exception no <c>__except</c> handles, a fatal fault, the machine's run or a context ending. A translated
    /// <c>__finally</c> skips its body then (<c>finally { if (!Seh.TearingDown) { … } }</c>): Windows runs no
    /// termination handler when the process ends inside a <c>__try</c> (ExitProcess, ExitThread, abort) or an
    /// exception goes unhandled, since the unwind that would run them never happens.
    /// </summary>
    /// <remarks>
    /// Set by <see cref="MarkTeardown"/> from an exception filter at the top of the guest thread: filters run in
    /// the first pass, after every C filter had its say and before any <c>finally</c> runs. One flag serves the
    /// process: only one guest thread runs at a time.
    /// </remarks>
    public static bool TearingDown { get; private set; }

    /// <summary>For a filter at the top of a guest thread: marks the teardown, and catches nothing (always false).</summary>
    public static bool MarkTeardown()
    {
        TearingDown = true;
        return false;
    }

    /// <summary>Guest code runs normally again (a new run, or the context whose deletion was awaited resumes).</summary>
    public static void EndTeardown() => TearingDown = false;

    /// <summary>First half of a filter: makes <paramref name="e"/> current; false if it is not a guest exception.</summary>
    public static bool Enter(Exception e)
    {
        var guest = AsGuestException(e);
        if (guest is null)
            return false;
        (t_filters ??= new Stack<Dispatch>()).Push(new Dispatch(e, guest, Stack.Sp));
        return true;
    }

    /// <summary>
    /// Second half: the filter's value decides. EXCEPTION_CONTINUE_EXECUTION of a non-continuable exception
    /// raises STATUS_NONCONTINUABLE_EXCEPTION (the original chained to it) for the frames beyond, as NT does; a
    /// continuable one would resume at the fault, which translated code cannot do, so the program ends with a
    /// report rather than run on wrongly.
    /// </summary>
    public static bool Decide(int filterValue)
    {
        var dispatch = t_filters!.Pop();
        Stack.Sp = dispatch.StackMark;
        if (filterValue != ContinueExecution)
            return filterValue > 0;
        if ((dispatch.Exception.Flags & NonContinuable) != 0)
            s_replaced.AddOrUpdate(dispatch.Original, new SehException(NtStatus.NonContinuableException, NonContinuable) { Chained = dispatch.Exception });
        else
            s_fatal.AddOrUpdate(dispatch.Original, $"a filter returned EXCEPTION_CONTINUE_EXECUTION for {dispatch.Exception.Message}; "
                + "resuming at the point of the exception is not supported");
        return false;
    }

    /// <summary>EXCEPTION_NONCONTINUABLE in ExceptionFlags.</summary>
    public const uint NonContinuable = 1;

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
        uint context = Stack.Alloca(ContextSize);
        Mem.Fill(context, 0, ContextSize);
        uint record = WriteRecord(dispatch.Exception);
        uint pointers = Stack.Alloca(8);
        Mem.RefW<uint>(pointers) = record;
        Mem.RefW<uint>(pointers + 4) = context;
        dispatch.Pointers = pointers;
        return new Ptr<CVoid>(pointers);
    }

    /// <summary>An EXCEPTION_RECORD on the guest stack, with the record it chains to (ExceptionRecord) below it.</summary>
    private static uint WriteRecord(SehException exception)
    {
        uint chained = exception.Chained is { } inner ? WriteRecord(inner) : 0;
        uint record = Stack.Alloca(ExceptionRecordSize);
        Mem.Fill(record, 0, ExceptionRecordSize);
        Mem.RefW<uint>(record) = exception.Code;
        Mem.RefW<uint>(record + 4) = exception.Flags;
        Mem.RefW<uint>(record + 8) = chained;
        Mem.RefW<uint>(record + 12) = exception.Address;
        uint count = Math.Min((uint)exception.Information.Length, MaximumParameters);
        Mem.RefW<uint>(record + 16) = count;
        for (uint i = 0; i < count; i++)
            Mem.RefW<uint>(record + 20 + 4 * i) = exception.Information[i];
        return record;
    }

    private static Dispatch Current => t_filters is { Count: > 0 } filters ? filters.Peek()
        : throw new InvalidOperationException("GetExceptionCode or GetExceptionInformation outside an exception filter");

    /// <summary><c>RaiseException(code, flags, count, arguments)</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Raise(uint code, uint flags, uint count, Ptr<uint> arguments)
    {
        // A NULL argument array means no parameters, whatever the count says (RaiseException's documentation).
        count = arguments.IsNull ? 0 : Math.Min(count, MaximumParameters);
        var information = new uint[count];
        for (int i = 0; i < count; i++)
            information[i] = arguments[i];
        throw new SehException(code, flags, information);
    }

    /// <summary><c>RtlRaiseStatus(status)</c>: a non-continuable exception with no parameters.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void RaiseStatus(uint status) => throw new SehException(status, 1);
}
