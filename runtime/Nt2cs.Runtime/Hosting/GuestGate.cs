namespace Nt2cs.Runtime;

/// <summary>
/// Generated code reaches guest memory, the function table, the stack and the C library through process-wide
/// statics, so a process runs one guest at a time: a hosted process and a machine both hold this gate for their
/// whole run, and a second run in the same process (a test host, an embedding tool) waits for the first.
/// </summary>
public static class GuestGate
{
    public static readonly Lock Gate = new();
}
