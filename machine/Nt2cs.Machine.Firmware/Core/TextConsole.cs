using System.Text;
using Nt2cs.Machine.Devices;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The consoles on COM1 (UEFI 2.10 §12.3, §12.4), driven through the 16550's registers as a firmware serial driver
/// does (115200 baud, 8N1, FIFOs on, polled): Simple Text Output writes OutputString's characters as they are
/// (ASCII as its bytes, anything else as UTF-8), and the terminal controls a serial terminal understands for the
/// rest (ANSI/VT100: ESC[2J, ESC[row;colH, ESC[…m, ESC[?25h/l); Simple Text Input reads COM1's input, ESC [ A–D,
/// H and F as the arrow, Home and End keys. ConOut and StdErr are the same output; ConIn is its own handle.
/// </summary>
public sealed class TextConsole
{
    // SIMPLE_TEXT_OUTPUT_PROTOCOL: nine functions, then Mode.
    private const uint OutputProtocolSize = 40, OutMode = 36;

    // SIMPLE_TEXT_OUTPUT_MODE: MaxMode, Mode, Attribute, CursorColumn, CursorRow (INT32), CursorVisible (BOOLEAN).
    private const uint ModeSize = 24, MMaxMode = 0, MMode = 4, MAttribute = 8, MCursorColumn = 12, MCursorRow = 16, MCursorVisible = 20;

    // SIMPLE_TEXT_INPUT_PROTOCOL: Reset, ReadKeyStroke, WaitForKey.
    private const uint InputProtocolSize = 12, InWaitForKey = 8;

    /// <summary>Text modes: 0 is 80×25 (required), 1 is 80×50 (§12.4, QueryMode).</summary>
    private static readonly (int Columns, int Rows)[] s_modes = [(80, 25), (80, 50)];

    /// <summary>EFI_LIGHTGRAY on EFI_BLACK, the attribute after Reset.</summary>
    private const int DefaultAttribute = 0x07;

    // EFI scan codes.
    private const ushort ScanUp = 1, ScanDown = 2, ScanRight = 3, ScanLeft = 4, ScanHome = 5, ScanEnd = 6, ScanEsc = 0x17;

    private const ushort Com1 = IsaSerialPort.Com1Base;

    /// <summary>Character time at 115200 baud, 10 bits: what the console waits for the rest of an escape sequence.</summary>
    private const long CharacterNanoseconds = 86_806;

    private readonly EfiFirmware _firmware;
    private readonly Queue<(ushort Scan, ushort Unicode)> _keys = [];

    public uint Output { get; }
    public uint Input { get; }
    public uint OutputHandle { get; }
    public uint InputHandle { get; }
    private readonly uint _mode;

