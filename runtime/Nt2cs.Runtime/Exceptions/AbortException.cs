namespace Nt2cs.Runtime;

/// <summary>
/// C <c>abort()</c> (and a failed <c>assert</c>) unwinding to the program's entry, which reports the exit status
/// of a process killed by SIGABRT.
/// </summary>
public sealed class AbortException() : Exception("abort()")
{
}
