namespace HelseIndicators.Data.Panel;

/// <summary>Receives the rows of a panel read one at a time, by reference: what the fast path into an aggregate uses.</summary>
internal interface IPanelRowSink
{
    /// <summary>Takes one row the reader accepted.</summary>
    /// <param name="row">The row; valid during the call only.</param>
    void Take(in PanelRow row);
}
