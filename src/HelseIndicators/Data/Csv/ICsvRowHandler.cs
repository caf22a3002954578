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
