using System.Diagnostics;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Real readers run as processes: LibreOffice for DOCX, poppler and qpdf for PDF. .ci/run installs
/// them (qpdf poppler-utils libreoffice-writer-nogui); without them these tests fail and say so.
/// </summary>
internal static class ExternalTools
{
    public static (int ExitCode, string Output, string Error) Run(string tool, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 180, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"'{tool}' is not installed; install qpdf, poppler-utils, libreoffice-writer-nogui and pandoc (as ./test.sh does)");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish in {timeoutSeconds} s");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Converts a DOCX to PDF with LibreOffice in a private profile (parallel runs must not share one).</summary>
    public static byte[] LibreOfficePdf(byte[] docx, string name)
    {
        using var folder = new TempFolder("zr-lo-");
        var input = Path.Combine(folder, name + ".docx");
        File.WriteAllBytes(input, docx);
        var profile = "file://" + Path.Combine(folder, "profile");
        var (code, output, error) = Run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, input]);
        var pdf = Path.Combine(folder, name + ".pdf");
        if (code != 0 || !File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice failed ({code}): {output} {error}");
        }

        return File.ReadAllBytes(pdf);
    }

    /// <summary>The text of a PDF by pdftotext (poppler), in reading order.</summary>
    public static string PdfText(byte[] pdf, bool layout = false)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            // -raw keeps the content stream's order, which for a table is row by row, cell by cell.
            var arguments = new List<string> { "-enc", "UTF-8", layout ? "-layout" : "-raw" };

            arguments.AddRange([file, "-"]);
            var (code, output, error) = Run("pdftotext", arguments);
            Assert.True(code == 0, error);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The page count by pdfinfo.</summary>
    public static int PageCount(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var (code, output, error) = Run("pdfinfo", [file]);
            Assert.True(code == 0, error);
            var line = output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