    internal TextConsole(EfiFirmware firmware)
    {
        _firmware = firmware;
        var code = firmware.BootCode;
        Output = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, OutputProtocolSize);
        string[] outputFunctions = [nameof(Reset), nameof(OutputString), nameof(TestString), nameof(QueryMode), nameof(SetMode),
            nameof(SetAttribute), nameof(ClearScreen), nameof(SetCursorPosition), nameof(EnableCursor)];
        for (int i = 0; i < outputFunctions.Length; i++)
            Mem.Write(Output + 4 * (uint)i, code.AddressOf(typeof(TextConsole), outputFunctions[i]));
        _mode = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, ModeSize);
        Mem.Write(Output + OutMode, _mode);
        Mem.Write(_mode + MMaxMode, s_modes.Length);
        Mem.Write(_mode + MAttribute, DefaultAttribute);
        Mem.Write(_mode + MCursorVisible, (byte)1);

        Input = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, InputProtocolSize);
        Mem.Write(Input, code.AddressOf(typeof(TextConsole), nameof(ResetInput)));
        Mem.Write(Input + 4, code.AddressOf(typeof(TextConsole), nameof(ReadKeyStroke)));
        Mem.Write(Input + InWaitForKey, firmware.Events.CreateHostWait(KeyAvailable));

        uint outputHandle = 0, inputHandle = 0;
        firmware.Handles.Install(ref outputHandle, EfiGuids.SimpleTextOutput, Output);
        firmware.Handles.Install(ref inputHandle, EfiGuids.SimpleTextInput, Input);
        (OutputHandle, InputHandle) = (outputHandle, inputHandle);
        firmware.SetConsoles(inputHandle, Input, outputHandle, Output);
        InitializeUart();
    }

    private void Out(int register, byte value) => _firmware.Cpu.OutPort((ushort)(Com1 + register), 1, value);

    private byte In(int register) => (byte)_firmware.Cpu.InPort((ushort)(Com1 + register), 1);

    private void InitializeUart()
    {
        Out(Uart16550Registers.InterruptEnable, 0);
        Out(Uart16550Registers.LineControl, Uart16550Registers.LcrDlab);
        Out(Uart16550Registers.Data, 1);                 // divisor 1: 115200 baud
        Out(Uart16550Registers.InterruptEnable, 0);
        Out(Uart16550Registers.LineControl, 0x03);        // 8 data bits, 1 stop bit, no parity
        Out(Uart16550Registers.FifoControl, Uart16550Registers.FcrEnable | Uart16550Registers.FcrReceiverReset | Uart16550Registers.FcrTransmitterReset);
        Out(Uart16550Registers.ModemControl, Uart16550Registers.McrDtr | Uart16550Registers.McrRts);
    }

    private void Send(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            for (int i = 0; i < 100_000 && (In(Uart16550Registers.LineStatus) & Uart16550Registers.LsrThrEmpty) == 0; i++)
                _firmware.Cpu.Wait(CharacterNanoseconds);
            Out(Uart16550Registers.Data, b);
        }
    }

    private void Send(string text) => Send(Encoding.ASCII.GetBytes(text));

    /// <summary>The console <paramref name="self"/> names: stops the machine when it is none.</summary>
    private static TextConsole Of(string function, uint self, bool output)
    {
        var firmware = EfiFirmware.Boot(function);
        var console = firmware.Console;
        if (self != (output ? console.Output : console.Input))
            firmware.Stop($"{function} called with This 0x{self:X8}, which is no Simple Text {(output ? "Output" : "Input")} protocol of the firmware's");
        return console;
    }

    private (int Columns, int Rows) CurrentMode => s_modes[Mem.Read<int>(_mode + MMode)];

    // ---- Simple Text Output -------------------------------------------------------------------------------------

    public static uint Reset(uint self, byte extendedVerification)
    {
        var console = Of("ConOut->Reset", self, output: true);
        console.SetAttributeCore(DefaultAttribute);
        console.SetModeCore(0);
        return EfiStatus.Success;
    }

    public static uint OutputString(uint self, uint text)
    {
        var console = Of("ConOut->OutputString", self, output: true);
        if (text == 0)
            return EfiStatus.InvalidParameter;
        var (columns, rows) = console.CurrentMode;
        int column = Mem.Read<int>(console._mode + MCursorColumn), row = Mem.Read<int>(console._mode + MCursorRow);
        var bytes = new List<byte>();
        Span<byte> utf8 = stackalloc byte[4];
        for (uint at = text; ; at += 2)
        {
            ushort c = Mem.Read<ushort>(at);
            if (c == 0)
                break;
            switch (c)
            {
                case '\r': column = 0; break;
                case '\n': row = Math.Min(row + 1, rows - 1); break;
                case '\b': column = Math.Max(column - 1, 0); break;
                default:
                    if (++column >= columns)
                    {
                        column = 0;
                        row = Math.Min(row + 1, rows - 1);
                    }
                    break;
            }
            if (c < 0x80)
                bytes.Add((byte)c);
            else
            {
                int length = new Rune(char.IsSurrogate((char)c) ? '?' : (char)c).EncodeToUtf8(utf8);
                bytes.AddRange(utf8[..length]);
            }
        }
        console.Send(bytes.ToArray());
        Mem.Write(console._mode + MCursorColumn, column);
        Mem.Write(console._mode + MCursorRow, row);
        return EfiStatus.Success;
    }

    public static uint TestString(uint self, uint text)
    {
        Of("ConOut->TestString", self, output: true);
        return text == 0 ? EfiStatus.InvalidParameter : EfiStatus.Success;
    }

    public static uint QueryMode(uint self, uint modeNumber, uint columns, uint rows)
    {
        Of("ConOut->QueryMode", self, output: true);
        if (modeNumber >= s_modes.Length)
            return EfiStatus.Unsupported;
        if (columns != 0)
            Mem.Write(columns, (uint)s_modes[modeNumber].Columns);
        if (rows != 0)
            Mem.Write(rows, (uint)s_modes[modeNumber].Rows);
        return EfiStatus.Success;
    }

    public static uint SetMode(uint self, uint modeNumber)
    {
        var console = Of("ConOut->SetMode", self, output: true);
        if (modeNumber >= s_modes.Length)
            return EfiStatus.Unsupported;
        console.SetModeCore((int)modeNumber);
        return EfiStatus.Success;
    }

    private void SetModeCore(int mode)
    {
        Mem.Write(_mode + MMode, mode);
        ClearScreenCore();
    }

    public static uint SetAttribute(uint self, uint attribute)
    {
        var console = Of("ConOut->SetAttribute", self, output: true);
        if (attribute > 0x7F)
            return EfiStatus.Unsupported;
        console.SetAttributeCore((int)attribute);
        return EfiStatus.Success;
    }

    /// <summary>EFI colours (black, blue, green, cyan, red, magenta, brown, light grey) as ANSI colour numbers.</summary>
    private static readonly int[] s_ansiColour = [0, 4, 2, 6, 1, 5, 3, 7];

    private void SetAttributeCore(int attribute)
    {
        Mem.Write(_mode + MAttribute, attribute);
        int foreground = attribute & 0x0F, background = (attribute >> 4) & 0x07;
        Send($"\x1b[{(foreground >= 8 ? 1 : 0)};{30 + s_ansiColour[foreground & 7]};{40 + s_ansiColour[background]}m");
    }

    public static uint ClearScreen(uint self)
    {
        Of("ConOut->ClearScreen", self, output: true).ClearScreenCore();
        return EfiStatus.Success;
    }

    private void ClearScreenCore()
    {
        Send("\x1b[2J\x1b[1;1H");
        Mem.Write(_mode + MCursorColumn, 0);
        Mem.Write(_mode + MCursorRow, 0);
    }

    public static uint SetCursorPosition(uint self, uint column, uint row)
    {
        var console = Of("ConOut->SetCursorPosition", self, output: true);
        var (columns, rows) = console.CurrentMode;
        if (column >= columns || row >= rows)
            return EfiStatus.Unsupported;
        console.Send($"\x1b[{row + 1};{column + 1}H");
        Mem.Write(console._mode + MCursorColumn, (int)column);
        Mem.Write(console._mode + MCursorRow, (int)row);
        return EfiStatus.Success;
    }

    public static uint EnableCursor(uint self, byte visible)
    {
        var console = Of("ConOut->EnableCursor", self, output: true);
        console.Send(visible != 0 ? "\x1b[?25h" : "\x1b[?25l");
        Mem.Write(console._mode + MCursorVisible, (byte)(visible != 0 ? 1 : 0));
        return EfiStatus.Success;
    }

    // ---- Simple Text Input --------------------------------------------------------------------------------------

    public static uint ResetInput(uint self, byte extendedVerification)
    {
        var console = Of("ConIn->Reset", self, output: false);
        console._keys.Clear();
        while (console.ByteReady())
            console.In(Uart16550Registers.Data);
        return EfiStatus.Success;
    }

    public static uint ReadKeyStroke(uint self, uint key)
    {
        var console = Of("ConIn->ReadKeyStroke", self, output: false);
        if (key == 0)
            return EfiStatus.InvalidParameter;
        if (!console.KeyAvailable())
            return EfiStatus.NotReady;
        var (scan, unicode) = console._keys.Dequeue();
        Mem.Write(key, scan);
        Mem.Write(key + 2, unicode);
        return EfiStatus.Success;
    }

    private bool ByteReady() => (In(Uart16550Registers.LineStatus) & Uart16550Registers.LsrDataReady) != 0;

    /// <summary>True when a key is waiting: reads what COM1 has received into keys.</summary>
    private bool KeyAvailable()
    {
        while (_keys.Count == 0 && ByteReady())
        {
            byte b = In(Uart16550Registers.Data);
            if (b != 0x1B)
            {
                _keys.Enqueue((0, b == 0x7F ? (ushort)'\b' : b));
                continue;
            }
            if (NextByte() is not (byte)'[')
            {
                _keys.Enqueue((ScanEsc, 0));
                continue;
            }
            ushort scan = NextByte() switch
            {
                (byte)'A' => ScanUp, (byte)'B' => ScanDown, (byte)'C' => ScanRight, (byte)'D' => ScanLeft,
                (byte)'H' => ScanHome, (byte)'F' => ScanEnd, _ => ScanEsc,
            };
            _keys.Enqueue((scan, 0));
        }
        return _keys.Count > 0;
    }

    /// <summary>The next received byte if it arrives within a few character times (the rest of an escape sequence).</summary>
    private byte? NextByte()
    {
        for (int i = 0; i < 4; i++)
        {
            if (ByteReady())
                return In(Uart16550Registers.Data);
            _firmware.Cpu.Wait(CharacterNanoseconds);
        }
        return null;
    }
}
