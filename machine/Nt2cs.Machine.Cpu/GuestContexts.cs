using Nt2cs.Runtime;

namespace Nt2cs.Machine.Cpu;

/// <summary>
/// Guest contexts: the processor states a kernel switches between (its threads). Each context is a host thread
/// with its own guest stack; exactly one runs, the others are parked in <see cref="SwitchTo"/>, so guest code
/// never runs in parallel and the machine stays deterministic.
/// </summary>
/// <remarks>
/// <para>Context 1 runs the program's entry (<see cref="Run"/>). <c>__machine_create_context(Entry, Argument,
/// StackBase, StackSize)</c> makes a parked context that, when first switched to, calls <c>Entry(Argument)</c>
/// with the stack pointer at the top of its stack; <c>__machine_switch_context</c> parks the caller where it
/// stands and resumes the target where it parked. What a kernel keeps per thread beyond the stack (EFLAGS, FS
/// base, CR3) its switch code saves and restores itself, as on hardware.</para>
/// <para>An entry function must not return (there is nothing to return to): the run ends with a report. Deleting a
/// parked context unwinds its host thread while the deleter waits; its pending <c>__finally</c> blocks do not
/// run (<see cref="Seh.TearingDown"/>), as ExitThread runs none: no guest code runs for a deleted context.</para>
/// </remarks>
public sealed class GuestContexts
{
    /// <summary>Contexts alive at once, beyond which creation raises #GP (a runaway guest).</summary>
    public const int MaxContexts = 4096;

    /// <summary>Smallest guest stack a context may have.</summary>
    public const uint MinStackSize = 4096;

    private sealed class Context(uint id, uint entry, uint argument, Stack.State stack)
    {
        public readonly uint Id = id;
        public readonly uint Entry = entry;
        public readonly uint Argument = argument;
        public Stack.State Stack = stack;
        public int DeliveryNesting;
        public Thread? Thread;
        public readonly SemaphoreSlim Wake = new(0);
        public volatile bool Abandoned;
    }

    /// <summary>Thrown in a parked context when the run ends or the context is deleted: its host thread unwinds.</summary>
    private sealed class ContextAbandonedException() : Exception("guest context abandoned");

    private readonly VirtualCpu _cpu;
    private readonly Dictionary<uint, Context> _contexts = [];
    private readonly ManualResetEventSlim _finished = new(false);
    private Context? _current;
    private uint _nextId = 1;
    private Func<int>? _main;
    private Exception? _internalError;

    internal GuestContexts(VirtualCpu cpu) => _cpu = cpu;

    public uint Current => _current?.Id ?? 0;

    public int Count => _contexts.Count;

    /// <summary>
    /// Runs <paramref name="main"/> as context 1 on the stack [<paramref name="stackFloor"/>, <paramref name="stackTop"/>)
    /// until the run ends; returns then, with every context's host thread unwound. The outcome is in
    /// <see cref="RunControl"/> and <see cref="VirtualCpu.StopReport"/>; a host-side failure is rethrown.
    /// </summary>
    public void Run(Func<int> main, uint stackTop, uint stackFloor, int hostStackBytes)
    {
        _main = main;
        Seh.EndTeardown();
        var first = Add(0, 0, new Stack.State(stackTop, stackFloor + Math.Min(Stack.GuardSize, (stackTop - stackFloor) / 4), stackFloor));
        _current = first;
        Start(first, hostStackBytes);
        _finished.Wait();
        foreach (var context in _contexts.Values.ToList())
            Abandon(context);
        if (_internalError is { } error)
            throw new InvalidOperationException($"internal error in a guest context: {error.Message}", error);
    }

    internal uint Create(uint entry, uint argument, uint stackBase, uint stackSize)
    {
        if (_contexts.Count >= MaxContexts)
            throw new SehException(NtStatus.InsufficientResources) { Data = { ["detail"] = $"more than {MaxContexts} guest contexts" } };
        if (!Fn.TryResolve(entry, "v:i", out _))
            throw new SehException(NtStatus.InvalidParameter) { Data = { ["detail"] = $"context entry 0x{entry:X8} is not a function void Entry(void *)" } };
        ulong top = ((ulong)stackBase + stackSize) & ~0xFUL;
        if (stackSize < MinStackSize || top > uint.MaxValue || top <= stackBase)
            throw new SehException(NtStatus.InvalidParameter) { Data = { ["detail"] = $"context stack 0x{stackBase:X8}+0x{stackSize:X} is not a usable stack" } };
        uint guard = Math.Min(Stack.GuardSize, stackSize / 4);
        return Add(entry, argument, new Stack.State((uint)top, stackBase + guard, stackBase)).Id;
    }

