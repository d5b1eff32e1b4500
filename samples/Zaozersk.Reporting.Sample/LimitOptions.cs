using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Zaozersk.Reporting.Sample;

/// <summary>The command-line flags that change the library's limits; a flag left out keeps the library's default.</summary>
internal sealed class LimitOptions
{
    private readonly Option<long?> _maxInputSize = new("--max-input-size")
    {
        Description = "Largest input file read, in bytes or with KB, MB or GB (default 64MB).",
        CustomParser = ParseSize,
    };

    private readonly Option<int?> _maxMarkupDepth = new("--max-markup-depth") { Description = "How deeply the template's markup may nest elements (default 100, at most 1000).", CustomParser = WholeNumber(2, ReportingOptions.MaxMarkupDepthCeiling) };

    private readonly Option<int?> _maxBlocks = new("--max-blocks") { Description = "How many paragraphs, lists and tables one document may hold (default 250000).", CustomParser = WholeNumber(1) };

    private readonly Option<int?> _maxTemplateOutput = new("--max-template-output") { Description = "How many characters of markup a template may write (default 64000000).", CustomParser = WholeNumber(1) };

    /// <summary>
    /// A parser for a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>,
    /// whose errors say so in words and name the flag (the default parser's name the .NET type).
    /// </summary>
    internal static Func<ArgumentResult, int?> WholeNumber(int minimum, int maximum = int.MaxValue) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var name = result.Parent is OptionResult option ? option.Option.Name : "the value";
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} '{text}': give a whole number, such as {Math.Max(minimum, 2)}");
            return null;
        }

        if (value < minimum || value > maximum)
        {
            result.AddError(maximum == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}")
                : string.Create(CultureInfo.InvariantCulture, $"{name} must be from {minimum} to {maximum}"));
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
            result.AddError($"--max-input-size '{text}': give a size such as 64MB, 512KB or 1048576");
            return null;
        }

        return count * unit;
    }
}
