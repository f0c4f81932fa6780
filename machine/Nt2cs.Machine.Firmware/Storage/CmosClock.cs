using Nt2cs.Machine.Devices;
using R = Nt2cs.Machine.Devices.Mc146818Registers;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>The date and time the file system stamps entries with: the MC146818 RTC's registers through the CMOS ports (BCD or binary, 12- or 24-hour as register B says).</summary>
public static class CmosClock
{
    private const int Century = 0x32;

    public static DateTime Read(IoPortBus ports)
    {
        byte Reg(int index)
        {
            ports.WriteByte(CmosPorts.IndexPort, (byte)index);
            return ports.ReadByte(CmosPorts.DataPort);
        }
        // Wait out an update cycle in progress (it lasts under 2 ms); a stopped clock never sets UIP.
        for (int i = 0; i < 1000 && (Reg(R.RegisterA) & R.UpdateInProgress) != 0; i++)
        {
        }
        byte b = Reg(R.RegisterB);
        bool binary = (b & R.DataModeBinary) != 0;
        int Value(byte raw) => binary ? raw : (raw >> 4) * 10 + (raw & 0xF);
        int second = Value(Reg(R.Seconds)), minute = Value(Reg(R.Minutes));
        byte hourRaw = Reg(R.Hours);
        int hour = Value((byte)(hourRaw & ~R.HourPm));
        if ((b & R.Hours24) == 0)
            hour = hour % 12 + ((hourRaw & R.HourPm) != 0 ? 12 : 0);
        int day = Value(Reg(R.DayOfMonth)), month = Value(Reg(R.Month)), year = Value(Reg(R.Year));
        int century = Value(Reg(Century));
        year += century is >= 19 and <= 21 ? century * 100 : 2000;
        try
        {
            return new DateTime(year, month, day, hour, minute, second);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new DateTime(1980, 1, 1);
        }
    }
}