    private Context Add(uint entry, uint argument, Stack.State stack)
    {
        var context = new Context(_nextId++, entry, argument, stack);
        _contexts.Add(context.Id, context);
        return context;
    }

    /// <summary>Parks the running context and runs <paramref name="id"/>; returns when something switches back.</summary>
    internal void SwitchTo(uint id)
    {
        var self = _current!;
        if (!_contexts.TryGetValue(id, out var target))
            throw new SehException(NtStatus.InvalidParameter) { Data = { ["detail"] = $"switch to context {id}, which does not exist" } };
        if (target == self)
            return;
        self.Stack = Stack.Capture();
        self.DeliveryNesting = _cpu.DeliveryNesting;
        _current = target;
        if (target.Thread is null)
            Start(target, HostStackFor(target));
        else
            target.Wake.Release();
        Park(self);
    }

    /// <summary>Ends a parked context: its host thread unwinds while the caller waits.</summary>
    internal void Delete(uint id)
    {
        if (!_contexts.TryGetValue(id, out var context))
            throw new SehException(NtStatus.InvalidParameter) { Data = { ["detail"] = $"delete of context {id}, which does not exist" } };
        if (context == _current)
            throw new SehException(NtStatus.InvalidParameter) { Data = { ["detail"] = $"context {id} cannot delete itself" } };
        var mine = Stack.Capture();
        Abandon(context);
        Stack.Restore(mine);
        Seh.EndTeardown();
    }

    private void Abandon(Context context)
    {
        _contexts.Remove(context.Id);
        context.Abandoned = true;
        if (context.Thread is { } thread && thread != Thread.CurrentThread)
        {
            context.Wake.Release();
            thread.Join(TimeSpan.FromSeconds(10));
        }
    }

    private void Park(Context self)
    {
        self.Wake.Wait();
        if (self.Abandoned)
            throw new ContextAbandonedException();
        Stack.Restore(self.Stack);
        _cpu.DeliveryNesting = self.DeliveryNesting;
    }

    private static int HostStackFor(Context context)
    {
        // Room for the deepest recursion the guest stack allows: a guest frame is at least 16 bytes.
        long bytes = (long)(context.Stack.Sp - context.Stack.Floor) * 64;
        return (int)Math.Clamp(bytes, 16L << 20, 512L << 20);
    }

    private void Start(Context context, int hostStackBytes)
    {
        context.Thread = new Thread(() => Body(context), hostStackBytes) { Name = $"guest context {context.Id}", IsBackground = true };
        context.Thread.Start();
    }

    private void Body(Context context)
    {
        try
        {
            Stack.Restore(context.Stack);
            _cpu.DeliveryNesting = 0;
            RunEntry(context);
        }
        catch (ContextAbandonedException)
        {
            return;
        }
        catch (Exception) when (context.Abandoned)
        {
            return;
        }
        catch (MachineExitException)
        {
        }
        catch (Exception e) when (!_cpu.Run.ExitRequested)
        {
            _internalError = e;
        }
        catch (Exception)
        {
            // The CPU recorded why the run ended (DeliverUnhandled).
        }
        _finished.Set();
    }

    /// <summary>The entry, under the filter that turns an exception nothing in C handled into a CPU exception.</summary>
    private unsafe void RunEntry(Context context)
    {
        try
        {
            if (context.Id == 1)
            {
                int status = _main!();
                _cpu.Stop(MachineExitReason.ProgramReturned, status, report: null);
            }
            if (!Fn.TryResolve(context.Entry, "v:i", out nint entry))
                throw new InvalidOperationException($"context {context.Id} has no entry");
            ((delegate*<uint, void>)entry)(context.Argument);
            _cpu.Stop(MachineExitReason.Reset, 3, $"context {context.Id}'s entry function {Fn.NameOf(context.Entry)} returned: a context has nothing to return to");
        }
        catch (Exception e) when (!context.Abandoned && _cpu.DeliverUnhandled(e))
        {
        }
        catch (Exception) when (Seh.MarkTeardown())
        {
            // Never reached: the context ends, and the termination handlers it unwinds must not run guest code.
        }
    }
}
