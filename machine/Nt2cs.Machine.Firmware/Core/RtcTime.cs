using Nt2cs.Machine.Devices;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// EFI_TIME (UEFI 2.10 §8.3: Year, Month, Day, Hour, Minute, Second, Pad1, Nanosecond, TimeZone, Daylight, Pad2;
/// 16 bytes) and the RTC behind it, read and written through the CMOS index and data ports as firmware does:
/// wait while an update is in progress, read in the RTC's data mode (BCD or binary, 12- or 24-hour, register B),
/// the century from CMOS 0x32. The RTC keeps no time zone: GetTime reports what SetTime last set (unspecified at
/// power-on).
/// </summary>
internal sealed record RtcTime(int Year, int Month, int Day, int Hour, int Minute, int Second, uint Nanosecond, short TimeZone, byte Daylight)
{
    public const short UnspecifiedTimeZone = 0x07FF;

    public void WriteTo(uint address)
    {
        Mem.Write(address, (ushort)Year);
        Mem.Write(address + 2, (byte)Month);
        Mem.Write(address + 3, (byte)Day);
        Mem.Write(address + 4, (byte)Hour);
        Mem.Write(address + 5, (byte)Minute);
        Mem.Write(address + 6, (byte)Second);
        Mem.Write(address + 7, (byte)0);
        Mem.Write(address + 8, Nanosecond);
        Mem.Write(address + 12, TimeZone);
        Mem.Write(address + 14, Daylight);
        Mem.Write(address + 15, (byte)0);
    }

    /// <summary>The EFI_TIME at <paramref name="address"/> if every field is in its range (§8.3), else null.</summary>
    public static RtcTime? ReadFrom(uint address)
    {
        var time = new RtcTime(Mem.Read<ushort>(address), Mem.Read<byte>(address + 2), Mem.Read<byte>(address + 3),
            Mem.Read<byte>(address + 4), Mem.Read<byte>(address + 5), Mem.Read<byte>(address + 6), Mem.Read<uint>(address + 8),
            Mem.Read<short>(address + 12), Mem.Read<byte>(address + 14));
        bool valid = time.Year is >= 1900 and <= 9999 && time.Month is >= 1 and <= 12
            && time.Day >= 1 && time.Day <= DateTime.DaysInMonth(time.Year, time.Month)
            && time.Hour <= 23 && time.Minute <= 59 && time.Second <= 59 && time.Nanosecond <= 999_999_999
            && (time.TimeZone is >= -1440 and <= 1440 || time.TimeZone == UnspecifiedTimeZone) && (time.Daylight & ~3) == 0;
        return valid ? time : null;
    }

    private static byte ReadCmos(EfiFirmware firmware, int register)
    {
        firmware.Cpu.OutPort(CmosPorts.IndexPort, 1, (uint)register);
        return (byte)firmware.Cpu.InPort(CmosPorts.DataPort, 1);
    }

    private static void WriteCmos(EfiFirmware firmware, int register, byte value)
    {
        firmware.Cpu.OutPort(CmosPorts.IndexPort, 1, (uint)register);
        firmware.Cpu.OutPort(CmosPorts.DataPort, 1, value);
    }

    /// <summary>The RTC's time, or null when an update never ends (a stopped RTC).</summary>
    public static RtcTime? Read(EfiFirmware firmware)
    {
        for (int attempt = 0; attempt < 1000; attempt++)
        {
            if ((ReadCmos(firmware, Mc146818Registers.RegisterA) & Mc146818Registers.UpdateInProgress) != 0)
            {
                firmware.Cpu.Wait(50_000);
                continue;
            }
            byte b = ReadCmos(firmware, Mc146818Registers.RegisterB);
            bool binary = (b & Mc146818Registers.DataModeBinary) != 0;
            int Value(byte raw) => binary ? raw : (raw >> 4) * 10 + (raw & 0xF);
            byte second = ReadCmos(firmware, Mc146818Registers.Seconds);
            byte minute = ReadCmos(firmware, Mc146818Registers.Minutes);
            byte hour = ReadCmos(firmware, Mc146818Registers.Hours);
            byte day = ReadCmos(firmware, Mc146818Registers.DayOfMonth);
            byte month = ReadCmos(firmware, Mc146818Registers.Month);
            byte year = ReadCmos(firmware, Mc146818Registers.Year);
            byte century = ReadCmos(firmware, Mc146818Registers.Century);
            if (ReadCmos(firmware, Mc146818Registers.Seconds) != second)
                continue;   // an update came between the reads
            int hours = Value((byte)(hour & ~Mc146818Registers.HourPm));
            if ((b & Mc146818Registers.Hours24) == 0)
                hours = hours % 12 + ((hour & Mc146818Registers.HourPm) != 0 ? 12 : 0);
            return new RtcTime(Value(century) * 100 + Value(year), Value(month), Value(day), hours, Value(minute), Value(second), 0, firmware.TimeZone, firmware.Daylight);
        }
        return null;
    }

    /// <summary>Sets the RTC (SET held while the registers are written, in the RTC's data mode).</summary>
    public static void Write(EfiFirmware firmware, RtcTime time)
    {
        byte b = ReadCmos(firmware, Mc146818Registers.RegisterB);
        bool binary = (b & Mc146818Registers.DataModeBinary) != 0;
        byte Raw(int value) => (byte)(binary ? value : (value / 10 << 4) | (value % 10));
        WriteCmos(firmware, Mc146818Registers.RegisterB, (byte)(b | Mc146818Registers.Set));
        byte hour = Raw(time.Hour);
        if ((b & Mc146818Registers.Hours24) == 0)
            hour = (byte)(Raw(time.Hour % 12 == 0 ? 12 : time.Hour % 12) | (time.Hour >= 12 ? Mc146818Registers.HourPm : 0));
        WriteCmos(firmware, Mc146818Registers.Seconds, Raw(time.Second));
        WriteCmos(firmware, Mc146818Registers.Minutes, Raw(time.Minute));
        WriteCmos(firmware, Mc146818Registers.Hours, hour);
        WriteCmos(firmware, Mc146818Registers.DayOfMonth, Raw(time.Day));
        WriteCmos(firmware, Mc146818Registers.Month, Raw(time.Month));
        WriteCmos(firmware, Mc146818Registers.Year, Raw(time.Year % 100));
        WriteCmos(firmware, Mc146818Registers.Century, Raw(time.Year / 100));
        WriteCmos(firmware, Mc146818Registers.RegisterB, b);
        firmware.TimeZone = time.TimeZone;
        firmware.Daylight = time.Daylight;
    }
}
