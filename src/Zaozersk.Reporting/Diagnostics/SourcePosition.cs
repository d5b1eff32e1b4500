namespace Zaozersk.Reporting;

/// <summary>A place in a text file: 1-based line and column, the column counted in characters.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, in characters (not bytes).</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>Formats as <c>line,column</c>, the way compilers print positions.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line},{Column}");
}
