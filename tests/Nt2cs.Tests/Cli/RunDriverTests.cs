using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// <c>nt2cs run</c> with drivers: <c>--driver DIR</c> (a driver outside the tree, written from the DDK documentation,
/// built as the DDK would and loaded at boot, its DbgPrint lines on the console; a routine the kernel does not
/// export is a link error naming it, before anything boots), and the serial driver reading redirected stdin.
/// </summary>
public sealed class RunDriverTests
{
    [Fact]
    public void TheExampleDriverBootsLoadedWithItsDbgPrintLinesOnTheConsole()
    {
        var result = Nt2csProcess.Run(["run", "--driver", "examples/drivers/hello"], Repo.Root, timeoutSeconds: 300);
        Assert.True(result.Status == 0, result.Stderr);
        Assert.Contains("hello: DriverEntry for \\Registry\\Machine\\System\\CurrentControlSet\\Services\\hello\n" +
            "hello: \\Device\\Hello is ready\n" +
            "Driver hello loaded (\\SystemRoot\\system32\\drivers\\hello.sys)\n", result.Output);
    }

    [Fact]
    public void ADriverCallingARoutineTheKernelLacksIsALinkErrorNamingIt()
    {
        var (directory, _) = Nt2csProcess.Scratch(
            ("sources", "TARGETNAME=lacking\nTARGETTYPE=DRIVER\nSOURCES=lacking.c\n"),
            ("lacking.c", "#include <ntddk.h>\nNTSTATUS NTAPI IoRoutineNoKernelHas(PDRIVER_OBJECT DriverObject);\n" +
                "NTSTATUS NTAPI DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n" +
                "{\n    return IoRoutineNoKernelHas(DriverObject);\n}\n"));
        try
        {
            var result = Nt2csProcess.Run(["run", "--driver", directory], Repo.Root, timeoutSeconds: 300);
            Assert.Equal(1, result.Status);
            Assert.Matches(@"lacking\.c:5:\d+: error: undefined reference to 'IoRoutineNoKernelHas'", result.Stderr);
            Assert.Empty(result.Output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Redirected stdin arrives on COM1; the serial driver's interrupt-driven read takes it (STATUS_TIMEOUT once
    /// the half second passes, with every byte) and its write sends it back, beside the kernel's console lines.
    /// </summary>
    [Fact]
    public void TheSerialDriverReadsStdinFromCom1AndWritesItBack()
    {
        var result = Nt2csProcess.Run(["run", "--boot-options", "/SERIALECHO"], Repo.Root, timeoutSeconds: 300,
            stdin: "hello serial\n"u8.ToArray());
        Assert.True(result.Status == 0, result.Stderr);
        Assert.Contains("Driver serial loaded", result.Output);
        Assert.Contains("serial echo: read status 0x00000102, 13 bytes\nserial echo: hello serial\n", result.Output);
    }
}
