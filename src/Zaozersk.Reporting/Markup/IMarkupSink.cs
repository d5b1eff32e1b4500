namespace Zaozersk.Reporting.Markup;

/// <summary>Where a template's markup is written: kept whole, or handed to the reader as it comes.</summary>
internal interface IMarkupSink
{
    /// <summary>Adds <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="offset"/>.</summary>
    void Append(string text, int offset, int count);
}
