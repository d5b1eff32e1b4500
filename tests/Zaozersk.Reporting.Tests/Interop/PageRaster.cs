using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// One PDF page rasterised in grey by poppler (pdftoppm), read from its PGM file: enough to see
/// the table's ruling as a reader would, independent of how the PDF was produced.
/// </summary>
internal sealed class PageRaster
{
    private readonly byte[] _pixels;

    private PageRaster(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PageRaster Of(byte[] pdf, int page, int dpi = 50)
    {
        using var folder = new TempFolder("zr-raster-");
        var input = Path.Combine(folder, "in.pdf");
        File.WriteAllBytes(input, pdf);
        var number = page.ToString(CultureInfo.InvariantCulture);
        var (code, _, error) = ExternalTools.Run("pdftoppm",
            ["-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", input, Path.Combine(folder, "page")]);
        Assert.True(code == 0, error);
        return Parse(File.ReadAllBytes(Path.Combine(folder, "page.pgm")));
    }

    /// <summary>
    /// Vertical rules at least <paramref name="minimumShare"/> of the page high: the table's column
    /// borders. Neighbouring pixel columns of one rule count once.
    /// </summary>
    public int LongVerticalRules(double minimumShare = 0.25)
    {
        var minimum = (int)(Height * minimumShare);
        var rules = 0;
        var previous = false;
        for (var x = 0; x < Width; x++)
        {
            var longest = 0;
            var run = 0;
            for (var y = 0; y < Height; y++)
            {
                run = _pixels[(y * Width) + x] < 128 ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            var isRule = longest >= minimum;
            if (isRule && !previous)
            {
                rules++;
            }

            previous = isRule;
        }

        return rules;
    }

    private static PageRaster Parse(byte[] pgm)
    {
        // Binary PGM: "P5", width, height, maximum value, one whitespace, then one byte a pixel.
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(pgm, start, position - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        position++;
        return new PageRaster(width, height, pgm[position..(position + (width * height))]);
    }
}
