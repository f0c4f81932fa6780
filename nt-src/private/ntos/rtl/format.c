/*++

Module Name:

    format.c

Abstract:

    The kernel's formatted output, _vsnprintf and _snprintf, with the rules of Microsoft's C run time.

    The output is written to a buffer of Count characters. When the output, without a terminator, is
    shorter than Count it is NUL-terminated and its length returned; when it is exactly Count characters
    long it fills the buffer unterminated and Count is returned; when it is longer, the first Count
    characters are written, unterminated, and -1 is returned.

    A conversion is %[flags][width][.precision][size]type:

        flags       '-' left-justify, '+' sign always, ' ' space for a positive sign, '#' alternate form
                    (0 for octal, 0x/0X for nonzero hexadecimal), '0' pad with zeros.

        width       a decimal number or '*' (an int argument; negative means '-' and its magnitude).

        precision   '.' then a decimal number or '*' (an int argument; negative means none): the least
                    number of digits for integers, the most characters for strings.

        size        hh (char), h (short; single-byte for c, s, Z), l (long; wide for c, s), ll, I64 and j
                    (64-bit), I32, I, z and t (32-bit on i386), w (wide for c, s, Z).

        type        d i (signed decimal), u o x X (unsigned), p (a pointer as 8 uppercase hexadecimal
                    digits), c C (character: C is wide), s S (string: S is wide; NULL prints "(null)"),
                    Z (a PANSI_STRING, or with w or l a PUNICODE_STRING), % (itself).

    Wide characters are narrowed: those above 0xFF print as '?'. The floating-point conversions are not
    supported in the kernel: they consume their argument and print the conversion as written, as does any
    other unknown conversion (which consumes nothing).

Environment:

    Kernel mode, any IRQL when the buffer, the format and the arguments are resident.

--*/

#include <ntddk.h>

//
// Conversion flags.
//

#define RTLP_FORMAT_LEFT        0x0001  // '-'
#define RTLP_FORMAT_PLUS        0x0002  // '+'
#define RTLP_FORMAT_SPACE       0x0004  // ' '
#define RTLP_FORMAT_ALTERNATE   0x0008  // '#'
#define RTLP_FORMAT_ZERO        0x0010  // '0'
#define RTLP_FORMAT_UPPER       0x0020  // uppercase hexadecimal digits
#define RTLP_FORMAT_SIGNED      0x0040  // a signed conversion

//
// Argument sizes.
//

typedef enum _RTLP_FORMAT_SIZE {
    RtlpSizeDefault,
    RtlpSizeChar,                       // hh
    RtlpSizeShort,                      // h
    RtlpSizeLong,                       // l (32 bits; wide for c, s and Z)
    RtlpSizeLongLong,                   // ll, I64, j
    RtlpSizeWide                        // w
} RTLP_FORMAT_SIZE;

//
// The output under way: the buffer, its size, and how many characters the output has produced so far
// (written or not).
//

typedef struct _RTLP_FORMAT_OUTPUT {
    PCHAR Buffer;
    SIZE_T Count;
    SIZE_T Produced;
} RTLP_FORMAT_OUTPUT, *PRTLP_FORMAT_OUTPUT;

static const CHAR RtlpNullText[] = "(null)";

static
VOID
RtlpPutCharacter (
    IN OUT PRTLP_FORMAT_OUTPUT Output,
    IN CHAR Character
    )

/*++

Routine Description:

    Adds a character to the output, storing it only while the buffer has room.

Arguments:

    Output - Supplies the output.

    Character - Supplies the character.

Return Value:

    None.

--*/

{
    if (Output->Produced < Output->Count) {
        Output->Buffer[Output->Produced] = Character;
    }

    Output->Produced += 1;
}

static
VOID
RtlpPutRepeated (
    IN OUT PRTLP_FORMAT_OUTPUT Output,
    IN CHAR Character,
    IN LONG Times
    )

/*++

Routine Description:

    Adds a character to the output a number of times (none when Times is not positive).

Arguments:

    Output - Supplies the output.

    Character - Supplies the character.

    Times - Supplies the count.

Return Value:

    None.

--*/

{
    while (Times > 0) {
        RtlpPutCharacter(Output, Character);
        Times -= 1;
    }
}

