using System.IO.Compression;
using System.Xml;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Looks at a DOCX's ZIP directory and its relationship files before the package is opened: a file
/// that would unpack to more than the import may read, or holds more parts than any document, is
/// refused at once (the sizes in the ZIP directory bound what unpacking yields); a relationships file
/// with a DTD gets the DTD message; and links to parts the file does not contain (which would make
/// the whole package unreadable) are taken out, each named in a warning, so the rest is imported.
/// </summary>
internal static class PackageScan
{
    /// <summary>Parts in one package: a document with a few hundred images has a few hundred.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The largest relationships or content types file read: a document with thousands of images needs a megabyte.</summary>
    public const long MaxListBytes = 16L * 1024 * 1024;

    /// <summary>What the scan found: the bytes to open (repaired when links were dropped), the missing parts, or why the file is refused.</summary>
    /// <param name="Bytes">The package to open.</param>
    /// <param name="Missing">Each link dropped: the missing part's name and what it was, for a warning.</param>
    /// <param name="Refusal">Why the file is refused before it is opened, or null.</param>
    public readonly record struct Result(byte[] Bytes, IReadOnlyList<(string Part, string Kind)> Missing, string? Refusal);

    /// <summary>The characters one part may hold: four times the maximum input size.</summary>
    public static long MaxPartCharacters(long maxInputBytes) => maxInputBytes > long.MaxValue / 4 ? long.MaxValue : maxInputBytes * 4;

    /// <summary>
    /// The bytes the whole package may unpack to, all parts together: twelve times the maximum input
    /// size, as a part of four times as many characters takes up to three bytes for each in UTF-8.
    /// </summary>
    public static long MaxUnpackedBytes(long maxInputBytes) => maxInputBytes > long.MaxValue / 12 ? long.MaxValue : maxInputBytes * 12;

    /// <summary>Scans <paramref name="bytes"/>; a file that is no readable ZIP passes unchanged, for the package reader to fail on and <see cref="PackageProblem"/> to explain.</summary>
    public static Result Scan(byte[] bytes, long maxInputBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return Refused(bytes, Localized.Text(
                    $"the file holds {MessageNumber.Count(zip.Entries.Count)} parts, more than the import reads ({MessageNumber.Count(MaxEntries)}); no Word document has that many (the file may be made to exhaust memory)",
                    $"в файле {MessageNumber.Count(zip.Entries.Count)} частей, больше, чем читает импорт ({MessageNumber.Count(MaxEntries)}); в документах Word столько не бывает (возможно, файл сделан, чтобы исчерпать память)"));
            }

