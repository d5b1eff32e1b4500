using System.ComponentModel.DataAnnotations;

namespace Zaozersk.Reporting;

/// <summary>Settings of the renderer, bound through <c>IOptions&lt;ReportingOptions&gt;</c> or passed directly.</summary>
public sealed class ReportingOptions
{
    /// <summary>A folder of templates that override the built-ins by name; null for the built-ins only.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Repeat the whole table header on continuation pages, not only the row of column numbers. Default false.</summary>
    public bool RepeatFullHeader { get; set; }

    /// <summary>How long one template may run before it is stopped (an endless loop, say). Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TemplateTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (TemplateDirectory is not null && !Directory.Exists(TemplateDirectory))
        {
            problems.Add($"TemplateDirectory '{TemplateDirectory}' does not exist");
        }

        if (TemplateTimeout <= TimeSpan.Zero || TemplateTimeout > TimeSpan.FromHours(1))
        {
            problems.Add("TemplateTimeout must be more than zero and at most one hour");
        }

        return problems;
    }
}