static
CHAR
RtlpNarrow (
    IN WCHAR Character
    )

/*++

Routine Description:

    Narrows a UTF-16 character for single-byte output.

Arguments:

    Character - Supplies the character.

Return Value:

    The character itself when it is Latin-1 (0x00-0xFF), '?' otherwise.

--*/

{
    return Character <= 0xFF ? (CHAR)Character : '?';
}

static
VOID
RtlpFormatText (
    IN OUT PRTLP_FORMAT_OUTPUT Output,
    IN const CHAR *Narrow OPTIONAL,
    IN const WCHAR *Wide OPTIONAL,
    IN LONG Length,
    IN ULONG Flags,
    IN LONG Width,
    IN LONG Precision
    )

/*++

Routine Description:

    Writes text, single-byte or wide, padded to a width. Precision, when not negative, limits the number
    of characters taken from the text.

Arguments:

    Output - Supplies the output.

    Narrow - Supplies the single-byte text, or NULL when Wide is given.

    Wide - Supplies the wide text, or NULL when Narrow is given.

    Length - Supplies the number of characters, or -1 for text that ends at a NUL.

    Flags - Supplies the conversion's flags (left-justify and zero-padding matter).

    Width - Supplies the least number of characters to write.

    Precision - Supplies the most characters to take, or -1 for no limit.

Return Value:

    None.

--*/

{
    LONG Count = 0;
    LONG Index;

    //
    // The number of characters to take: up to the NUL or the given length, and the precision.
    //

    if (Length < 0) {
        while ((Precision < 0 || Count < Precision) &&
               (Narrow != NULL ? Narrow[Count] != '\0' : Wide[Count] != 0)) {

            Count += 1;
        }

    } else {
        Count = Length;
        if (Precision >= 0 && Count > Precision) {
            Count = Precision;
        }
    }

    if ((Flags & RTLP_FORMAT_LEFT) == 0) {
        RtlpPutRepeated(Output, (Flags & RTLP_FORMAT_ZERO) != 0 ? '0' : ' ', Width - Count);
    }

    for (Index = 0; Index < Count; Index += 1) {
        RtlpPutCharacter(Output, Narrow != NULL ? Narrow[Index] : RtlpNarrow(Wide[Index]));
    }

    if ((Flags & RTLP_FORMAT_LEFT) != 0) {
        RtlpPutRepeated(Output, ' ', Width - Count);
    }
}

static
VOID
RtlpFormatInteger (
    IN OUT PRTLP_FORMAT_OUTPUT Output,
    IN ULONGLONG Magnitude,
    IN BOOLEAN Negative,
    IN ULONG Base,
    IN ULONG Flags,
    IN LONG Width,
    IN LONG Precision
    )

/*++

Routine Description:

    Writes an integer: sign or prefix, zeros up to the precision, the digits, all padded to the width.

Arguments:

    Output - Supplies the output.

    Magnitude - Supplies the absolute value.

    Negative - Supplies TRUE when the value is negative.

    Base - Supplies 8, 10 or 16.

    Flags - Supplies the conversion's flags.

    Width - Supplies the least number of characters to write.

    Precision - Supplies the least number of digits, or -1 for the default (one digit; zero-padding to the
        width allowed).

Return Value:

    None.

--*/

