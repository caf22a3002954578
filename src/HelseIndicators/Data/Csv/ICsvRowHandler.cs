namespace HelseIndicators.Data.Csv;

/// <summary>Turns the records of one CSV format into rows, keeping its own accounting.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal interface ICsvRowHandler<T>
{
    /// <summary>Reads the header from the tokenizer's current record.</summary>
    void Header(Utf8CsvTokenizer tokenizer);

    /// <summary>Converts the current record; false when it is rejected (its problems recorded).</summary>
    bool TryRow(Utf8CsvTokenizer tokenizer, out T row);

    /// <summary>Ends the read: an empty input or, in strict mode, any problem throws <see cref="DataException"/>.</summary>
    void Complete(Utf8CsvTokenizer tokenizer, bool sawHeader);
}

/// <summary>A row handler that reads the usual line itself, straight from the bytes (see
/// <see cref="Utf8CsvTokenizer.TryPeekLine"/>), leaving any other line to <see cref="ICsvRowHandler{T}.TryRow"/>.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal interface ICsvLineHandler<T> : ICsvRowHandler<T>
{
    /// <summary>
    /// Converts a line when it is the usual one: no quote, no CR but maybe one before its LF, every field as the
    /// handler reads it at once, no problem. Else false, with nothing changed: the line is then read as a record, by
    /// <see cref="ICsvRowHandler{T}.TryRow"/>, which gives the row or its problems.
    /// </summary>
    /// <param name="text">The line, its first <paramref name="length"/> bytes, then its LF and maybe more of the input,
    /// which may be looked at (to read several bytes at once), never read as the line's.</param>
    /// <param name="length">The line's length, without its LF.</param>
    /// <param name="lineNumber">Its physical line number.</param>
    /// <param name="row">The row, when true.</param>
    /// <returns>Whether the line was read.</returns>
    bool TryLine(ReadOnlySpan<byte> text, int length, long lineNumber, out T row);
}
