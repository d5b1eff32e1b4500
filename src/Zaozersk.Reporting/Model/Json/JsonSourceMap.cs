using Zaozersk.Reporting.Diagnostics;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>Where each value of a loaded JSON file starts, by JSON path, so later checks can point at it.</summary>
internal sealed class JsonSourceMap
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    /// <summary>Name of the file the JSON came from, if any.</summary>
    public string? Source { get; init; }

    public void Add(string path, SourcePosition position) => _positions.TryAdd(path, position);

    /// <summary>The position of the value at <paramref name="path"/> or, failing that, of its nearest ancestor.</summary>
    public SourcePosition? Find(string path)
    {
        while (true)
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            path = path[..cut];
        }
    }

    /// <summary>The diagnostic with this map's file name and the position of its path.</summary>
    public Diagnostic Locate(Diagnostic diagnostic) =>
        diagnostic with { Source = diagnostic.Source ?? Source, Position = diagnostic.Position ?? Find(diagnostic.Path) };
}
