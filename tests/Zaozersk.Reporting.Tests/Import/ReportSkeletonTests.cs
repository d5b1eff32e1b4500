using Microsoft.Extensions.DependencyInjection;
using Zaozersk.Reporting.Tests.Corpus;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>A report started from its plan: the plan's sections and measures, the period set, execution empty.</summary>
public sealed class ReportSkeletonTests
{
    [Fact]
    public void A_report_from_a_plan_keeps_sections_and_measures_and_leaves_execution_to_fill()
    {
        var plan = FixtureCorpus.Get("plan-optional-columns").Document;
        var period = new ReportPeriod { Kind = ReportPeriodKind.Quarter, Year = 2026, Number = 2 };

        var report = ReportSkeleton.FromPlan(plan, period);

        Assert.Equal(DocumentKind.Report, report.Kind);
        Assert.Same(period, report.ReportPeriod);
        Assert.Equal((plan.Organisation, plan.PlanSubject, plan.PlanPeriod, plan.Approval), (report.Organisation, report.PlanSubject, report.PlanPeriod, report.Approval));
        Assert.Equal(plan.Sections.Select(s => (s.Number, s.Title, s.Note)), report.Sections.Select(s => (s.Number, s.Title, s.Note)));
        var planItems = plan.Sections.SelectMany(s => s.Items).ToList();
        var reportItems = report.Sections.SelectMany(s => s.Items).ToList();
        Assert.Equal(planItems.Select(i => i with { Execution = string.Empty, Status = null }), reportItems);
        Assert.All(reportItems, i => Assert.Equal((string.Empty, (MeasureStatus?)null), (i.Execution, i.Status)));
        Assert.DoesNotContain(new DocumentRenderer().Validate(report), d => d.IsError);
    }

    [Fact]
    public void A_report_from_a_finished_report_clears_its_execution_and_statuses()
    {
        var old = FixtureCorpus.Get("report-year-statuses").Document;

        var report = ReportSkeleton.FromPlan(old, new ReportPeriod { Kind = ReportPeriodKind.Year, Year = 2024 });

        Assert.All(report.Sections.SelectMany(s => s.Items), i => Assert.Equal((string.Empty, (MeasureStatus?)null), (i.Execution, i.Status)));
        Assert.Null(report.Date);
    }

    [Fact]
    public void Add_zaozersk_reporting_registers_the_importer_as_a_singleton()
    {
        using var services = new ServiceCollection().AddLogging().AddZaozerskReporting().BuildServiceProvider();

        var importer = services.GetRequiredService<IDocumentImporter>();

        Assert.IsType<DocumentImporter>(importer);
        Assert.Same(importer, services.GetRequiredService<IDocumentImporter>());
    }
}
