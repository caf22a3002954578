namespace HelseIndicators.Data.Csv;

/// <summary>Receives the rows of a read one at a time, by reference (see <see cref="CsvRecordLoop.RunInto{T, THandler, TSink}"/>).</summary>
/// <typeparam name="T">The row type.</typeparam>
internal interface ICsvRowSink<T>
{
    /// <summary>Takes one row the reader accepted.</summary>
    /// <param name="row">The row; valid during the call only.</param>
    void Take(in T row);
}
