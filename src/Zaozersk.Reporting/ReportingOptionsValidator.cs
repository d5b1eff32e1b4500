using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Localization;

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

    /// <summary>
    /// Every problem, in the language the options themselves choose: the options are checked when
    /// the container first hands them out, before any call could put a language in force. The
    /// option names stay as the developer writes them in code or configuration.
    /// </summary>
    private static List<string> Problems(ReportingOptions options)
    {
        using var language = CurrentLanguage.Use(Enum.IsDefined(options.Language) ? options.Language : MessageLanguage.FromUICulture);
        var problems = new List<string>();
        if (!Enum.IsDefined(options.Language))
        {
            var value = options.Language.ToString("D");
            problems.Add(Localized.Text(
                $"Language {value} is not a message language (FromUICulture, English or Russian)",
                $"параметр 'Language' = {value} — не язык сообщений ('FromUICulture', 'English' или 'Russian')"));
        }

        if (!Enum.IsDefined(options.PdfConformance))
        {
            var value = options.PdfConformance.ToString("D");
            problems.Add(Localized.Text(
                $"PdfConformance {value} is not a PDF conformance (PdfA1b, PdfA2b or None)",
                $"параметр 'PdfConformance' = {value} — не вариант PDF ('PdfA1b', 'PdfA2b' или 'None')"));
        }

        if (options.TemplateDirectory is not null && !Directory.Exists(options.TemplateDirectory))
        {
            problems.Add(Localized.Text(
                $"TemplateDirectory '{options.TemplateDirectory}' does not exist",
                $"параметр 'TemplateDirectory': папки '{options.TemplateDirectory}' не существует"));
        }

        if (options.TemplateTimeout <= TimeSpan.Zero || options.TemplateTimeout > TimeSpan.FromHours(1))
        {
            problems.Add(Localized.Text("TemplateTimeout must be more than zero and at most one hour", "параметр 'TemplateTimeout' должен быть больше нуля и не больше часа"));
        }

        if (options.MaxInputBytes < 1)
        {
            problems.Add(Localized.Text("MaxInputBytes must be at least 1", "параметр 'MaxInputBytes' должен быть не меньше 1"));
        }

        if (options.MaxTemplateOutputCharacters < 1)
        {
            problems.Add(Localized.Text("MaxTemplateOutputCharacters must be at least 1", "параметр 'MaxTemplateOutputCharacters' должен быть не меньше 1"));
        }

        if (options.MaxMarkupDepth < 2 || options.MaxMarkupDepth > ReportingOptions.MaxMarkupDepthCeiling)
        {
            var ceiling = ReportingOptions.MaxMarkupDepthCeiling.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problems.Add(Localized.Text($"MaxMarkupDepth must be from 2 to {ceiling}", $"параметр 'MaxMarkupDepth' должен быть от 2 до {ceiling}"));
        }

        if (options.MaxBlocks < 1)
        {
            problems.Add(Localized.Text("MaxBlocks must be at least 1", "параметр 'MaxBlocks' должен быть не меньше 1"));
        }

        return problems;
    }
}
