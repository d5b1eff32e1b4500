namespace Zaozersk.Reporting.Tests;

/// <summary>
/// Tests that keep both cores busy for a while (the Native AOT compile of the tool) and tests that
/// must finish within a default time limit (a 10,000-measure template run): never at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyWork
{
    public const string Name = "Heavy work";
}
