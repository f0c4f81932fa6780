namespace Nt2cs.Machine.Pc;

/// <summary>The SYSTEM hive composed from its <c>.reg</c> source (<c>nt-src/boot/system.reg</c>).</summary>
public static class SystemHive
{
    /// <summary>A SYSTEM hive's <c>.reg</c> source, parsed (<see cref="Registry.RegSource"/>) as HKEY_LOCAL_MACHINE\SYSTEM.</summary>
    public static Registry.RegKey Parse(string regFile) =>
        Registry.RegSource.Parse(File.ReadAllText(regFile), @"HKEY_LOCAL_MACHINE\SYSTEM", regFile);

    /// <summary>The regf image (<see cref="Registry.HiveWriter"/>) of a <c>.reg</c> source's hive.</summary>
    public static byte[] FromSource(string regFile) => Registry.HiveWriter.Write(Parse(regFile), "SYSTEM");
}
