/*++

Module Name:

    blconfig.c

Abstract:

    Parses the boot configuration file (blconfig.h). Every fault is reported with its line and the file is
    rejected whole: an unknown key or section, a key given twice, a line without `=`, a value too long, a
    character that is not printable ASCII, a volume that is not a partition number, a required key missing.

--*/

#include "blconfig.h"

#define BL_SECTION "boot loader"

static
BOOLEAN
BlpIsSpace(
    IN CHAR Char
    )
{
    return (BOOLEAN)(Char == ' ' || Char == '\t');
}

static
CHAR
BlpLower(
    IN CHAR Char
    )
{
    return (CHAR)(Char >= 'A' && Char <= 'Z' ? Char + ('a' - 'A') : Char);
}

static
BOOLEAN
BlpEqualKey(
    IN CONST CHAR *Text,
    IN ULONG Length,
    IN PCSTR Key
    )
{
    ULONG Index;

    for (Index = 0; Index < Length; Index += 1) {
        if (Key[Index] == '\0' || BlpLower(Text[Index]) != Key[Index]) {
            return FALSE;
        }
    }
    return (BOOLEAN)(Key[Length] == '\0');
}

static
NTSTATUS
BlpFail(
    OUT PBL_CONFIG_ERROR Error,
    IN ULONG Line,
    IN PCSTR Reason
    )
{
    Error->Line = Line;
    Error->Reason = Reason;
    return STATUS_INVALID_PARAMETER;
}

static
NTSTATUS
BlpSetString(
    OUT PCHAR Field,
    IN ULONG FieldSize,
    IN CONST CHAR *Value,
    IN ULONG Length,
    IN ULONG Line,
    OUT PBL_CONFIG_ERROR Error
    )
{
    if (Field[0] != '\0') {
        return BlpFail(Error, Line, "the key is given twice");
    }
    if (Length == 0) {
        return BlpFail(Error, Line, "no value after '='");
    }
    if (Length >= FieldSize) {
        return BlpFail(Error, Line, "the value is too long");
    }
    BlCopyMemory(Field, Value, Length);
    Field[Length] = '\0';
    return STATUS_SUCCESS;
}

static
NTSTATUS
BlpParseLine(
    IN CONST CHAR *Text,
    IN ULONG Length,
    IN ULONG Line,
    IN OUT PBOOLEAN InSection,
    IN OUT PBL_CONFIGURATION Configuration,
    OUT PBL_CONFIG_ERROR Error
    )

/*++

Routine Description:

    Parses one line, its end of line removed: blank, a comment, a section header or key=value.

--*/

