using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Where templates come from: the built-in ones (embedded from the repository's templates/
/// folder) and, optionally, a folder of the user's own, whose files override built-ins of the
/// same name. Names are file names without the <c>.sbn</c> extension: <c>report</c>, <c>plan</c>,
/// <c>approval-stamp</c> …; <c>include</c> inside a template resolves through the same source.
/// </summary>
internal sealed partial class TemplateSource
{
    private const string ResourcePrefix = "Zaozersk.Reporting.Templates.";
    /// <summary>The extension of template files; decided here only.</summary>
    internal const string Extension = ".sbn";

    // Where the folder really is, links resolved: a template file must resolve to somewhere inside it.
    private readonly string? _realDirectory;
    private readonly Action<string>? _warn;
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);

    private TemplateSource(string? directory, Action<string>? warn = null)
    {
        Directory = directory;
        _realDirectory = directory is null ? null : RealPath.Of(directory);
        _warn = warn;
    }

    /// <summary>Only the built-in templates.</summary>
    public static TemplateSource BuiltIn { get; } = new(null);

    /// <summary>The user's folder, if any, searched before the built-ins.</summary>
    public string? Directory { get; }

    /// <summary>Templates in <paramref name="directory"/> first, then the built-ins.</summary>
    /// <param name="directory">A folder of <c>*.sbn</c> files.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static TemplateSource FromDirectory(string directory) => FromDirectory(directory, warn: null);

    /// <summary>Templates in <paramref name="directory"/> first; <paramref name="warn"/> hears of files that look like templates but are skipped.</summary>
    internal static TemplateSource FromDirectory(string directory, Action<string>? warn)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new DirectoryNotFoundException(Localized.Text($"template folder '{directory}' does not exist", $"папки шаблонов '{directory}' не существует"));
        }

        return new TemplateSource(full, warn);
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

    /// <summary>Writes the built-in templates and markup.xsd into <paramref name="directory"/>, to customise: all of them, or none.</summary>
    /// <param name="directory">The target folder; created if missing. Existing files of the same names are replaced.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="IOException">A file cannot be written (the disk is full, the folder is read-only, a file is in the way); nothing was changed.</exception>
    public static IReadOnlyList<string> ExportBuiltIns(string directory) => ExportBuiltIns(directory, write: null);

    /// <summary>As <see cref="ExportBuiltIns(string)"/>, with a replacement for the file writer (tests simulate a full disk with it).</summary>
    internal static IReadOnlyList<string> ExportBuiltIns(string directory, Func<string, ReadOnlyMemory<byte>, CancellationToken, Task>? write)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory))
        {
            throw new IOException(Localized.Text($"cannot export into '{directory}': it is a file; give a folder", $"нельзя выгрузить шаблоны в '{directory}': это файл, а нужна папка"));
        }

        var created = !System.IO.Directory.Exists(directory);
        System.IO.Directory.CreateDirectory(directory);
        var files = BuiltInNames.Select(name => (Path: Path.Combine(directory, name + Extension), Text: ReadBuiltIn(name)!))
            .Append((Path: Path.Combine(directory, "markup.xsd"), Text: MarkupSchema.Text))
            .ToList();
        try
        {
            using var batch = write is null ? new FileBatch() : new FileBatch(write);
            foreach (var (path, text) in files)
            {
                batch.Stage(path, Encoding.UTF8.GetBytes(text));
            }

            batch.Commit();
        }
        catch (IOException) when (created)
        {
            // The folder was this call's doing: leave nothing behind (if it is empty, as the batch left it).
            try
            {
                System.IO.Directory.Delete(directory);
            }
            catch (IOException)
            {
                // Something else appeared in it meanwhile: then it is no longer only ours to remove.
            }

            throw;
        }

        return [.. files.Select(f => f.Path)];
    }

    /// <summary>Reads a template by name: the user's file if there is one, else the built-in; null if neither exists.</summary>
    /// <param name="name">Name without extension (a trailing <c>.sbn</c> is accepted).</param>
    public string? TryRead(string name) => Find(name)?.Text;

    /// <summary>Whether <paramref name="name"/> is written with the template extension (<c>report.sbn</c>).</summary>
    internal static bool HasExtension(string name) => name.EndsWith(Extension, StringComparison.Ordinal);

    /// <summary>A template's name without its extension: <c>report.sbn</c> → <c>report</c>.</summary>
    internal static string NameOf(string name) => HasExtension(name) ? name[..^Extension.Length] : name;

    /// <summary>A template's file name, as errors name it: <c>report</c> → <c>report.sbn</c>.</summary>
    internal static string FileNameOf(string name) => NameOf(name) + Extension;

    /// <summary>The template's text and the file name to report errors against.</summary>
    internal (string Text, string FileName)? Find(string name)
    {
        name = NameOf(name);

        if (!IsValidName(name))
        {
            return null;
        }

        if (Directory is not null)
        {
            var path = Path.Combine(Directory, name + Extension);
            if (File.Exists(path))
            {
                return (File.ReadAllText(Inside(path, name + Extension)), name + Extension);
            }

            WarnIfSkipped(path, name + Extension);
        }

        return ReadBuiltIn(name) is { } text ? (text, name + Extension) : null;
    }

    /// <summary>The real path of a template file, refused when it leads outside the folder (a symbolic link to /etc/passwd, say).</summary>
    private string Inside(string path, string fileName)
    {
        var real = RealPath.Of(path);
        if (!RealPath.IsInside(real, _realDirectory!))
        {
            throw new TemplateException(fileName, 0, 0, Localized.Text(
                $"refused: the file in the template folder is a link to '{real}', outside the folder; copy the template into the folder instead",
                $"отказано: файл в папке шаблонов — ссылка на '{real}', за пределами папки; скопируйте шаблон в папку"));
        }

        return real;
    }

    /// <summary>Says so when the folder holds something the user probably meant as this template, but which cannot be used.</summary>
    private void WarnIfSkipped(string path, string fileName)
    {
        if (_warn is null)
        {
            return;
        }

        string? skipped = null;
        if (System.IO.Directory.Exists(path))
        {
            skipped = Localized.Text($"'{fileName}' in the template folder is a folder, not a file", $"'{fileName}' в папке шаблонов — папка, а не файл");
        }
        else
        {
            var other = System.IO.Directory.EnumerateFiles(Directory!, "*", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true })
                .Select(Path.GetFileName)
                .FirstOrDefault(f => string.Equals(f, fileName, StringComparison.OrdinalIgnoreCase));
            if (other is not null)
            {
                skipped = Localized.Text(
                    $"'{other}' in the template folder is skipped: template file names are lowercase ('{fileName}')",
                    $"'{other}' в папке шаблонов пропущен: имена файлов шаблонов пишутся строчными буквами ('{fileName}')");
            }
        }

        if (skipped is not null && _warned.TryAdd(fileName, true))
        {
            var used = ReadBuiltIn(fileName[..^Extension.Length]) is null
                ? Localized.Text("no template of that name is used", "шаблон с таким именем не используется")
                : Localized.Text($"the built-in {fileName} is used", $"используется встроенный {fileName}");
            _warn($"{skipped}; {used}");
        }
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
