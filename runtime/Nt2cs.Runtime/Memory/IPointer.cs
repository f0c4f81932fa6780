namespace Nt2cs.Runtime;

/// <summary>
/// A typed guest pointer seen through one access kind. Generated field accessors are written once, as
/// extension members over any <c>IPointer&lt;S&gt;</c>; the read view (<see cref="Ptr{T}"/>) and the write view
/// (<see cref="WPtr{T}"/>) differ only in how they reach memory.
/// </summary>
public interface IPointer<T> where T : unmanaged
{
    uint Address { get; }

    /// <summary>A reference to a scalar at <paramref name="address"/>, reached as this view's access kind.</summary>
    static abstract ref U RefAt<U>(uint address) where U : unmanaged;
}
