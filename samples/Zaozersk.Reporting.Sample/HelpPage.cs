using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>
/// What <c>--help</c> prints, in the language in force. System.CommandLine's own help takes its titles
/// and the help and version lines from its resources, which a host with invariant globalization and
/// only English satellite resources always reads in English; its writer is not public, so the host
/// writes the page itself, laid out as System.CommandLine lays it out.
/// </summary>
internal sealed class HelpPage : SynchronousCommandLineAction
{
    private const string Indent = "  ";

    /// <summary>Help is asked for even on a line with mistakes (<c>render --help</c> without its input).</summary>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(Write(parseResult.CommandResult, TerminalWidth()));
        return ExitCodes.Ok;
    }

    /// <summary>The help of the command <paramref name="command"/> names, its lines wrapped to <paramref name="width"/> characters (none: not wrapped).</summary>
    internal static string Write(CommandResult command, int? width)
    {
        var chain = new List<Command>();
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult result)
            {
                chain.Insert(0, result.Command);
            }
        }

        var current = chain[^1];
        var options = current.Options.Where(o => !o.Hidden)
            .Concat(chain.Take(chain.Count - 1).Reverse().SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden))
            .Distinct()
            .ToList();
        var arguments = current.Arguments.Where(a => !a.Hidden).ToList();
        var subcommands = current.Subcommands.Where(c => !c.Hidden).ToList();

        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(current.Description))
        {
            Section(text, Localized.Text("Description:", "Описание:"));
            foreach (var line in Wrap(current.Description, width - Indent.Length))
            {
                text.Append(Indent).AppendLine(line);
            }
        }

        var usage = new StringBuilder(string.Join(' ', chain.Select(c => c.Name)));
        foreach (var argument in arguments)
        {
            usage.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? "[" + Placeholder(argument) + "]" : Placeholder(argument));
        }

        if (subcommands.Count > 0)
        {
            usage.Append(' ').Append(Localized.Text("[command]", "[команда]"));
        }

        if (options.Count > 0)
        {
            usage.Append(' ').Append(Localized.Text("[options]", "[параметры]"));
        }

        Section(text, Localized.Text("Usage:", "Использование:"));
        text.Append(Indent).Append(usage).AppendLine();

        if (arguments.Count > 0)
        {
            Section(text, Localized.Text("Arguments:", "Аргументы:"));
            Columns(text, arguments.Select(a => (Placeholder(a), WithDefault(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))), width);
        }

        if (options.Count > 0)
        {
            Section(text, Localized.Text("Options:", "Параметры:"));
            Columns(text, options.Select(o => (Label(o), WithDefault(o.Description, o.HasDefaultValue && o.ValueType != typeof(bool) ? o.GetDefaultValue() : null))), width);
        }

        if (subcommands.Count > 0)
        {
            Section(text, Localized.Text("Commands:", "Команды:"));
            Columns(text, subcommands.Select(c => (string.Join(' ', c.Arguments.Where(a => !a.Hidden).Select(Placeholder).Prepend(c.Name)), c.Description)), width);
        }

        return text.AppendLine().ToString();
    }

    private static void Section(StringBuilder text, string title)
    {
        if (text.Length > 0)
        {
            text.AppendLine();
        }

        text.AppendLine(title);
    }

    private static string Placeholder(Argument argument) => "<" + (argument.HelpName ?? argument.Name) + ">";

    /// <summary>The option's names (short ones first, never the /-forms meant for Windows habits), its value and whether it must be given.</summary>
    private static string Label(Option option)
    {
        var names = option.Aliases.Prepend(option.Name)
            .Where(n => !n.StartsWith('/'))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal))
            .ThenBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0)
        {
            label += " <" + (option.HelpName ?? option.Name.TrimStart('-')) + ">";
        }

        return option.Required ? label + " " + Localized.Text("(REQUIRED)", "(обязательный)") : label;
    }

    /// <summary>The description and the default value, text quoted as the user would type it.</summary>
    private static string? WithDefault(string? description, object? value)
    {
        var shown = value switch
        {
            null => null,
            string text => "'" + text + "'",
            int number => Counted.Number(number),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
        return shown is null ? description : $"{description} {Localized.Text("[default: ", "[по умолчанию: ")}{shown}]";
    }

    private static void Columns(StringBuilder text, IEnumerable<(string First, string? Second)> rows, int? width)
    {
        var list = rows.ToList();
        var first = list.Max(r => r.First.Length) + Indent.Length;
        foreach (var (label, description) in list)
        {
            var lines = Wrap(description ?? string.Empty, width - Indent.Length - first);
            text.Append(Indent).Append(label.PadRight(first)).AppendLine(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                text.Append(' ', Indent.Length + first).AppendLine(line);
            }
        }
    }

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken between words; one line when there is no width or too little of it.</summary>
    private static List<string> Wrap(string text, int? width)
    {
        if (width is not { } room || room < 20 || text.Length <= room)
        {
            return [text.TrimEnd()];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>The terminal's width when help goes to one; redirected help is not wrapped, so it can be searched and compared.</summary>
    private static int? TerminalWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth - 1 : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
