namespace Nt2cs.Tests.Loader;

/// <summary>
/// The OS loader's boot configuration file (nt-src/boot/efi/blconfig.c, run hosted through
/// tests/efi/loader/config.c): keys without regard to case, blanks and comments, CR LF or LF, the hive's default;
/// and every fault rejected with its line and reason, never half-read.
/// </summary>
public sealed class LoaderConfigurationTests : IDisposable
{
    private static readonly LoaderProgram s_program = new("config", "blconfig.c");

    private readonly string _directory = Directory.CreateTempSubdirectory("nt2cs-loader-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Parse(string text)
    {
        var path = Path.Combine(_directory, "BOOT.INI");
        File.WriteAllText(path, text);
        return s_program.Run(path);
    }

    [Fact]
    public void AConfigurationReadsWithDefaultsBlanksCommentsAndEitherLineEnd()
    {
        Assert.Equal("kernel \\K.EXE\nhal \\H.DLL\nvolume 2\nhive \\System32\\Config\\SYSTEM\noptions /SELFTEST /CMWRITE\n",
            Parse("; a comment\r\n\r\n[Boot Loader]\r\n  KERNEL = \\K.EXE  \r\nhal=\\H.DLL\nVolume=2\n\toptions =/SELFTEST /CMWRITE\n"));
        Assert.Equal("kernel \\K\nhal \\H\nvolume 0\nhive \\Other\\HIVE\noptions \n",
            Parse("[boot loader]\nkernel=\\K\nhal=\\H\nhive=\\Other\\HIVE"));
    }

    [Theory]
    [InlineData("[boot loader]\nhal=\\H\n", "line 0: no kernel= (the kernel's image file)")]
    [InlineData("[boot loader]\nkernel=\\K\n", "line 0: no hal= (the HAL's image file)")]
    [InlineData("kernel=\\K\n", "line 1: a key before the [boot loader] section")]
    [InlineData("[operating systems]\n", "line 1: unknown section (expected [boot loader])")]
    [InlineData("[boot loader]\nkernel=\\K\nkernel=\\K2\nhal=\\H\n", "line 3: the key is given twice")]
    [InlineData("[boot loader]\nkernel\n", "line 2: no '=' (expected key=value)")]
    [InlineData("[boot loader]\nkernel=\n", "line 2: no value after '='")]
    [InlineData("[boot loader]\nkernal=\\K\n", "line 2: unknown key (expected kernel, hal, volume, hive or options)")]
    [InlineData("[boot loader]\nvolume=0\n", "line 2: volume is not a partition number (1 to 128)")]
    [InlineData("[boot loader]\nvolume=129\n", "line 2: volume is not a partition number (1 to 128)")]
    [InlineData("[boot loader]\nvolume=99999999999\n", "line 2: volume is not a partition number (1 to 128)")]
    [InlineData("[boot loader]\nvolume=2x\n", "line 2: volume is not a partition number (1 to 128)")]
    [InlineData("[boot loader]\nvolume=1\nvolume=2\n", "line 3: the key is given twice")]
    [InlineData("[boot loader]\nkernel=\\K\u00e9\n", "line 2: a character that is not printable ASCII")]
    [InlineData("[boot loader]\r\nkernel=\\K\rhal=\\H\r\n", "line 2: a character that is not printable ASCII")]
    public void AFaultIsRejectedWithItsLine(string text, string expected) => Assert.Equal(expected + "\n", Parse(text));

    [Fact]
    public void ValuesLongerThanTheirFieldsAreRejected()
    {
        Assert.Equal("line 2: the value is too long\n", Parse("[boot loader]\nkernel=\\" + new string('K', 259) + "\n"));
        Assert.Equal("line 2: the line is too long\n", Parse("[boot loader]\noptions=" + new string('o', 1100) + "\n"));
        Assert.Equal("kernel \\" + new string('K', 258) + "\nhal \\H\nvolume 0\nhive \\System32\\Config\\SYSTEM\noptions \n",
            Parse("[boot loader]\nkernel=\\" + new string('K', 258) + "\nhal=\\H\n"));
    }
}
