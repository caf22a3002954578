using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.FirmLists;

/// <summary>A firm list read from CSV, with the accounting of the read.</summary>
/// <param name="FirmList">The list built from the rows used.</param>
/// <param name="Diagnostics">Rows read, used and rejected, and warnings (unknown columns).</param>
/// <param name="Problems">The problems of the rejected rows (lenient mode), capped at <see cref="CsvReadOptions.MaxProblems"/>.</param>
/// <param name="Dialect">The dialect of the file.</param>
/// <remarks>Equality: by reference of the list. Thread safety: immutable.</remarks>
public sealed record FirmListCsvResult(FirmList FirmList, ReadDiagnostics Diagnostics, IReadOnlyList<DataProblem> Problems, CsvDialect Dialect);
