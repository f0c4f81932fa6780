using System.Text;
using Nt2cs.Machine.Devices;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The consoles on COM1 (UEFI 2.10 §12.3, §12.4), driven through the 16550's registers as a firmware serial driver
/// does (115200 baud, 8N1, FIFOs on, polled). Simple Text Output writes OutputString's characters as they are
/// (ASCII as its bytes; what a PC-ANSI terminal cannot show as '?') and for the rest the ANSI sequences OVMF's
/// serial terminal sends (checked against OVMF32 under QEMU): ESC[2J ESC[01;01H to clear, ESC[rr;ccH to place the
/// cursor, ESC[0m/ESC[1m ESC[3fm ESC[4bm for an attribute (sent when the terminal's attribute changes: ConOut and
/// StdErr are two outputs with their own attributes on one terminal), ESC[=3h when mode 0 is set. Modes are 80×25,
/// 100×31 (mode 2); mode 1 (80×50) is not offered. The cursor cannot be hidden (EnableCursor(FALSE) is
/// EFI_UNSUPPORTED). Simple Text Input reads COM1's input, ESC [ A–D, H and F as the arrow, Home and End keys.
/// </summary>
public sealed class TextConsole
{
    // SIMPLE_TEXT_OUTPUT_PROTOCOL: nine functions, then Mode.
    private const uint OutputProtocolSize = 40, OutMode = 36;

    // SIMPLE_TEXT_OUTPUT_MODE: MaxMode, Mode, Attribute, CursorColumn, CursorRow (INT32), CursorVisible (BOOLEAN).
    private const uint ModeSize = 24, MMaxMode = 0, MMode = 4, MAttribute = 8, MCursorColumn = 12, MCursorRow = 16, MCursorVisible = 20;

    // SIMPLE_TEXT_INPUT_PROTOCOL: Reset, ReadKeyStroke, WaitForKey.
    private const uint InputProtocolSize = 12, InWaitForKey = 8;

    /// <summary>Text modes: 0 is 80×25 (required); 1 (80×50) is not supported (§12.4, QueryMode); 2 is 100×31.</summary>
    private static readonly (int Columns, int Rows)[] s_modes = [(80, 25), (0, 0), (100, 31)];

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
    public uint ErrorOutput { get; }
    public uint Input { get; }

    /// <summary>The attribute the terminal last received.</summary>
    private int _terminalAttribute = DefaultAttribute;

    /// <summary>An output protocol's SIMPLE_TEXT_OUTPUT_MODE (the protocol's Mode field).</summary>
    private static uint ModeOf(uint output) => Mem.Read<uint>(output + OutMode);

    internal TextConsole(EfiFirmware firmware)
    {
        _firmware = firmware;
        var code = firmware.BootCode;
        Output = NewOutput(firmware);
        ErrorOutput = NewOutput(firmware);

        Input = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, InputProtocolSize);
        Mem.Write(Input, code.AddressOf(typeof(TextConsole), nameof(ResetInput)));
        Mem.Write(Input + 4, code.AddressOf(typeof(TextConsole), nameof(ReadKeyStroke)));
        Mem.Write(Input + InWaitForKey, firmware.Events.CreateHostWait(KeyAvailable));

