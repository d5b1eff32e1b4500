namespace Zaozersk.Reporting.Layout;

/// <summary>The answer to a measure: what kind of fit and how much height it takes.</summary>
internal readonly record struct SpacePlan(SpaceKind Kind, double Height)
{
    public static SpacePlan Empty => new(SpaceKind.Empty, 0);

    public static SpacePlan Wrap => new(SpaceKind.Wrap, 0);

    public static SpacePlan Partial(double height) => new(SpaceKind.Partial, height);

    public static SpacePlan Full(double height) => new(SpaceKind.Full, height);
}
