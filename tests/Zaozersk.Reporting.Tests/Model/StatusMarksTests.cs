using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>The templates print status marks from the same list import reads them back from.</summary>
public sealed class StatusMarksTests
{
    [Fact]
    public void Every_status_reads_back_from_the_mark_it_prints()
    {
        foreach (var status in Enum.GetValues<MeasureStatus>())
        {
            var printed = Zaozersk.Reporting.Templating.TemplateModel.StatusText(status);

            Assert.Equal(status, StatusMarks.Parse(printed));
            Assert.Contains("«" + printed + "»", StatusMarks.Listed, StringComparison.Ordinal);
        }
    }
}
