using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>The command-line flags that change the library's limits; a flag left out keeps the library's default.</summary>
internal sealed class LimitOptions
{
    private readonly Option<long?> _maxInputSize = new("--max-input-size")
    {
        Description = Localized.Text(
            "Largest input file read, in bytes or with KB, MB or GB (default 64MB).",
            "Наибольший размер входного файла: в байтах или с единицей 'KB', 'MB', 'GB' (по умолчанию 64MB)."),
        HelpName = Localized.Text("size", "размер"),
        CustomParser = ParseSize,
    };

    private readonly Option<int?> _maxMarkupDepth = new("--max-markup-depth")
    {
        Description = Localized.Text(
            $"How deeply the template's markup may nest elements (default {MessageNumber.Count(new ReportingOptions().MaxMarkupDepth)}, at most {MessageNumber.Count(ReportingOptions.MaxMarkupDepthCeiling)}).",
            $"Наибольшая вложенность элементов в разметке шаблона (по умолчанию {MessageNumber.Count(new ReportingOptions().MaxMarkupDepth)}, не более {MessageNumber.Count(ReportingOptions.MaxMarkupDepthCeiling)})."),
        HelpName = Localized.Text("levels", "уровни"),
        CustomParser = WholeNumber(2, ReportingOptions.MaxMarkupDepthCeiling),
    };

    private readonly Option<int?> _maxBlocks = new("--max-blocks")
    {
        Description = Localized.Text(
            $"How many paragraphs, lists and tables one document may hold (default {MessageNumber.Count(new ReportingOptions().MaxBlocks)}).",
            $"Сколько абзацев, списков и таблиц может быть в одном документе (по умолчанию {MessageNumber.Count(new ReportingOptions().MaxBlocks)})."),
        HelpName = Localized.Text("count", "число"),
        CustomParser = WholeNumber(1),
    };

    private readonly Option<int?> _maxTemplateOutput = new("--max-template-output")
    {
        Description = Localized.Text(
            $"How many characters of markup a template may write (default {MessageNumber.Count(new ReportingOptions().MaxTemplateOutputCharacters)}).",
            $"Сколько знаков разметки может вывести шаблон (по умолчанию {MessageNumber.Count(new ReportingOptions().MaxTemplateOutputCharacters)})."),
        HelpName = Localized.Text("characters", "знаки"),
        CustomParser = WholeNumber(1),
    };

    /// <summary>
    /// A parser for a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>,
    /// whose errors say so in words and name the flag (the default parser's name the .NET type).
    /// </summary>
    internal static Func<ArgumentResult, int?> WholeNumber(int minimum, int maximum = int.MaxValue) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var name = result.Parent is OptionResult option ? option.Option.Name : Localized.Text("the value", "значение");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var example = Math.Max(minimum, 2).ToString(CultureInfo.InvariantCulture);
            result.AddError(Localized.Text(
                $"{name} {QuotedText.Quote(text)}: give a whole number, such as {example}",
                $"{name} {QuotedText.Quote(text)}: укажите целое число, например {example}"));
            return null;
        }

        if (value < minimum || value > maximum)
        {
            result.AddError(maximum == int.MaxValue
                ? Localized.Text(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}"), $"значение {name} должно быть не меньше {Counted.Number(minimum)}")
                : Localized.Text(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {minimum} to {maximum}"), $"значение {name} должно быть от {Counted.Number(minimum)} до {Counted.Number(maximum)}"));
            return null;
        }

        return value;
    };

    /// <summary>Adds the input size flag only (for commands that read but do not render).</summary>
    public void AddInputLimitTo(Command command) => command.Add(_maxInputSize);

    /// <summary>Adds every limit flag.</summary>
    public void AddTo(Command command)
    {
        command.Add(_maxInputSize);
        command.Add(_maxMarkupDepth);
        command.Add(_maxBlocks);
        command.Add(_maxTemplateOutput);
    }

    /// <summary>Applies the flags given to the options.</summary>
    public Action<ReportingOptions> From(ParseResult result) => options =>
    {
        options.MaxInputBytes = result.GetValue(_maxInputSize) ?? options.MaxInputBytes;
        options.MaxMarkupDepth = result.GetValue(_maxMarkupDepth) ?? options.MaxMarkupDepth;
        options.MaxBlocks = result.GetValue(_maxBlocks) ?? options.MaxBlocks;
        options.MaxTemplateOutputCharacters = result.GetValue(_maxTemplateOutput) ?? options.MaxTemplateOutputCharacters;
    };

    private static long? ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var (digits, unit) = text.ToUpperInvariant() switch
        {
            var t when t.EndsWith("KB", StringComparison.Ordinal) => (t[..^2], 1024L),
            var t when t.EndsWith("MB", StringComparison.Ordinal) => (t[..^2], 1024L * 1024),
            var t when t.EndsWith("GB", StringComparison.Ordinal) => (t[..^2], 1024L * 1024 * 1024),
            var t => (t, 1L),
        };
        if (!long.TryParse(digits.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > long.MaxValue / unit)
        {
            result.AddError(Localized.Text(
                $"--max-input-size {QuotedText.Quote(text)}: give a size such as 64MB, 512KB or 1048576",
                $"--max-input-size {QuotedText.Quote(text)}: укажите размер, например 64MB, 512KB или 1048576"));
            return null;
        }

        return count * unit;
    }
}