{
    CHAR Digits[24];
    CHAR Prefix[2];
    LONG DigitCount = 0;
    LONG PrefixCount = 0;
    LONG Zeros = 0;
    LONG Padding;
    LONG Index;
    BOOLEAN Zero = (BOOLEAN)(Magnitude == 0);
    const CHAR *Alphabet;

    Alphabet = (Flags & RTLP_FORMAT_UPPER) != 0 ? "0123456789ABCDEF" : "0123456789abcdef";

    //
    // The digits, least significant first. A zero precision prints no digits for zero.
    //

    while (Magnitude != 0) {
        Digits[DigitCount] = Alphabet[(ULONG)(Magnitude % Base)];
        Magnitude /= Base;
        DigitCount += 1;
    }

    if (DigitCount == 0 && Precision != 0) {
        Digits[DigitCount] = '0';
        DigitCount += 1;
    }

    if (Precision > DigitCount) {
        Zeros = Precision - DigitCount;
    }

    //
    // The sign of a signed conversion; the alternate form's prefix of an unsigned one.
    //

    if ((Flags & RTLP_FORMAT_SIGNED) != 0) {
        if (Negative) {
            Prefix[PrefixCount++] = '-';
        } else if ((Flags & RTLP_FORMAT_PLUS) != 0) {
            Prefix[PrefixCount++] = '+';
        } else if ((Flags & RTLP_FORMAT_SPACE) != 0) {
            Prefix[PrefixCount++] = ' ';
        }

    } else if ((Flags & RTLP_FORMAT_ALTERNATE) != 0) {
        if (Base == 8) {
            if (Zeros == 0 && (Zero == FALSE || DigitCount == 0)) {
                Zeros = 1;
            }

        } else if (Base == 16 && !Zero) {

            Prefix[PrefixCount++] = '0';
            Prefix[PrefixCount++] = (Flags & RTLP_FORMAT_UPPER) != 0 ? 'X' : 'x';
        }
    }

    Padding = Width - (PrefixCount + Zeros + DigitCount);

    //
    // Zero-padding to the width applies only without a precision and without left-justification.
    //

    if ((Flags & (RTLP_FORMAT_ZERO | RTLP_FORMAT_LEFT)) == RTLP_FORMAT_ZERO && Precision < 0 && Padding > 0) {
        Zeros += Padding;
        Padding = 0;
    }

    if ((Flags & RTLP_FORMAT_LEFT) == 0) {
        RtlpPutRepeated(Output, ' ', Padding);
    }

    for (Index = 0; Index < PrefixCount; Index += 1) {
        RtlpPutCharacter(Output, Prefix[Index]);
    }

    RtlpPutRepeated(Output, '0', Zeros);
    while (DigitCount > 0) {
        DigitCount -= 1;
        RtlpPutCharacter(Output, Digits[DigitCount]);
    }

    if ((Flags & RTLP_FORMAT_LEFT) != 0) {
        RtlpPutRepeated(Output, ' ', Padding);
    }
}

int
__cdecl
_vsnprintf (
    char *Buffer,
    SIZE_T Count,
    const char *Format,
    va_list Arguments
    )

/*++

Routine Description:

    Formats the arguments under the control of a format string into a buffer of Count characters, as the
    module header describes.

Arguments:

    Buffer - Supplies the buffer (it may be NULL when Count is zero).

    Count - Supplies the size of the buffer in characters.

    Format - Supplies the format string.

    Arguments - Supplies the arguments.

Return Value:

    The number of characters written without a terminator when the output fits in Count characters, or
    -1 when it does not (the buffer then holds the first Count characters, unterminated).

--*/

