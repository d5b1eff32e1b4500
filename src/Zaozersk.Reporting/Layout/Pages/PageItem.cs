namespace Zaozersk.Reporting.Layout;

/// <summary>Something placed on a laid-out page. Coordinates are points from the page's top-left corner, y downwards.</summary>
internal abstract record PageItem;
