namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The not-yet-drawn rows of a table, each built once however often it is measured: planning a
/// page measures the same rows several times, and building a row's cells breaks their lines.
/// </summary>
internal sealed class TableRowCache(Func<int, TableRowLayout> layoutOf)
{
    private readonly Dictionary<int, TableRowInstance> _fresh = [];

    /// <summary>Row <paramref name="index"/> as it stands before any of it is drawn.</summary>
    public TableRowInstance Fresh(int index)
    {
        if (!_fresh.TryGetValue(index, out var instance))
        {
            instance = TableRowInstance.Of(layoutOf(index));
            _fresh[index] = instance;
        }

        return instance;
    }

    /// <summary>Forgets a row once it has been drawn (a continuation carries its own state).</summary>
    public void Forget(int index) => _fresh.Remove(index);

    /// <summary>Forgets every row (the table starts over).</summary>
    public void Clear() => _fresh.Clear();
}
