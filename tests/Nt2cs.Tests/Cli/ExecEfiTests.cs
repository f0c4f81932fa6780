using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// <c>nt2cs exec --efi</c> as a user runs it: the application booted from an ESP on each disk type prints on COM1
/// (stdout), reads a file <c>--esp-file</c> put there, and the run's status is its EFI_STATUS as the table
/// says (0, 0 with a note for a warning, 1 naming an error, ResetSystem's); a wrong combination of options is a
/// usage error (64) and a missing host file a set-up error (2).
/// </summary>
public sealed class ExecEfiTests
{
    private const string Application = """
        #include <efi.h>

        static EFI_GUID FileSystemGuid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
        static EFI_GUID LoadedImageGuid = EFI_LOADED_IMAGE_PROTOCOL_GUID;

        EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
        {
            EFI_LOADED_IMAGE_PROTOCOL *Image;
            EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *FileSystem;
            EFI_FILE_PROTOCOL *Root, *File;
            CHAR16 Line[64];
            char Bytes[32];
            UINTN Size = sizeof(Bytes) - 1, i;

            SystemTable->ConOut->OutputString(SystemTable->ConOut, L"hello from the ESP\r\n");
            if (SystemTable->BootServices->HandleProtocol(ImageHandle, &LoadedImageGuid, (VOID **)&Image) != EFI_SUCCESS ||
                SystemTable->BootServices->HandleProtocol(Image->DeviceHandle, &FileSystemGuid, (VOID **)&FileSystem) != EFI_SUCCESS ||
                FileSystem->OpenVolume(FileSystem, &Root) != EFI_SUCCESS)
                return EFI_DEVICE_ERROR;
            if (Root->Open(Root, &File, L"\\DATA\\NOTE.TXT", EFI_FILE_MODE_READ, 0) == EFI_SUCCESS && File->Read(File, &Size, Bytes) == EFI_SUCCESS) {
                for (i = 0; i < Size; i++)
                    Line[i] = Bytes[i];
                Line[Size] = 0;
                SystemTable->ConOut->OutputString(SystemTable->ConOut, Line);
            }
        #if defined(RESET)
            SystemTable->RuntimeServices->ResetSystem(EfiResetShutdown, RESET, 0, NULL);
        #endif
            return STATUS;
        }
        """;

    private static RunResult Exec(string status, params string[] options)
    {
        var (directory, environment) = Nt2csProcess.Scratch(("app.c", Application), ("note.txt", "a note the host placed\r\n"));
        try
        {
            return Nt2csProcess.Run(["exec", "--efi", "app.c", "-D", "STATUS=" + status, .. options], directory, environment, timeoutSeconds: 300);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("nvme")]
    [InlineData("ide")]
    [InlineData("virtio-blk")]
    public void TheApplicationBootsFromItsEspOnEveryDiskType(string disk)
    {
        var run = Exec("EFI_SUCCESS", "--disk", disk, "--esp-file", "note.txt=DATA/NOTE.TXT");
        Assert.True(run.Status == 0, run.Stderr);
        Assert.Equal("hello from the ESP\r\na note the host placed\r\n", run.Output);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void TheStatusIsTheApplicationsEfiStatus()
    {
        var error = Exec("EFI_NOT_FOUND", "--machine", "pc");
        Assert.Equal(1, error.Status);
        Assert.Equal("hello from the ESP\r\n", error.Output);
        Assert.Equal("nt2cs: the application returned EFI_NOT_FOUND\n", error.Stderr);
        var warning = Exec("EFI_WARN_STALE_DATA");
        Assert.Equal(0, warning.Status);
        Assert.Equal("nt2cs: note: the application returned the warning EFI_WARN_STALE_DATA\n", warning.Stderr);
        var shutdown = Exec("EFI_SUCCESS", "-D", "RESET=EFI_ABORTED");
        Assert.Equal(1, shutdown.Status);
        Assert.Contains("EFI_ABORTED", shutdown.Stderr);
    }

    [Theory]
    [InlineData("--freestanding", "--freestanding and --efi exclude each other")]
    [InlineData("--disk=scsi", "--disk scsi: expected nvme, ide or virtio-blk")]
    [InlineData("--esp-file=note.txt", "--esp-file note.txt: expected HOST=PATH")]
    [InlineData("--esp-file=note.txt=EFI/BOOT/BOOTIA32.EFI", "is the application itself")]
    [InlineData("--drive=disk.img", "--drive, --persist and --power-cut-at need --freestanding")]
    public void WrongOptionsAreUsageErrors(string option, string message)
    {
        var run = Exec("EFI_SUCCESS", option);
        Assert.Equal(64, run.Status);
        Assert.Contains(message, run.Stderr);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void EfiOptionsWithoutEfiAndAMissingHostFileAreRefused()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("app.c", Application));
        try
        {
            var arguments = Nt2csProcess.Run(["exec", "--efi", "app.c", "--", "an argument"], directory, environment);
            Assert.Equal(64, arguments.Status);
            Assert.Contains("--efi takes no program arguments", arguments.Stderr);
            var withoutEfi = Nt2csProcess.Run(["exec", "app.c", "--disk", "ide"], directory, environment);
            Assert.Equal(64, withoutEfi.Status);
            Assert.Contains("--disk, --esp-file and --efi-vars need --efi", withoutEfi.Stderr);
            var missing = Nt2csProcess.Run(["exec", "--efi", "app.c", "-D", "STATUS=0", "--esp-file", "absent.txt=X.TXT"], directory, environment, timeoutSeconds: 300);
            Assert.Equal(2, missing.Status);
            Assert.Equal("nt2cs: --esp-file absent.txt: no such file\n", missing.Stderr);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