        uint outputHandle = 0, errorHandle = 0, inputHandle = 0;
        firmware.Handles.Install(ref outputHandle, EfiGuids.SimpleTextOutput, Output);
        firmware.Handles.Install(ref errorHandle, EfiGuids.SimpleTextOutput, ErrorOutput);
        firmware.Handles.Install(ref inputHandle, EfiGuids.SimpleTextInput, Input);
        firmware.SetConsoles(inputHandle, Input, outputHandle, Output, errorHandle, ErrorOutput);
        InitializeUart();
    }

    private static uint NewOutput(EfiFirmware firmware)
    {
        uint output = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, OutputProtocolSize);
        string[] functions = [nameof(Reset), nameof(OutputString), nameof(TestString), nameof(QueryMode), nameof(SetMode),
            nameof(SetAttribute), nameof(ClearScreen), nameof(SetCursorPosition), nameof(EnableCursor)];
        for (int i = 0; i < functions.Length; i++)
            Mem.Write(output + 4 * (uint)i, firmware.BootCode.AddressOf(typeof(TextConsole), functions[i]));
        uint mode = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, ModeSize);
        Mem.Write(output + OutMode, mode);
        Mem.Write(mode + MMaxMode, s_modes.Length);
        Mem.Write(mode + MAttribute, DefaultAttribute);
        Mem.Write(mode + MCursorVisible, (byte)1);
        return output;
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

    /// <summary>The console <paramref name="self"/> belongs to: stops the machine when it is none of the firmware's protocols.</summary>
    private static TextConsole Of(string function, uint self, bool output)
    {
        var firmware = EfiFirmware.Boot(function);
        var console = firmware.Console;
        if (output ? self != console.Output && self != console.ErrorOutput : self != console.Input)
            firmware.Stop($"{function} called with This 0x{self:X8}, which is no Simple Text {(output ? "Output" : "Input")} protocol of the firmware's");
        return console;
    }

    private static (int Columns, int Rows) CurrentMode(uint mode) => s_modes[Mem.Read<int>(mode + MMode)];

    // ---- Simple Text Output -------------------------------------------------------------------------------------

    public static uint Reset(uint self, byte extendedVerification)
    {
        var console = Of("ConOut->Reset", self, output: true);
        uint mode = ModeOf(self);
        console.SetAttributeCore(mode, Mem.Read<int>(mode + MAttribute) & 0x0F);   // the foreground kept, on black
        console.SetModeCore(mode, 0);
        return EfiStatus.Success;
    }

    public static uint OutputString(uint self, uint text)
    {
        var console = Of("ConOut->OutputString", self, output: true);
        if (text == 0)
            return EfiStatus.InvalidParameter;
        uint mode = ModeOf(self);
        console.SendAttribute(Mem.Read<int>(mode + MAttribute));
        var (columns, rows) = CurrentMode(mode);
        int column = Mem.Read<int>(mode + MCursorColumn), row = Mem.Read<int>(mode + MCursorRow);
        var bytes = new List<byte>();
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
            bytes.Add(c < 0x80 ? (byte)c : (byte)'?');
        }
        console.Send(bytes.ToArray());
        Mem.Write(mode + MCursorColumn, column);
        Mem.Write(mode + MCursorRow, row);
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
        if (modeNumber >= s_modes.Length || s_modes[modeNumber].Columns == 0)
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
        if (modeNumber >= s_modes.Length || s_modes[modeNumber].Columns == 0)
            return EfiStatus.Unsupported;
        console.SetModeCore(ModeOf(self), (int)modeNumber);
        return EfiStatus.Success;
    }

    private void SetModeCore(uint mode, int number)
    {
        Mem.Write(mode + MMode, number);
        ClearScreenCore(mode);
        if (number == 0)
        {
            Send("\x1b[=3h");
            ClearScreenCore(mode);
        }
    }

    public static uint SetAttribute(uint self, uint attribute)
    {
        var console = Of("ConOut->SetAttribute", self, output: true);
        if (attribute > 0x7F)
            return EfiStatus.Unsupported;
        console.SetAttributeCore(ModeOf(self), (int)attribute);
        return EfiStatus.Success;
    }

    /// <summary>EFI colours (black, blue, green, cyan, red, magenta, brown, light grey) as ANSI colour numbers.</summary>
    private static readonly int[] s_ansiColour = [0, 4, 2, 6, 1, 5, 3, 7];

    private void SetAttributeCore(uint mode, int attribute)
    {
        Mem.Write(mode + MAttribute, attribute);
        SendAttribute(attribute);
    }

    /// <summary>Brings the terminal to <paramref name="attribute"/> if it has another: brightness, foreground, background.</summary>
    private void SendAttribute(int attribute)
    {
        if (attribute == _terminalAttribute)
            return;
        _terminalAttribute = attribute;
        int foreground = attribute & 0x0F, background = (attribute >> 4) & 0x07;
        Send($"\x1b[{(foreground >= 8 ? 1 : 0)}m\x1b[{30 + s_ansiColour[foreground & 7]}m\x1b[{40 + s_ansiColour[background]}m");
    }

    public static uint ClearScreen(uint self)
    {
        Of("ConOut->ClearScreen", self, output: true).ClearScreenCore(ModeOf(self));
        return EfiStatus.Success;
    }

    private void ClearScreenCore(uint mode)
    {
        Send("\x1b[2J\x1b[01;01H");
        Mem.Write(mode + MCursorColumn, 0);
        Mem.Write(mode + MCursorRow, 0);
    }

    public static uint SetCursorPosition(uint self, uint column, uint row)
    {
        var console = Of("ConOut->SetCursorPosition", self, output: true);
        uint mode = ModeOf(self);
        var (columns, rows) = CurrentMode(mode);
        if (column >= columns || row >= rows)
            return EfiStatus.Unsupported;
        console.Send($"\x1b[{row + 1:D2};{column + 1:D2}H");
        Mem.Write(mode + MCursorColumn, (int)column);
        Mem.Write(mode + MCursorRow, (int)row);
        return EfiStatus.Success;
    }

    public static uint EnableCursor(uint self, byte visible)
    {
        Of("ConOut->EnableCursor", self, output: true);
        return visible != 0 ? EfiStatus.Success : EfiStatus.Unsupported;   // a serial terminal's cursor stays visible
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
