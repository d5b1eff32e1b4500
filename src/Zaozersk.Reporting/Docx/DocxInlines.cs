using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;
using M = Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>A paragraph's inlines in WordprocessingML; collects the link targets for the relationships.</summary>
internal sealed class DocxInlines
{
    private readonly List<(string Id, Uri Target)> _links = [];

    /// <summary>External link relationships, in first-use order (ids rIdLink1, rIdLink2 …).</summary>
    public IReadOnlyList<(string Id, Uri Target)> Links => _links;

    /// <summary>The inlines as runs, fields and hyperlinks, in <paramref name="paragraphRun"/>'s format (and <paramref name="characterStyle"/>'s).</summary>
    public IEnumerable<OpenXmlElement> Inlines(IEnumerable<Inline> inlines, RunFormat paragraphRun, string? characterStyle = null)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun text:
                    yield return TextRun(text.Text, paragraphRun.Merge(text.Format), characterStyle);
                    break;
                case M.LineBreak:
                    yield return new Run(new Break());
                    break;
                case M.Field field:
                    var instruction = field.Kind == FieldKind.PageNumber ? " PAGE " : " NUMPAGES ";
                    yield return new SimpleField(RunWith(paragraphRun.Merge(field.Format), characterStyle, new Text("1"))) { Instruction = instruction };
                    break;
                case M.Hyperlink link:
                    var id = LinkId(link.Target);
                    yield return new W.Hyperlink(Inlines(link.Inlines, paragraphRun, DocxStyles.HyperlinkStyle)) { Id = id, History = true };
                    break;
            }
        }
    }

    /// <summary>
    /// One run per text, with Word's special characters as their elements: tab, soft hyphen,
    /// non-breaking hyphen (a raw U+00AD would show or vanish depending on the client) and line
    /// breaks for U+2028/U+2029.
    /// </summary>
    private static Run TextRun(string text, RunFormat format, string? characterStyle)
    {
        var pieces = new List<OpenXmlElement>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            OpenXmlElement? special = i == text.Length ? null : text[i] switch
            {
                '\t' => new TabChar(),
                '\u00AD' => new SoftHyphen(),
                '\u2011' => new NoBreakHyphen(),

                // Line and paragraph separators break the line, as the PDF layout does.
                '\u2028' or '\u2029' => new Break(),
                _ => null,
            };

            if (special is null && i < text.Length)
            {
                continue;
            }

            if (i > start)
            {
                pieces.Add(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (special is not null)
            {
                pieces.Add(special);
            }

            start = i + 1;
        }

        return RunWith(format, characterStyle, [.. pieces]);
    }

    private static Run RunWith(RunFormat format, string? characterStyle, params OpenXmlElement[] content)
    {
        var run = new Run();
        if (DocxFormatting.Run(format, characterStyle) is { } properties)
        {
            run.Append(properties);
        }

        run.Append(content);
        return run;
    }

    private string LinkId(Uri target)
    {
        var existing = _links.FindIndex(l => l.Target == target);
        if (existing >= 0)
        {
            return _links[existing].Id;
        }

        var id = "rIdLink" + DocxFormatting.Number(_links.Count + 1);
        _links.Add((id, target));
        return id;
    }
}
