using System.Collections.Concurrent;

namespace Zaozersk.Reporting.Tests.Corpus;

/// <summary>Each fixture rendered once per test run, both formats: the corpus tests share the outputs.</summary>
internal static class CorpusRendering
{
    private static readonly ConcurrentDictionary<string, Lazy<(byte[] Docx, byte[] Pdf)>> Outputs = new();

    public static (byte[] Docx, byte[] Pdf) Of(string name) =>
        Outputs.GetOrAdd(name, n => new Lazy<(byte[], byte[])>(() => Render(FixtureCorpus.Get(n).Document))).Value;

    public static (byte[] Docx, byte[] Pdf) Render(PlanDocument document)
    {
        var renderer = new DocumentRenderer();
        using var docx = new MemoryStream();
        using var pdf = new MemoryStream();
        renderer.RenderAsync(document, OutputFormat.Docx, docx).GetAwaiter().GetResult();
        renderer.RenderAsync(document, OutputFormat.Pdf, pdf).GetAwaiter().GetResult();
        return (docx.ToArray(), pdf.ToArray());
    }
}
