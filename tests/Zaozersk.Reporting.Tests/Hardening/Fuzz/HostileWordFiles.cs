using System.Text;
using Zaozersk.Reporting.Tests.Import;

namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>
/// Generates hostile Word files from a seed for the fuzz run (issue #29): a small valid plan, then
/// one or more attacks mixed at random — deep nesting of any of the elements the reader recurses
/// into, control and bidi characters in any text, symbols of any code, links to missing parts,
/// foreign encodings, a DTD, many paragraphs, huge headers — and now and then damaged bytes.
/// </summary>
internal static class HostileWordFiles
{
    private static readonly string[] Hostile = ["\u001B[2J", "&#xD;", "\u202E", "\u2066", "\u009B", "&#x9;", "\u200F", "\u0085", "\u2028", "\uFEFF", "&#x7F;"];

    private static readonly (string Open, string Close, string Before, string After)[] Nestings =
    [
        ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "", ""),
        ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "", ""),
        ("<w:customXml>", "</w:customXml>", "", ""),
        ("<w:hyperlink>", "</w:hyperlink>", "<w:p>", "</w:p>"),
        ("<w:ins>", "</w:ins>", "<w:p>", "</w:p>"),
        ("<w:smartTag>", "</w:smartTag>", "<w:p>", "</w:p>"),
        ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:tbl>", "</w:tbl>"),
        ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:tbl><w:tr>", "</w:tr></w:tbl>"),
        ("<w:x>", "</w:x>", "<w:p><w:r><w:drawing>", "</w:drawing></w:r></w:p>"),
    ];

    /// <summary><paramref name="count"/> files (a description and the bytes), the same ones for the same <paramref name="seed"/>.</summary>
    public static IEnumerable<(string Description, byte[] Docx)> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random);
        }
    }

    private static (string, byte[]) Next(Random random)
    {
        var what = new List<string>();
        var measure = Text(random, "Проведение экспертизы", what);
        var body = new StringBuilder(Text(random, HostileWordFileTests.Title, what)).Append(HostileDocx.PlanTable(measure, Text(random, "1. Меры", what)));
        var docx = new HostileDocx();
        var attacks = 1 + random.Next(3);
        for (var a = 0; a < attacks; a++)
        {
            switch (random.Next(8))
            {
                case 0:
                case 1:
                    var (open, close, before, after) = Nestings[random.Next(Nestings.Length)];
                    var depth = random.Next(3) == 0 ? 90 + random.Next(20) : 1_000 + random.Next(30_000);
                    body.Append(before);
                    body.Append(string.Concat(Enumerable.Repeat(open, depth))).Append(string.Concat(Enumerable.Repeat(close, depth))).Append(after);
                    what.Add($"{depth} nested {open}");
                    break;
                case 2:
                    var code = random.Next(3) == 0 ? random.Next(0x20).ToString("X") : random.Next(0x10000).ToString("X");
                    body.Append($"<w:p><w:r><w:sym w:char=\"{code}\"/><w:t>после символа</w:t></w:r></w:p>");
                    what.Add($"symbol {code}");
                    break;
                case 3 when random.Next(4) == 0:
                    var stray = new[] { "stray.rels", "_rels/x", "word/_rels/.rels", "a/_rels/b.rels", "_rels/_rels/.rels.rels" }[random.Next(5)];
                    docx.Entry(stray, $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"{HostileDocx.Header}\" Target=\"{Hostile[random.Next(Hostile.Length)]}../../x.xml\"/></Relationships>");
                    what.Add("relationships file " + stray);
                    break;
                case 3:
                    var type = new[] { HostileDocx.Header, HostileDocx.Footer, HostileDocx.Image, HostileDocx.Styles, HostileDocx.R + "/numbering", HostileDocx.R + "/footnotes" }[random.Next(6)];
                    docx.Linked(type, "missing" + random.Next(100) + ".xml", null);
                    what.Add("link to a missing " + type[(type.LastIndexOf('/') + 1)..]);
                    break;
                case 4:
                    var repeat = 1 + random.Next(50_000);
                    docx.PageHeader("header" + a + ".xml", HostileDocx.Repeat($"<w:p><w:r><w:t>{Text(random, "Колонтитул", what)}</w:t></w:r></w:p>", repeat));
                    what.Add($"header of {repeat} paragraphs");
                    break;
                case 5:
                    var paragraphs = random.Next(2) == 0 ? 260_000 : random.Next(10_000);
                    body.Append(string.Concat(Enumerable.Repeat("<w:p/>", paragraphs)));
                    what.Add($"{paragraphs} empty paragraphs");
                    break;
                case 6:
                    var encoding = new[] { "windows-1251", "koi8-r", "utf-16", "ebcdic-cp-us", "x-\u202Eevil" }[random.Next(5)];
                    docx.DocumentDeclaration($"<?xml version=\"1.0\" encoding=\"{encoding}\"?>");
                    what.Add("declared " + encoding);
                    break;
                default:
                    docx.PackageRelationships($"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"{Hostile[random.Next(Hostile.Length)]}\">]><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{HostileDocx.R}/officeDocument\" Target=\"word/document.xml&x;\"/></Relationships>");
                    what.Add("DTD in the relationships");
                    break;
            }
        }

        var bytes = docx.Body(body.ToString()).ToArray();
        if (random.Next(6) == 0)
        {
            // Damaged bytes: a few flipped, or the file cut short.
            if (random.Next(2) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
                what.Add("cut short");
            }
            else
            {
                for (var i = 0; i < 1 + random.Next(4); i++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
                }

                what.Add("bytes flipped");
            }
        }

        return (string.Join("; ", what), bytes);
    }

    /// <summary>The text, now and then with hostile characters in it.</summary>
    private static string Text(Random random, string text, List<string> what)
    {
        if (random.Next(3) != 0)
        {
            return text;
        }

        var hostile = Hostile[random.Next(Hostile.Length)];
        what.Add("hostile characters");
        return text.Contains("<w:t>", StringComparison.Ordinal)
            ? text.Replace("<w:t>", "<w:t>" + hostile, StringComparison.Ordinal)
            : hostile + text;
    }
}
