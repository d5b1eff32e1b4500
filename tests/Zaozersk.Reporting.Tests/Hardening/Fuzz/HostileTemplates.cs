using System.Text;
using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>
/// Template folders written to break a render: syntax errors, runaway loops and recursion,
/// includes of missing or outside names, deeply nested markup, attribute values no layout can
/// honour, raw markup injected, and files that are not text at all. Each folder overrides one or
/// two built-in templates; the rest come from the library.
/// </summary>
internal static partial class HostileTemplates
{
    private static readonly string[] Names = ["report", "plan", "styles", "page-header", "approval-stamp", "table-header", "measure-cell", "signatures"];

    private static readonly Lazy<Dictionary<string, string>> BuiltIn = new(() =>
        Names.ToDictionary(n => n, n => File.ReadAllText(RepositoryPaths.Combine("templates", n + ".sbn"))));

    private static readonly string[] Scripts =
    [
        "{{ if }}", "{{ end }}", "{{", "}}", "{{ for x in }}", "{{ 1 + }}", "{{ x = }}", "{{ func }}", "{{ \"unclosed }}", "{{ document.nope }}",
        "{{ document.sections[99].title }}", "{{ 1 / 0 }}", "{{ \"a\" * -1 }}", "{{ array.size null }}", "{{ date \"31.02.2022\" }}", "{{ text_blocks 42 }}", "{{ measure_cell null \"x\" }}",
        "{{ while true }}{{ end }}", "{{ for i in 1..100000000 }}{{ end }}", "{{ func f; f; end; f }}", "{{ for i in 1..10000000 }}{{ document.plan_subject }}{{ end }}",
        "{{ include \"report\" }}", "{{ include \"nope\" }}", "{{ include \"../../etc/passwd\" }}", "{{ include \"/etc/passwd\" }}", "{{ include \"\" }}", "{{ include null }}",
        "{{ include \"report.sbn\" }}", "{{ include \"styles\" }}{{ include \"styles\" }}", "{{ include \"Report\" }}", "{{ include \"markup.xsd\" }}",
    ];

    private static readonly string[] Markup =
    [
        "</p><p>", "<p>", "</section>", "<b>", "]]>", "<![CDATA[", "&", "&bogus;", "<!DOCTYPE d [<!ENTITY e \"e\">]>", "<?pi x?>", "<unknown/>",
        "<p style=\"nope\">x</p>", "<p><a href=\"javascript:alert(1)\">x</a></p>", "<p><a href=\"\">x</a></p>", "<page-break/>", "<p><page-count/></p>", "<table></table>",
        "<table><columns/><row><cell/></row></table>", "<list></list>", "<p>\u0001</p>", "<p>&#1;</p>", "<p>&#xD800;</p>", "<p>中文</p>", "<p>" + new string('ж', 5_000) + "</p>",
    ];

    private static readonly string[] AttributeValues =
    [
        "", " ", "0", "-1", "1.5", "99999", "2147483648", "1e308", "NaN", "abc", "0mm", "-5mm", "500mm", "1e308mm", "0pt", "9999pt", "NaNpt", "14", "A0", "Letter",
        "landscape", "diagonal", "true", "yes", "center", "justify", "bottom", "nope", "first", "&lt;", "{{", "10%", "0*", "1000*", "-1*", "50%", "2022-13-45",
    ];

    /// <summary>A folder's worth of template files (name → bytes) and a description of the damage.</summary>
    public static (string Description, IReadOnlyDictionary<string, byte[]> Files) Pick(Random random)
    {
        var name = Names[random.Next(Names.Length)];
        var text = BuiltIn.Value[name];
        string description;
        switch (random.Next(6))
        {
            case 0:
                var script = Scripts[random.Next(Scripts.Length)];
                text = InsertAtLineStart(text, script, random);
                description = $"{name}.sbn: script «{script}»";
                break;
            case 1:
                var markup = Markup[random.Next(Markup.Length)];
                text = InsertAtLineStart(text, markup, random);
                description = $"{name}.sbn: markup «{Shorten(markup)}»";
                break;
            case 2:
                var depth = random.Next(2) == 0 ? 50 + random.Next(100) : 100 + random.Next(20_000);
                var tag = random.Next(3) switch { 0 => "b", 1 => "i", _ => "span" };
                var nested = "<p>" + Repeat($"<{tag}>", depth) + "глубоко" + Repeat($"</{tag}>", depth) + "</p>";
                text = InsertInBody(text, nested, random);
                description = $"{name}.sbn: <{tag}> nested {depth} deep";
                break;
            case 3:
                var attributes = AttributeValue().Matches(text);
                if (attributes.Count == 0)
                {
                    goto case 1;
                }

                var attribute = attributes[random.Next(attributes.Count)];
                var value = AttributeValues[random.Next(AttributeValues.Length)];
                text = string.Concat(text.AsSpan(0, attribute.Groups[2].Index), value, text.AsSpan(attribute.Groups[2].Index + attribute.Groups[2].Length));
                description = $"{name}.sbn: {attribute.Groups[1].Value}=\"{value}\"";
                break;
            case 4:
                var hostile = HostileText.Pick(random);
                text = InsertAtLineStart(text, hostile, random);
                description = $"{name}.sbn: raw hostile text";
                break;
            default:
                return PickFile(random, name);
        }

        return (description, new Dictionary<string, byte[]> { [name + ".sbn"] = Encoding.UTF8.GetBytes(text) });
    }

    /// <summary>Files that are not a template: empty, binary, invalid UTF-8, a byte order mark, a name differing in case.</summary>
    private static (string, IReadOnlyDictionary<string, byte[]>) PickFile(Random random, string name)
    {
        var original = Encoding.UTF8.GetBytes(BuiltIn.Value[name]);
        return random.Next(5) switch
        {
            0 => ($"{name}.sbn: empty", new Dictionary<string, byte[]> { [name + ".sbn"] = [] }),
            1 => ($"{name}.sbn: binary", new Dictionary<string, byte[]> { [name + ".sbn"] = [0x00, 0xFF, 0xFE, 0x50, 0x4B, 0x03, 0x04, 0x80, 0x7B, 0x7B] }),
            2 => ($"{name}.sbn: invalid UTF-8", new Dictionary<string, byte[]> { [name + ".sbn"] = [.. original[..(original.Length / 2)], 0xC0, 0xAF, 0xED, 0xA0, 0x80, .. original[(original.Length / 2)..]] }),
            3 => ($"{name}.sbn: byte order mark and CR-only lines", new Dictionary<string, byte[]> { [name + ".sbn"] = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(BuiltIn.Value[name].Replace("\n", "\r", StringComparison.Ordinal))] }),
            _ => ($"{char.ToUpperInvariant(name[0])}{name[1..]}.sbn (a name differing in case) holding a syntax error", new Dictionary<string, byte[]> { [char.ToUpperInvariant(name[0]) + name[1..] + ".sbn"] = Encoding.UTF8.GetBytes("{{ if }}") }),
        };
    }

    private static string InsertAtLineStart(string text, string insert, Random random)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), insert);
        return string.Join('\n', lines);
    }

    /// <summary>Inside the section when the template has one, so the markup is read where paragraphs belong.</summary>
    private static string InsertInBody(string text, string insert, Random random)
    {
        var at = text.IndexOf("</section>", StringComparison.Ordinal);
        return at >= 0 ? text.Insert(at, insert) : InsertAtLineStart(text, insert, random);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("([a-z-]+)=\"([^\"{}]*)\"")]
    private static partial Regex AttributeValue();
}
