using BenchmarkDotNet.Attributes;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>The seed through each pipeline stage separately, to see where the time goes.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private PlanDocument _seed = null!;
    private MarkupText _markup = null!;
    private Documents.Document _document = null!;
    private Layout.LaidOutDocument _laidOut = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = SeedInput.Load();
        _markup = TemplateRenderer.Render(_seed, new TemplateRun("report", TemplateSource.BuiltIn));
        _document = DocumentComposer.Compose(_seed);
        _laidOut = Layout.Paginator.Paginate(_document);
    }

    [Benchmark]
    public int Validate() => Model.Validation.PlanValidator.Validate(_seed).Count;

    [Benchmark]
    public int Template() => TemplateRenderer.Render(_seed, new TemplateRun("report", TemplateSource.BuiltIn)).Length;

    [Benchmark]
    public int ReadMarkup() => MarkupReader.Read(_markup, "report.sbn").Sections.Count;

    [Benchmark]
    public int WriteDocx() => DocxWriter.Write(_document).Length;

    [Benchmark]
    public int Paginate() => Layout.Paginator.Paginate(_document).Pages.Count;

    [Benchmark]
    public int WritePdf() => Pdf.PdfDocumentWriter.Write(_laidOut).Length;
}
