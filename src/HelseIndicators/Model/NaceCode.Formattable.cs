namespace HelseIndicators.Model;

public readonly partial struct NaceCode : IFormattable
{
    /// <summary>Formats in the canonical dotted form: "21", "21.1", "21.10", "21.100", or the letter of a section-only code.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => ToString("G", null);

    /// <summary>Formats the code.</summary>
    /// <param name="format">
    /// <c>"G"</c> or null: dotted ("21.100"); <c>"D"</c>: digits only ("21100"); <c>"S"</c>: with the section
    /// letter ("C21.100").
    /// </param>
    /// <param name="formatProvider">Ignored: codes read the same in every culture.</param>
    /// <returns>The formatted code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not G, D or S.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var digits = Digits;
        if (digits.Length == 0)
        {
            return Section?.ToString() ?? "";
        }

        var dotted = digits.Length > 2 ? string.Concat(digits.AsSpan(0, 2), ".", digits.AsSpan(2)) : digits;
        return format switch
        {
            null or "" or "G" or "g" => dotted,
            "D" or "d" => digits,
            "S" or "s" => Section + dotted,
            _ => throw new FormatException($"Unknown format '{format}' for an industry code: use G (\"21.100\"), D (\"21100\") or S (\"C21.100\")."),
        };
    }
}
