namespace Zaozersk.Reporting.Tests.Architecture;

/// <summary>
/// The library's layers point down: a type uses only types of its own layer or of the layers below
/// it, never one above or one beside it (layers of the same rank, such as Docx and Layout, do not
/// use each other). Read from the compiled assembly, so a reference anywhere (a field, a signature,
/// a method body, a lambda) counts. docs/architecture.md shows the same order.
/// </summary>
public sealed class LayerTests
{
    private const string Root = "Zaozersk.Reporting";

    /// <summary>Lowest first: rank, name, the namespaces (below <see cref="Root"/>) and the types of the root namespace it holds.</summary>
    private static readonly Layer[] Layers =
    [
        new(0, "Localization", ["Localization"], [nameof(MessageLanguage)]),
        new(1, "IO", ["IO", "Packaging"], []),
        new(2, "Diagnostics", [], [nameof(Diagnostic), nameof(DiagnosticCodes), nameof(DiagnosticSeverity), nameof(SourcePosition), nameof(ReportingException)]),
        new(3, "Fonts", ["Fonts"], []),
        new(4, "Model", ["Model"], [
            nameof(PlanDocument), nameof(PlanSection), nameof(PlanItem), nameof(ApprovalBlock), nameof(Executor), nameof(Signatory),
            nameof(ReportPeriod), nameof(YearRange), nameof(DocumentKind), nameof(ReportPeriodKind), nameof(MeasureStatus)]),
        new(5, "Model.Validation", ["Model.Validation"], []),
        new(6, "Model.Json", ["Model.Json"], [nameof(PlanDocumentJson), nameof(LoadResult)]),
        new(7, "Documents", ["Documents"], []),
        new(8, "Markup", ["Markup"], [nameof(MarkupException)]),
        new(9, "Templating", ["Templating"], [nameof(TemplateException)]),
        new(10, "Docx", ["Docx"], []),
        new(10, "Layout", ["Layout"], [nameof(LayoutException)]),
        new(11, "Pdf", ["Pdf"], [nameof(PdfConformance)]),
        new(12, "Import", ["Import"], [nameof(ImportResult), nameof(ReportSkeleton)]),
        new(12, "Composition", ["Composition"], [nameof(InvalidInputException), nameof(OutputFormat)]),
    ];

    /// <summary>What users call: every other type of the root namespace, and the DI extension.</summary>
    private static readonly Layer Facade = new(13, "façade", [], []);

    [Fact]
    public void Every_reference_points_to_the_same_layer_or_one_below()
    {
        var violations = Violations(TypeReferences.Of(typeof(DocumentRenderer).Assembly.Location));

        Assert.True(violations.Count == 0, "references that point up or sideways:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void A_reference_up_is_caught_and_named()
    {
        // The real graph, with one reference the library must never make: the model using the PDF writer.
        var references = TypeReferences.Of(typeof(DocumentRenderer).Assembly.Location)
            .ToDictionary(p => p.Key, p => (ISet<string>)new SortedSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        references["Zaozersk.Reporting.Model.Validation.TextRules"].Add("Zaozersk.Reporting.Pdf.PdfDocumentWriter");

        var violation = Assert.Single(Violations(references));

        Assert.Equal("Zaozersk.Reporting.Model.Validation.TextRules (Model.Validation) uses Zaozersk.Reporting.Pdf.PdfDocumentWriter (Pdf)", violation);
    }

    [Fact]
    public void The_reader_sees_references_inside_method_bodies_and_lambdas()
    {
        var references = TypeReferences.Of(typeof(DocumentRenderer).Assembly.Location);

        // TextRules asks CharacterPolicy inside a method body only; the DI extension news up the renderer in a lambda.
        Assert.Contains("Zaozersk.Reporting.Fonts.CharacterPolicy", references["Zaozersk.Reporting.Model.Validation.TextRules"]);
        Assert.Contains("Zaozersk.Reporting.DocumentRenderer", references["Microsoft.Extensions.DependencyInjection.ReportingServiceCollectionExtensions"]);
    }

    [Fact]
    public void Every_namespace_and_root_type_has_a_layer()
    {
        var names = Layers.SelectMany(l => l.Namespaces).ToList();
        var types = Layers.SelectMany(l => l.RootTypes).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(types.Count, types.Distinct(StringComparer.Ordinal).Count());
        var unplaced = TypeReferences.Of(typeof(DocumentRenderer).Assembly.Location).Keys
            .Where(t => t.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(t => t[(Root.Length + 1)..])
            .Where(t => t.Contains('.', StringComparison.Ordinal))
            .Select(t => t[..t.LastIndexOf('.')])
            .Distinct(StringComparer.Ordinal)
            .Where(n => !names.Contains(n, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unplaced.Count == 0, "namespaces in no layer (add them to the list): " + string.Join(", ", unplaced));
    }

    private static List<string> Violations(IReadOnlyDictionary<string, ISet<string>> references)
    {
        var violations = new List<string>();
        foreach (var (from, targets) in references.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var source = LayerOf(from);
            if (source is null)
            {
                continue;
            }

            foreach (var to in targets)
            {
                var target = LayerOf(to);
                if (target is not null && (target.Rank > source.Rank || (target.Rank == source.Rank && target != source)))
                {
                    violations.Add($"{from} ({source.Name}) uses {to} ({target.Name})");
                }
            }
        }

        return violations;
    }

    /// <summary>The layer of a type by its full name; null for types the compiler or a source generator made outside our namespaces.</summary>
    private static Layer? LayerOf(string type)
    {
        if (type == "Microsoft.Extensions.DependencyInjection.ReportingServiceCollectionExtensions")
        {
            return Facade;
        }

        if (!type.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var name = type[(Root.Length + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return Layers.FirstOrDefault(l => l.RootTypes.Contains(name, StringComparer.Ordinal)) ?? Facade;
        }

        var ns = name[..dot];
        return Layers.FirstOrDefault(l => l.Namespaces.Contains(ns, StringComparer.Ordinal));
    }

    private sealed record Layer(int Rank, string Name, string[] Namespaces, string[] RootTypes);
}
