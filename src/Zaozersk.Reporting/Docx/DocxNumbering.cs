using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>
/// Bulleted lists through the numbering part, as Word makes them: one abstract definition per
/// bullet character (nine levels), one numbering instance each.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private readonly List<string> _bullets = [];

    public bool IsEmpty => _bullets.Count == 0;

    /// <summary>The numbering id for lists with <paramref name="bullet"/>.</summary>
    public int IdFor(string bullet)
    {
        var index = _bullets.IndexOf(bullet);
        if (index < 0)
        {
            _bullets.Add(bullet);
            index = _bullets.Count - 1;
        }

        return index + 1;
    }

    public Numbering Build(string font)
    {
        var numbering = new Numbering();
        for (var i = 0; i < _bullets.Count; i++)
        {
            var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = i };
            for (var level = 0; level < Levels; level++)
            {
                var indent = LayoutRules.ListIndentPerLevel.Twips;
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = _bullets[i] },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = ((level + 1) * indent).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                    new NumberingSymbolRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font }))
                { LevelIndex = level });
            }

            numbering.Append(abstractNum);
        }

        for (var i = 0; i < _bullets.Count; i++)
        {
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = i }) { NumberID = i + 1 });
        }

        return numbering;
    }
}
