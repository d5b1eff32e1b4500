using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>One element of a PDF's structure tree as poppler's <c>pdfinfo -struct-text</c> shows it.</summary>
internal sealed class StructureElement(string type, StructureElement? parent)
{
    public string Type { get; } = type;

    public StructureElement? Parent { get; } = parent;

    public List<StructureElement> Children { get; } = [];

    /// <summary>Attribute lines (<c>/Scope /Column</c>), text runs and annotation references, in order.</summary>
    public List<string> Attributes { get; } = [];

    public List<string> Texts { get; } = [];

    /// <summary>The runs of text and the child elements as they alternate (a paragraph's text, a link in it, its text after the link).</summary>
    public List<object> Content { get; } = [];

    public int Objects { get; set; }

    /// <summary>This element and every element below it, depth first (reading order).</summary>
    public IEnumerable<StructureElement> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    /// <summary>The text of the element and its descendants, in reading order.</summary>
    public string Text => string.Concat(Content.Select(c => c as string ?? ((StructureElement)c).Text));
}

/// <summary>The structure tree of a PDF read back by poppler (pdfinfo -struct-text).</summary>
internal static class StructureTree
{
    /// <summary>The root (<c>Document</c>) element of <paramref name="pdf"/>'s tree, or null when it is not tagged.</summary>
    public static StructureElement? Of(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var (code, output, error) = ExternalTools.Run("pdfinfo", ["-struct-text", file]);
            Assert.True(code == 0, error);
            return Parse(output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static StructureElement? Parse(string output)
    {
        StructureElement? root = null;
        var stack = new List<(int Indent, StructureElement Element)>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var content = line.TrimStart(' ');
            if (content.Length == 0)
            {
                continue;
            }

            var indent = line.Length - content.Length;
            while (stack.Count > 0 && stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var current = stack.Count > 0 ? stack[^1].Element : null;
            if (content.StartsWith('"') && current is not null)
            {
                current.Texts.Add(content[1..^1]);
                current.Content.Add(content[1..^1]);
            }
            else if (content.StartsWith('/') && current is not null)
            {
                current.Attributes.Add(content);
            }
            else if (content.StartsWith("Object ", StringComparison.Ordinal) && current is not null)
            {
                current.Objects++;
            }
            else
            {
                var type = content.Split(' ', ':')[0];
                var element = new StructureElement(type, current);
                current?.Children.Add(element);
                current?.Content.Add(element);
                root ??= element;
                stack.Add((indent, element));
            }
        }

        return root;
    }
}
