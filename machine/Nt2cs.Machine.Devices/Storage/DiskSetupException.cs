namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// Bad host input for a drive, found before the guest starts (a missing or locked file, a size that is not whole
/// sectors, a read-only file asked to persist): the run stops with status 2 and this message.
/// </summary>
public sealed class DiskSetupException(string message) : Exception(message);
