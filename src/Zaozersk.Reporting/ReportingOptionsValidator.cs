using System.Globalization;
using Microsoft.Extensions.Options;

namespace Zaozersk.Reporting;

/// <summary>Checks <see cref="ReportingOptions"/>; registered with the options system, and used directly by the renderer's own constructors.</summary>
internal sealed class ReportingOptionsValidator : IValidateOptions<ReportingOptions>
{
    public static readonly ReportingOptionsValidator Instance = new();

    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem, if any.</summary>
    public static void ThrowIfInvalid(ReportingOptions options)
    {
        var problems = Problems(options);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ReportingOptions), problems);
        }
    }

    private static List<string> Problems(ReportingOptions options)
    {
        var problems = new List<string>();
        if (options.TemplateDirectory is not null && !Directory.Exists(options.TemplateDirectory))
        {
            problems.Add($"TemplateDirectory '{options.TemplateDirectory}' does not exist");
        }

        if (options.TemplateTimeout <= TimeSpan.Zero || options.TemplateTimeout > TimeSpan.FromHours(1))
        {
            problems.Add("TemplateTimeout must be more than zero and at most one hour");
        }

        if (options.MaxInputBytes < 1)
        {
            problems.Add("MaxInputBytes must be at least 1");
        }

        if (options.MaxTemplateOutputCharacters < 1)
        {
            problems.Add("MaxTemplateOutputCharacters must be at least 1");
        }

        if (options.MaxMarkupDepth < 2 || options.MaxMarkupDepth > ReportingOptions.MaxMarkupDepthCeiling)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MaxMarkupDepth must be from 2 to {ReportingOptions.MaxMarkupDepthCeiling}"));
        }

        if (options.MaxBlocks < 1)
        {
            problems.Add("MaxBlocks must be at least 1");
        }

        return problems;
    }
}
