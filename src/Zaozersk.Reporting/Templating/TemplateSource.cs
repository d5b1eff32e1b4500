using System.Text.RegularExpressions;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Where templates come from: the built-in ones (embedded from the repository's templates/
/// folder) and, optionally, a folder of the user's own, whose files override built-ins of the
/// same name. Names are file names without the <c>.sbn</c> extension: <c>report</c>, <c>plan</c>,
/// <c>approval-stamp</c> …; <c>include</c> inside a template resolves through the same source.
/// </summary>
public sealed partial class TemplateSource
{
    private const string ResourcePrefix = "Zaozersk.Reporting.Templates.";
    private const string Extension = ".sbn";

    private TemplateSource(string? directory) => Directory = directory;

    /// <summary>Only the built-in templates.</summary>
    public static TemplateSource BuiltIn { get; } = new(null);

    /// <summary>The user's folder, if any, searched before the built-ins.</summary>
    public string? Directory { get; }

    /// <summary>Templates in <paramref name="directory"/> first, then the built-ins.</summary>
    /// <param name="directory">A folder of <c>*.sbn</c> files.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static TemplateSource FromDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"template folder '{directory}' does not exist");
        }

        return new TemplateSource(full);
    }

    /// <summary>Names of the built-in templates, sorted.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(TemplateSource).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^Extension.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Whether <paramref name="name"/> is a valid template name: lowercase letters, digits, '-' and '_'.</summary>
    /// <param name="name">A name without extension.</param>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Writes the built-in templates and markup.xsd into <paramref name="directory"/>, to customise.</summary>
    /// <param name="directory">The target folder; created if missing. Existing files of the same names are replaced.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> ExportBuiltIns(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        System.IO.Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var name in BuiltInNames)
        {
            var path = Path.Combine(directory, name + Extension);
            File.WriteAllText(path, ReadBuiltIn(name)!);
            written.Add(path);
        }

        var xsd = Path.Combine(directory, "markup.xsd");
        File.WriteAllText(xsd, MarkupSchema.Text);
        written.Add(xsd);
        return written;
    }

    /// <summary>Reads a template by name: the user's file if there is one, else the built-in; null if neither exists.</summary>
    /// <param name="name">Name without extension (a trailing <c>.sbn</c> is accepted).</param>
    public string? TryRead(string name) => Find(name)?.Text;

    /// <summary>The template's text and the file name to report errors against.</summary>
    internal (string Text, string FileName)? Find(string name)
    {
        if (name.EndsWith(Extension, StringComparison.Ordinal))
        {
            name = name[..^Extension.Length];
        }

        if (!IsValidName(name))
        {
            return null;
        }

        if (Directory is not null)
        {
            var path = Path.Combine(Directory, name + Extension);
            if (File.Exists(path))
            {
                return (File.ReadAllText(path), name + Extension);
            }
        }

        return ReadBuiltIn(name) is { } text ? (text, name + Extension) : null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> BuiltInTexts = new(StringComparer.Ordinal);

    private static string? ReadBuiltIn(string name) => BuiltInTexts.GetOrAdd(name, ReadResource);

    private static string? ReadResource(string name)
    {
        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(ResourcePrefix + name + Extension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Plain names only: no paths, so an include can never leave the template folder.
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
