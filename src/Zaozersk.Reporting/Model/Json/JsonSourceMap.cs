using System.Text.Json.Nodes;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Where values of a loaded JSON file start, by JSON path, so later checks can point at them.
/// Positions are found only for the diagnostics that need them, by reading the JSON again: a map
/// of every value of a large input (23 MB for 20,000 measures) would be kept through its whole
/// deserialisation and validation, mostly for nothing.
/// </summary>
internal sealed class JsonSourceMap
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly JsonObject _schema;
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    /// <summary>A map of <paramref name="utf8"/>, read against <paramref name="schema"/> when positions are asked for.</summary>
    public JsonSourceMap(ReadOnlyMemory<byte> utf8, JsonObject schema, string? source)
    {
        _utf8 = utf8;
        _schema = schema;
        Source = source;
    }

    /// <summary>Name of the file the JSON came from, if any.</summary>
    public string? Source { get; }

    /// <summary>Records where <paramref name="path"/> starts (the first time it is met).</summary>
    public void Add(string path, SourcePosition position) => _positions.TryAdd(path, position);

    /// <summary>The diagnostic with this map's file name and the position of its path.</summary>
    public Diagnostic Locate(Diagnostic diagnostic) => LocateAll([diagnostic])[0];

    /// <summary>
    /// The diagnostics with this map's file name and the position of each one's path or, failing
    /// that, of its nearest ancestor. The JSON is read once for all of them.
    /// </summary>
    public List<Diagnostic> LocateAll(IReadOnlyList<Diagnostic> diagnostics)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics.Where(d => d.Position is null))
        {
            for (var path = diagnostic.Path; path is not null; path = Parent(path))
            {
                wanted.Add(path);
            }
        }

        if (wanted.Count > 0)
        {
            JsonShapeChecker.Record(_utf8, _schema, wanted, this);
        }

        return [.. diagnostics.Select(d => d with { Source = d.Source ?? Source, Position = d.Position ?? Find(d.Path) })];
    }

    private SourcePosition? Find(string path)
    {
        for (string? at = path; at is not null; at = Parent(at))
        {
            if (_positions.TryGetValue(at, out var position))
            {
                return position;
            }
        }

        return null;
    }

    /// <summary>The path of the value holding <paramref name="path"/>'s, or null above the top level.</summary>
    private static string? Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? null : path[..cut];
    }
}
