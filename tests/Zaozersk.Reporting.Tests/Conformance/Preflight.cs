using System.Xml.Linq;
using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// Apache PDFBox Preflight, the PDF/A-1b validator Debian ships (libpdfbox2-java with
/// default-jre-headless, libactivation-java, libjaxb-api-java; ./test.sh installs them). Many files
/// are checked in one Java start: the validator's group mode reads a list of files and writes one report.
/// </summary>
internal static class Preflight
{
    private const string Java = "/usr/share/java";

    private static readonly string[] Jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"];

    /// <summary>Each named PDF with Preflight's verdict: null when it is a valid PDF/A-1b, else the errors it found.</summary>
    public static IReadOnlyList<(string Name, string? Errors)> Check(IReadOnlyList<(string Name, byte[] Pdf)> files)
    {
        if (!File.Exists(Path.Combine(Java, "preflight.jar")))
        {
            throw new InvalidOperationException("PDFBox Preflight is not installed; install libpdfbox2-java default-jre-headless libactivation-java libjaxb-api-java (as ./test.sh does)");
        }

        using var folder = new TempFolder("zr-preflight-");
        var paths = files.Select(f => Path.Combine(folder, f.Name + ".pdf")).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            File.WriteAllBytes(paths[i], files[i].Pdf);
        }

        var list = Path.Combine(folder, "files.txt");
        File.WriteAllLines(list, paths);
        var classPath = string.Join(':', Jars.Select(j => Path.Combine(Java, j + ".jar")));
        var (code, output, error) = ExternalTools.Run("java", ["-cp", classPath, "org.apache.pdfbox.preflight.Validator_A1b", "xml", "group", list], folder, timeoutSeconds: 600);
        var report = list + ".preflight.xml";
        Assert.True(File.Exists(report), $"Preflight wrote no report ({code}): {output} {error}");
        var results = XDocument.Load(report).Root!.Elements("preflight").ToList();
        Assert.Equal(files.Count, results.Count);
        return results.Select((r, i) => (files[i].Name, r.Element("isValid")?.Value == "true" ? null : (string?)Summary(r))).ToList();
    }

    /// <summary>Each kind of error once, with how often it occurs.</summary>
    private static string Summary(XElement preflight) =>
        string.Join("; ", preflight.Descendants("error")
            .Select(e => $"{e.Element("code")?.Value} {e.Element("details")?.Value}")
            .GroupBy(e => e)
            .Select(g => $"{g.Count()} × {g.Key}"));
}
