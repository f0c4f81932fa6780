using static Nt2cs.Machine.Devices.Ide.AtaRegisters;

namespace Nt2cs.Machine.Devices.Ide;

/// <summary>The commands (ATA/ATAPI-7 volume 1 §6), run when the command latency has passed.</summary>
public sealed partial class AtaDevice
{
    public const string Model = "NT2CS ATA DISK";
    public const string Firmware = "1.0";

    private bool _lookAhead = true;
    /// <summary>SET FEATURES 03h's value: Ultra DMA mode 5 until the host picks another.</summary>
    private byte _transferMode = 0x45;

    private void Execute()
    {
        switch (_command)
        {
            case AtaCommand.IdentifyDevice:
                AtaIdentify.Build(_buffer, Drive.SectorCount, Serial, Model, Firmware, Drive.Cache.Enabled, _lookAhead, _transferMode);
                _sectorsLeft = 1;
                OfferBlock();
                break;
            case AtaCommand.ReadSectors or AtaCommand.ReadSectorsExt:
                if (TakeRange())
                    ReadBlockForHost();
                break;
            case AtaCommand.WriteSectors or AtaCommand.WriteSectorsExt:
                if (TakeRange())
                    AcceptBlock(); // PIO data-out: no interrupt before the first block
                break;
            case AtaCommand.ReadDma or AtaCommand.ReadDmaExt or AtaCommand.WriteDma or AtaCommand.WriteDmaExt:
                if (TakeRange())
                {
                    _phase = Phase.Dma;
                    _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc | AtaStatus.Drq);
                    TryStartDma();
                }
                break;
            case AtaCommand.FlushCache or AtaCommand.FlushCacheExt:
                Drive.Flush();
                Complete();
                break;
            case AtaCommand.SetFeatures:
                SetFeatures();
                break;
            case AtaCommand.ExecuteDeviceDiagnostic:
                LoadSignature();
                Complete();
                break;
            default:
                _log.Warn("IDE", $"{_name}: command 0x{_command:X2} is not supported; aborted (ABRT)");
                Abort(AtaError.Abrt);
                break;
        }
    }

    private bool IsExt => _command is AtaCommand.ReadSectorsExt or AtaCommand.WriteSectorsExt
        or AtaCommand.ReadDmaExt or AtaCommand.WriteDmaExt;

    /// <summary>
    /// Decodes the LBA and count of a read or write (28-bit: Device 3:0 and LBA High/Mid/Low, count 0 = 256;
    /// 48-bit: the previous bytes above the current ones, count 0 = 65536) into <c>_lba</c>/<c>_sectorsLeft</c>.
    /// A CHS address is aborted (ABRT), a range past the last sector is IDNF.
    /// </summary>
    private bool TakeRange()
    {
        long lba, count;
        if (IsExt)
        {
            lba = (long)(_lbaHigh >> 8) << 40 | (long)(_lbaMid >> 8) << 32 | (long)(_lbaLow >> 8) << 24
                | (long)(_lbaHigh & 0xFF) << 16 | (long)(_lbaMid & 0xFF) << 8 | (long)(_lbaLow & 0xFF);
            count = _sectorCount == 0 ? 65536 : _sectorCount;
        }
        else
        {
            lba = (long)(_device & 0x0F) << 24 | (long)(_lbaHigh & 0xFF) << 16 | (long)(_lbaMid & 0xFF) << 8 | (long)(_lbaLow & 0xFF);
            count = (_sectorCount & 0xFF) == 0 ? 256 : _sectorCount & 0xFF;
        }
        if ((_device & DeviceLba) == 0)
        {
            _log.Warn("IDE", $"{_name}: command 0x{_command:X2} with a CHS address (Device.LBA clear); aborted (ABRT), only LBA is supported");
            Abort(AtaError.Abrt);
            return false;
        }
        if (lba + count > Drive.SectorCount)
        {
            _log.Warn("IDE", $"{_name}: command 0x{_command:X2} for sectors {lba}..{lba + count - 1}, past the last sector {Drive.SectorCount - 1}; IDNF");
            Abort(AtaError.Idnf);
            return false;
        }
        _lba = lba;
        _sectorsLeft = count;
        return true;
    }

    private void SetFeatures()
    {
        byte feature = (byte)_features;
        switch (feature)
        {
            case AtaSetFeatures.EnableWriteCache:
                Drive.Cache.Enabled = true;
                break;
            case AtaSetFeatures.DisableWriteCache:
                Drive.Cache.Enabled = false; // writes the cache out first
                break;
            case AtaSetFeatures.EnableReadLookAhead:
                _lookAhead = true;
                break;
            case AtaSetFeatures.DisableReadLookAhead:
                _lookAhead = false;
                break;
            case AtaSetFeatures.SetTransferMode:
                byte mode = (byte)_sectorCount;
                if (mode is not (0x00 or 0x01 or (>= 0x08 and <= 0x0C) or (>= 0x20 and <= 0x22) or (>= 0x40 and <= 0x45)))
                {
                    _log.Warn("IDE", $"{_name}: SET FEATURES transfer mode 0x{mode:X2} is not supported; aborted (ABRT)");
                    Abort(AtaError.Abrt);
                    return;
                }
                if (mode >= 0x20)
                    _transferMode = mode;
                break;
            default:
                _log.Warn("IDE", $"{_name}: SET FEATURES subcommand 0x{feature:X2} is not supported; aborted (ABRT)");
                Abort(AtaError.Abrt);
                return;
        }
        Complete();
    }
}
