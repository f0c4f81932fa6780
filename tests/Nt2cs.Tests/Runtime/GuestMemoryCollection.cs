using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// The runtime keeps its guest memory, function table and C library state in statics, so every test that
/// touches them joins this collection and none of them run in parallel.
/// </summary>
[CollectionDefinition("GuestMemory", DisableParallelization = true)]
public sealed class GuestMemoryCollection
{
}
