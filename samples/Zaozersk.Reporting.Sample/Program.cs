using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;

// Sample host. Until rendering lands it validates an input and summarises it; the full CLI
// (render, batch, init, templates export) follows the public API.
Console.OutputEncoding = Encoding.UTF8;
try
{
    return args switch
    {
        ["validate", var path] => await ValidateAsync(path),
        ["schema"] => PrintSchema(),
        _ => Usage(),
    };
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    // A user never sees a stack trace; a failure here is a bug to report with this line.
    Console.Error.WriteLine($"error: unexpected failure ({ex.GetType().Name}: {ex.Message}); please report it with the input file");
    return 1;
}

static async Task<int> ValidateAsync(string path)
{
    var result = await PlanDocumentJson.LoadFileAsync(path);
    foreach (var diagnostic in result.Diagnostics)
    {
        (diagnostic.IsError ? Console.Error : Console.Out).WriteLine(diagnostic);
    }

    if (result.Document is { } document)
    {
        Console.WriteLine(Summarise(document));
    }

    var errors = result.Diagnostics.Count(d => d.IsError);
    var warnings = result.Diagnostics.Count - errors;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {errors} error(s), {warnings} warning(s)"));
    return result.HasErrors ? 1 : 0;
}

static string Summarise(PlanDocument document)
{
    var kind = document.Kind == DocumentKind.Report ? "report" : "plan";
    var period = document.ReportPeriod is { } p ? string.Create(CultureInfo.InvariantCulture, $", report period {p.Kind} {p.Year}") : string.Empty;
    var measures = document.Sections.Sum(s => s.Items.Count);
    return string.Create(CultureInfo.InvariantCulture,
        $"{kind}: {document.Organisation}, plan {document.PlanPeriod.From}–{document.PlanPeriod.To}{period}; {document.Sections.Count} sections, {measures} measures");
}

static int PrintSchema()
{
    Console.Write(PlanDocumentJson.Schema);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Zaozersk.Reporting.Sample validate <input.json>");
    Console.Error.WriteLine("       Zaozersk.Reporting.Sample schema");
    return 2;
}