            var limit = MaxUnpackedBytes(maxInputBytes);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limit || entry.Length > limit)
                {
                    return Refused(bytes, Localized.Text(
                        $"the file unpacks to more than {BoundedInput.Describe(limit)}, the import limit (twelve times the maximum input size of {BoundedInput.Describe(maxInputBytes)}): a file that grows this much when unpacked is likely made to exhaust memory; raise the input size limit if it is really this large",
                        $"файл распаковывается в объем больше {BoundedInput.Describe(limit)} — это предел импорта (в двенадцать раз больше предельного размера входного файла, {BoundedInput.Describe(maxInputBytes)}): так сильно при распаковке растут файлы, сделанные, чтобы исчерпать память; если файл действительно так велик, увеличьте допустимый размер входного файла"));
                }
            }

            var names = new HashSet<string>(zip.Entries.Select(e => e.FullName.TrimStart('/')), StringComparer.OrdinalIgnoreCase);
            var missing = new List<(string Part, string Kind)>();
            var repaired = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            // The package reader keeps these whole: the lists of parts and links, and the core properties (author, dates).
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || e.FullName is "[Content_Types].xml" || e.FullName.StartsWith("docProps/", StringComparison.OrdinalIgnoreCase)))
            {
                if (entry.Length > MaxListBytes)
                {
                    return Refused(bytes, Localized.Text(
                        $"the file's list of parts, of the links between them or of its properties («{QuotedText.Shorten(entry.FullName)}») is larger than {BoundedInput.Describe(MaxListBytes)}, which no Word document needs (the file may be made to exhaust memory)",
                        $"перечень частей файла, связей между ними или его свойств («{QuotedText.Shorten(entry.FullName)}») больше {BoundedInput.Describe(MaxListBytes)}, чего в документах Word не бывает (возможно, файл сделан, чтобы исчерпать память)"));
                }

                if (!entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) && entry.FullName is not "[Content_Types].xml")
                {
                    continue;
                }

                var text = Read(entry);
                if (HasDoctype(text))
                {
                    return Refused(bytes, PackageProblem.DoctypeRefused);
                }

                if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) && Dangling(entry.FullName, text, names) is { Count: > 0 } dangling)
                {
                    missing.AddRange(dangling.Select(d => (d.Part, d.Kind)));
                    repaired[entry.FullName] = Without(text, dangling.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
                }
            }

            return new Result(repaired.Count == 0 ? bytes : Rewrite(zip, repaired), missing, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or UriFormatException or ArgumentException or InvalidOperationException)
        {
            return new Result(bytes, [], null);
        }
    }

    private static Result Refused(byte[] bytes, string why) => new(bytes, [], why);

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Whether a document type declaration comes before the root element.</summary>
    private static bool HasDoctype(string xml)
    {
        var root = xml.AsSpan();
        var start = 0;
        while ((start = root.IndexOf('<')) >= 0)
        {
            root = root[(start + 1)..];
            if (root.StartsWith("!DOCTYPE", StringComparison.Ordinal))
            {
                return true;
            }

            if (!root.StartsWith("?") && !root.StartsWith("!--"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The internal links of a relationships file whose target the package lacks.</summary>
    private static List<(string Id, string Part, string Kind)> Dangling(string relsName, string xml, HashSet<string> names)
    {
        // «word/_rels/document.xml.rels» holds the links of «word/document.xml», relative to «word/»;
        // a «.rels» file elsewhere is no relationships file, and the links of a missing part do not matter.
        var dangling = new List<(string Id, string Part, string Kind)>();
        var at = relsName.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && relsName[at - 1] != '/'))
        {
            return dangling;
        }

        var folder = relsName[..at];
        var source = folder + relsName[(at + "_rels/".Length)..^".rels".Length];
        if (source.Length > folder.Length && !names.Contains(source))
        {
            return dangling;
        }

        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.GetAttribute("TargetMode") == "External"
                || reader.GetAttribute("Id") is not { } id || reader.GetAttribute("Target") is not { Length: > 0 } target)
            {
                continue;
            }

            var part = Uri.UnescapeDataString(new Uri(new Uri("pack://p/" + folder), target).AbsolutePath).TrimStart('/');
            if (!names.Contains(part))
            {
                var type = reader.GetAttribute("Type") ?? string.Empty;
                dangling.Add((id, part, type[(type.LastIndexOf('/') + 1)..]));
            }
        }

        return dangling;
    }

    /// <summary>The relationships file without the links of <paramref name="ids"/>.</summary>
    private static byte[] Without(string xml, HashSet<string> ids)
    {
        var document = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            document.Load(reader);
        }

        foreach (var link in document.DocumentElement!.ChildNodes.OfType<XmlElement>().Where(e => ids.Contains(e.GetAttribute("Id"))).ToList())
        {
            document.DocumentElement.RemoveChild(link);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A copy of the package with the relationships files of <paramref name="replaced"/> replaced.</summary>
    private static byte[] Rewrite(ZipArchive zip, Dictionary<string, byte[]> replaced)
    {
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                using var target = copy.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (replaced.TryGetValue(entry.FullName, out var bytes))
                {
                    target.Write(bytes);
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }
}
