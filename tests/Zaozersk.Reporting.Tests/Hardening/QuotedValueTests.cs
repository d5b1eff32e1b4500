using System.Text;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Found by the fuzz run (#12): validation messages quoted numbers and dates whole, so a
/// 5,000-character number made a 5,000-character error line, and a line break or a bidi
/// override inside a value broke or reordered it. Values are quoted short, on one line.
/// </summary>
public sealed class QuotedValueTests
{
    public static TheoryData<string> Values() => new() { new string('7', 5_000), "1\n2", "1\u2028.2", "\u202E2.1", "1.\uD800" };

    [Theory]
    [MemberData(nameof(Values))]
    public void Numbers_and_dates_are_quoted_short_and_on_one_line(string value)
    {
        var document = SeedVariant.WithItem(1, 0, item => item with { Number = value, Measure = " " }) with
        {
            Date = value,
            Approval = SeedVariant.Seed.Approval! with { Date = value, Number = "№" + value },
            Sections = [.. SeedVariant.WithSection(0, section => section with { Number = value }).Sections.Take(1), .. SeedVariant.WithItem(1, 0, item => item with { Number = value, Measure = " " }).Sections.Skip(1)],
        };

        var diagnostics = new DocumentRenderer().Validate(document);

        Assert.Contains(diagnostics, d => d.Path.EndsWith(".number", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Path == "$.date");
        Assert.All(diagnostics, d =>
        {
            Assert.True(d.Message.Length < 400, d.Message);
            Assert.DoesNotContain(d.Message, c => c is '\n' or '\r' or '\u2028' or '\u202E');
            Assert.Equal(d.Message, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(d.Message))); // no lone surrogate
        });
    }
}