{
    RTLP_FORMAT_OUTPUT Output;
    const char *Scan;
    const char *Conversion;
    ULONG Flags;
    LONG Width;
    LONG Precision;
    RTLP_FORMAT_SIZE Size;
    ULONGLONG Magnitude;
    LONGLONG Signed;
    BOOLEAN Negative;
    ULONG Base;
    CHAR Character;
    WCHAR WideCharacter;
    const CHAR *Narrow;
    const WCHAR *Wide;
    const STRING *AnsiString;
    const UNICODE_STRING *UnicodeString;

    Output.Buffer = Buffer;
    Output.Count = Count;
    Output.Produced = 0;

    Scan = Format;
    while (*Scan != '\0') {
        if (*Scan != '%') {
            RtlpPutCharacter(&Output, *Scan);
            Scan += 1;
            continue;
        }

        Conversion = Scan;
        Scan += 1;

        //
        // Flags.
        //

        Flags = 0;
        for (;;) {
            if (*Scan == '-') {
                Flags |= RTLP_FORMAT_LEFT;
            } else if (*Scan == '+') {
                Flags |= RTLP_FORMAT_PLUS;
            } else if (*Scan == ' ') {
                Flags |= RTLP_FORMAT_SPACE;
            } else if (*Scan == '#') {
                Flags |= RTLP_FORMAT_ALTERNATE;
            } else if (*Scan == '0') {
                Flags |= RTLP_FORMAT_ZERO;
            } else {
                break;
            }

            Scan += 1;
        }

        //
        // Width.
        //

        Width = 0;
        if (*Scan == '*') {
            Width = va_arg(Arguments, int);
            if (Width < 0) {
                Flags |= RTLP_FORMAT_LEFT;
                Width = -Width;
            }

            Scan += 1;

        } else {
            while (*Scan >= '0' && *Scan <= '9') {
                Width = Width * 10 + (*Scan - '0');
                Scan += 1;
            }
        }

        //
        // Precision.
        //

        Precision = -1;
        if (*Scan == '.') {
            Scan += 1;
            Precision = 0;
            if (*Scan == '*') {
                Precision = va_arg(Arguments, int);
                if (Precision < 0) {
                    Precision = -1;
                }

                Scan += 1;

            } else {
                while (*Scan >= '0' && *Scan <= '9') {
                    Precision = Precision * 10 + (*Scan - '0');
                    Scan += 1;
                }
            }
        }

        //
        // Size.
        //

        Size = RtlpSizeDefault;
        if (Scan[0] == 'h' && Scan[1] == 'h') {
            Size = RtlpSizeChar;
            Scan += 2;
        } else if (Scan[0] == 'h') {
            Size = RtlpSizeShort;
            Scan += 1;
        } else if (Scan[0] == 'l' && Scan[1] == 'l') {
            Size = RtlpSizeLongLong;
            Scan += 2;
        } else if (Scan[0] == 'l') {
            Size = RtlpSizeLong;
            Scan += 1;
        } else if (Scan[0] == 'w') {
            Size = RtlpSizeWide;
            Scan += 1;
        } else if (Scan[0] == 'j') {
            Size = RtlpSizeLongLong;
            Scan += 1;
        } else if (Scan[0] == 'z' || Scan[0] == 't') {
            Size = RtlpSizeLong;
            Scan += 1;
        } else if (Scan[0] == 'I' && Scan[1] == '6' && Scan[2] == '4') {
            Size = RtlpSizeLongLong;
            Scan += 3;
        } else if (Scan[0] == 'I' && Scan[1] == '3' && Scan[2] == '2') {
            Size = RtlpSizeLong;
            Scan += 3;
        } else if (Scan[0] == 'I') {
            Size = RtlpSizeLong;
            Scan += 1;
        }

        //
        // The conversion.
        //

        Base = 10;
        switch (*Scan) {
        case 'd':
        case 'i':
            if (Size == RtlpSizeLongLong) {
                Signed = va_arg(Arguments, LONGLONG);
            } else if (Size == RtlpSizeShort) {
                Signed = (SHORT)va_arg(Arguments, int);
            } else if (Size == RtlpSizeChar) {
                Signed = (signed char)va_arg(Arguments, int);
            } else {
                Signed = va_arg(Arguments, int);
            }

            Negative = (BOOLEAN)(Signed < 0);
            Magnitude = Negative ? (ULONGLONG)0 - (ULONGLONG)Signed : (ULONGLONG)Signed;
            RtlpFormatInteger(&Output, Magnitude, Negative, 10, Flags | RTLP_FORMAT_SIGNED, Width, Precision);
            break;

        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (*Scan == 'o') {
                Base = 8;
            } else if (*Scan == 'x') {
                Base = 16;
            } else if (*Scan == 'X') {
                Base = 16;
                Flags |= RTLP_FORMAT_UPPER;
            }

            if (Size == RtlpSizeLongLong) {
                Magnitude = va_arg(Arguments, ULONGLONG);
            } else if (Size == RtlpSizeShort) {
                Magnitude = (USHORT)va_arg(Arguments, int);
            } else if (Size == RtlpSizeChar) {
                Magnitude = (UCHAR)va_arg(Arguments, int);
            } else {
                Magnitude = va_arg(Arguments, unsigned int);
            }

            RtlpFormatInteger(&Output, Magnitude, FALSE, Base, Flags, Width, Precision);
            break;

        case 'p':
            Magnitude = (ULONG_PTR)va_arg(Arguments, void *);
            RtlpFormatInteger(&Output,
                              Magnitude,
                              FALSE,
                              16,
                              (Flags & (RTLP_FORMAT_LEFT | RTLP_FORMAT_ZERO)) | RTLP_FORMAT_UPPER,
                              Width,
                              Precision > 2 * (LONG)sizeof(void *) ? Precision : 2 * (LONG)sizeof(void *));
            break;

        case 'c':
        case 'C':
            if (Size == RtlpSizeLong || Size == RtlpSizeWide ||
                (*Scan == 'C' && Size != RtlpSizeShort)) {

                WideCharacter = (WCHAR)va_arg(Arguments, int);
                Character = RtlpNarrow(WideCharacter);

            } else {
                Character = (CHAR)va_arg(Arguments, int);
            }

            RtlpFormatText(&Output, &Character, NULL, 1, Flags, Width, -1);
            break;

        case 's':
        case 'S':
            if (Size == RtlpSizeLong || Size == RtlpSizeWide ||
                (*Scan == 'S' && Size != RtlpSizeShort)) {

                Wide = va_arg(Arguments, const WCHAR *);
                if (Wide == NULL) {
                    RtlpFormatText(&Output, RtlpNullText, NULL, -1, Flags, Width, Precision);
                } else {
                    RtlpFormatText(&Output, NULL, Wide, -1, Flags, Width, Precision);
                }

            } else {
                Narrow = va_arg(Arguments, const CHAR *);
                if (Narrow == NULL) {
                    Narrow = RtlpNullText;
                }

                RtlpFormatText(&Output, Narrow, NULL, -1, Flags, Width, Precision);
            }

            break;

        case 'Z':
            if (Size == RtlpSizeLong || Size == RtlpSizeWide) {
                UnicodeString = va_arg(Arguments, const UNICODE_STRING *);
                if (UnicodeString == NULL || UnicodeString->Buffer == NULL) {
                    RtlpFormatText(&Output, RtlpNullText, NULL, -1, Flags, Width, Precision);
                } else {
                    RtlpFormatText(&Output,
                                   NULL,
                                   UnicodeString->Buffer,
                                   UnicodeString->Length / sizeof(WCHAR),
                                   Flags,
                                   Width,
                                   Precision);
                }

            } else {
                AnsiString = va_arg(Arguments, const STRING *);
                if (AnsiString == NULL || AnsiString->Buffer == NULL) {
                    RtlpFormatText(&Output, RtlpNullText, NULL, -1, Flags, Width, Precision);
                } else {
                    RtlpFormatText(&Output,
                                   AnsiString->Buffer,
                                   NULL,
                                   AnsiString->Length,
                                   Flags,
                                   Width,
                                   Precision);
                }
            }

            break;

        case '%':
            RtlpPutCharacter(&Output, '%');
            break;

        case 'n':

            //
            // Writing the count through an argument is disabled, as in Microsoft's run time: the pointer
            // is consumed and nothing is stored.
            //

            (VOID)va_arg(Arguments, void *);
            break;

        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A':

            //
            // No floating point in the kernel: skip the double (8 bytes on i386) and show the conversion.
            //

            (VOID)va_arg(Arguments, ULONGLONG);
            while (Conversion <= Scan) {
                RtlpPutCharacter(&Output, *Conversion);
                Conversion += 1;
            }

            break;

        case '\0':

            //
            // The format ends inside a conversion: it prints nothing.
            //

            continue;

        default:
            while (Conversion <= Scan) {
                RtlpPutCharacter(&Output, *Conversion);
                Conversion += 1;
            }

            break;
        }

        Scan += 1;
    }

    if (Output.Produced < Count) {
        Buffer[Output.Produced] = '\0';
        return (int)Output.Produced;
    }

    if (Output.Produced == Count) {
        return (int)Count;
    }

    return -1;
}

int
__cdecl
_snprintf (
    char *Buffer,
    SIZE_T Count,
    const char *Format,
    ...
    )

/*++

Routine Description:

    Formats its arguments into a buffer as _vsnprintf does.

Arguments:

    Buffer - Supplies the buffer.

    Count - Supplies the size of the buffer in characters.

    Format - Supplies the format string.

    ... - Supplies the arguments.

Return Value:

    As for _vsnprintf.

--*/

{
    va_list Arguments;
    int Written;

    va_start(Arguments, Format);
    Written = _vsnprintf(Buffer, Count, Format, Arguments);
    va_end(Arguments);
    return Written;
}