{
    ULONG KeyLength;
    ULONG ValueStart;
    ULONG Index;
    ULONG Volume;
    CONST CHAR *Value;
    ULONG ValueLength;

    while (Length != 0 && BlpIsSpace(Text[0])) {
        Text += 1;
        Length -= 1;
    }
    while (Length != 0 && BlpIsSpace(Text[Length - 1])) {
        Length -= 1;
    }
    if (Length == 0 || Text[0] == ';') {
        return STATUS_SUCCESS;
    }
    if (Text[0] == '[') {
        if (Text[Length - 1] != ']' || !BlpEqualKey(Text + 1, Length - 2, BL_SECTION)) {
            return BlpFail(Error, Line, "unknown section (expected [boot loader])");
        }
        *InSection = TRUE;
        return STATUS_SUCCESS;
    }
    if (!*InSection) {
        return BlpFail(Error, Line, "a key before the [boot loader] section");
    }
    for (KeyLength = 0; KeyLength < Length && Text[KeyLength] != '='; KeyLength += 1) {
    }
    if (KeyLength == Length) {
        return BlpFail(Error, Line, "no '=' (expected key=value)");
    }
    ValueStart = KeyLength + 1;
    while (KeyLength != 0 && BlpIsSpace(Text[KeyLength - 1])) {
        KeyLength -= 1;
    }
    while (ValueStart < Length && BlpIsSpace(Text[ValueStart])) {
        ValueStart += 1;
    }
    Value = Text + ValueStart;
    ValueLength = Length - ValueStart;
    if (BlpEqualKey(Text, KeyLength, "kernel")) {
        return BlpSetString(Configuration->KernelPath, BL_MAX_PATH, Value, ValueLength, Line, Error);
    }
    if (BlpEqualKey(Text, KeyLength, "hal")) {
        return BlpSetString(Configuration->HalPath, BL_MAX_PATH, Value, ValueLength, Line, Error);
    }
    if (BlpEqualKey(Text, KeyLength, "hive")) {
        return BlpSetString(Configuration->HivePath, BL_MAX_PATH, Value, ValueLength, Line, Error);
    }
    if (BlpEqualKey(Text, KeyLength, "options")) {
        return BlpSetString(Configuration->Options, BL_MAX_OPTIONS, Value, ValueLength, Line, Error);
    }
    if (BlpEqualKey(Text, KeyLength, "volume")) {
        if (Configuration->Volume != 0) {
            return BlpFail(Error, Line, "the key is given twice");
        }
        Volume = 0;
        for (Index = 0; Index < ValueLength; Index += 1) {
            if (Value[Index] < '0' || Value[Index] > '9' || Volume > 12) {
                return BlpFail(Error, Line, "volume is not a partition number (1 to 128)");
            }
            Volume = Volume * 10 + (ULONG)(Value[Index] - '0');
        }
        if (Volume == 0 || Volume > 128) {
            return BlpFail(Error, Line, "volume is not a partition number (1 to 128)");
        }
        Configuration->Volume = Volume;
        return STATUS_SUCCESS;
    }
    return BlpFail(Error, Line, "unknown key (expected kernel, hal, volume, hive or options)");
}

NTSTATUS
BlParseConfiguration(
    IN CONST CHAR *Text,
    IN ULONG Length,
    OUT PBL_CONFIGURATION Configuration,
    OUT PBL_CONFIG_ERROR Error
    )

/*++

Routine Description:

    Parses a configuration file's bytes (lines end with LF or CR LF).

Return Value:

    STATUS_SUCCESS, or STATUS_INVALID_PARAMETER with Error saying where and why.

--*/

{
    NTSTATUS Status;
    ULONG Start = 0;
    ULONG End;
    ULONG LineLength;
    ULONG Line = 0;
    BOOLEAN InSection = FALSE;
    static CONST CHAR DefaultHive[] = "\\System32\\Config\\SYSTEM";

    BlZeroMemory(Configuration, sizeof(*Configuration));
    Error->Line = 0;
    Error->Reason = NULL;
    while (Start < Length) {
        Line += 1;
        for (End = Start; End < Length && Text[End] != '\n'; End += 1) {
            if ((Text[End] < ' ' || Text[End] > '~') && Text[End] != '\t' && !(Text[End] == '\r' && End + 1 < Length && Text[End + 1] == '\n')) {
                return BlpFail(Error, Line, "a character that is not printable ASCII");
            }
        }
        LineLength = End - Start;
        if (LineLength != 0 && Text[Start + LineLength - 1] == '\r') {
            LineLength -= 1;
        }
        if (LineLength > BL_MAX_CONFIG_LINE) {
            return BlpFail(Error, Line, "the line is too long");
        }
        Status = BlpParseLine(Text + Start, LineLength, Line, &InSection, Configuration, Error);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Start = End + 1;
    }
    if (Configuration->KernelPath[0] == '\0') {
        return BlpFail(Error, 0, "no kernel= (the kernel's image file)");
    }
    if (Configuration->HalPath[0] == '\0') {
        return BlpFail(Error, 0, "no hal= (the HAL's image file)");
    }
    if (Configuration->HivePath[0] == '\0') {
        BlCopyMemory(Configuration->HivePath, DefaultHive, sizeof(DefaultHive));
    }
    return STATUS_SUCCESS;
}
