using System.Globalization;

namespace HelseIndicators.Model;

public readonly partial struct OrganisationNumber : ISpanFormattable
{
    /// <summary>Formats as "923 609 016", the form Brønnøysund shows.</summary>
    /// <returns>The number in groups of three digits.</returns>
    public override string ToString() => ToString("G", CultureInfo.InvariantCulture);

    /// <summary>Formats the number.</summary>
    /// <param name="format"><c>"G"</c> or null: "923 609 016"; <c>"D"</c>: "923609016".</param>
    /// <param name="formatProvider">Ignored: the format is the same in every culture.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not G or D.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[11];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? new string(buffer[..written])
            : throw new FormatException($"Unknown format '{format}' for an organisation number: use G (\"923 609 016\") or D (\"923609016\").");
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        var grouped = format.IsEmpty || format is "G" or "g";
        if (!grouped && format is not ("D" or "d"))
        {
            return false;
        }

        var length = grouped ? 11 : 9;
        if (destination.Length < length)
        {
            return false;
        }

        var v = _value;
        for (var i = length - 1; i >= 0; i--)
        {
            if (grouped && (i == 3 || i == 7))
            {
                destination[i] = ' ';
                continue;
            }

            destination[i] = (char)('0' + v % 10);
            v /= 10;
        }

        charsWritten = length;
        return true;
    }
}
