using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>A whole panel read into memory: the rows used, the accounting, and the problems of rejected rows.</summary>
/// <param name="Rows">The rows used, in file order.</param>
/// <param name="Diagnostics">Rows read, used and rejected, and warnings (unknown columns).</param>
/// <param name="Problems">The problems of the rejected rows (lenient mode; empty in strict mode), capped at <see cref="CsvReadOptions.MaxProblems"/>.</param>
/// <param name="Dialect">The dialect of the file.</param>
/// <remarks>Equality: by reference of the lists. Thread safety: immutable.</remarks>
public sealed record PanelCsvResult(IReadOnlyList<FirmYear> Rows, ReadDiagnostics Diagnostics, IReadOnlyList<DataProblem> Problems, CsvDialect Dialect);
