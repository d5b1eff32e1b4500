namespace Zaozersk.Reporting.Tests;

/// <summary>
/// The trait of a slow test: one that packs or installs the tool, builds a consumer project, or
/// runs LibreOffice. <c>./test.sh --fast</c> leaves them out (filter <c>Speed!=Slow</c>) for a
/// quick loop while developing; <c>./test.sh</c> and CI run every test.
/// </summary>
internal static class TestTraits
{
    /// <summary>The trait's name.</summary>
    public const string Speed = "Speed";

    /// <summary>The trait's value for a slow test.</summary>
    public const string Slow = "Slow";
}
