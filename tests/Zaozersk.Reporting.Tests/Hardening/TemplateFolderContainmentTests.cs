using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>Issue #12, items 1 and 7: a template folder is read only inside itself, and what it skips is said.</summary>
public sealed class TemplateFolderContainmentTests : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private readonly TempFolder _root = new("zr-contain-");
    private readonly string _folder;
    private readonly string _secret;

    public TemplateFolderContainmentTests()
    {
        _folder = Directory.CreateDirectory(Path.Combine(_root, "templates")).FullName;
        _secret = Path.Combine(_root, "secret.txt");
        File.WriteAllText(_secret, "root:x:0:0:секрет");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Included_link_to_a_file_outside_the_folder_is_refused_naming_the_template()
    {
        File.WriteAllText(Path.Combine(_folder, "approval-stamp.sbn"), "{{ include 'leak' }}");
        File.CreateSymbolicLink(Path.Combine(_folder, "leak.sbn"), _secret);

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder))));

        Assert.Equal("leak.sbn", error.TemplateName);
        Assert.Contains("outside the folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("секрет", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_template_that_is_a_link_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "report.sbn"), _secret);

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder))));

        Assert.Equal("report.sbn", error.TemplateName);
    }

    [Fact]
    public void Link_through_a_linked_folder_that_leads_outside_is_refused()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "approval-stamp.sbn"), "    <p style=\"approval\">ЧУЖОЙ</p>\n");
        var linkedFolder = Path.Combine(_folder, "sub");
        Directory.CreateSymbolicLink(linkedFolder, outside);
        File.CreateSymbolicLink(Path.Combine(_folder, "approval-stamp.sbn"), Path.Combine("sub", "approval-stamp.sbn"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder))));

        Assert.Equal("approval-stamp.sbn", error.TemplateName);
    }

    [Fact]
    public void Link_to_another_file_inside_the_folder_is_used()
    {
        File.WriteAllText(Path.Combine(_folder, "stamp-original.txt"), "    <p style=\"approval\">СОГЛАСОВАНО</p>\n");
        File.CreateSymbolicLink(Path.Combine(_folder, "approval-stamp.sbn"), "stamp-original.txt");

        var document = DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder)));

        Assert.Contains("СОГЛАСОВАНО", Documents.DocumentText.Of(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_folder_that_is_itself_a_link_still_serves_its_templates()
    {
        File.WriteAllText(Path.Combine(_folder, "approval-stamp.sbn"), "    <p style=\"approval\">СОГЛАСОВАНО</p>\n");
        var alias = Path.Combine(_root, "alias");
        Directory.CreateSymbolicLink(alias, _folder);

        var document = DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(alias)));

        Assert.Contains("СОГЛАСОВАНО", Documents.DocumentText.Of(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_differently_cased_template_file_is_reported_as_skipped_and_the_built_in_is_used()
    {
        File.WriteAllText(Path.Combine(_folder, "Approval-Stamp.sbn"), "    <p style=\"approval\">СОГЛАСОВАНО</p>\n");
        var warnings = new List<string>();

        var document = DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder, warnings.Add)));

        var warning = Assert.Single(warnings);
        Assert.Equal("'Approval-Stamp.sbn' in the template folder is skipped: template file names are lowercase ('approval-stamp.sbn'); the built-in approval-stamp.sbn is used", warning);
        Assert.Contains("УТВЕРЖДЕН", Documents.DocumentText.Of(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_a_template_is_reported_as_skipped()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "report.sbn"));
        var warnings = new List<string>();

        DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder, warnings.Add)));

        Assert.Equal(["'report.sbn' in the template folder is a folder, not a file; the built-in report.sbn is used"], warnings);
    }
}
