namespace Zaozersk.Reporting.Sample;

/// <summary>The host's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>
    /// An import wrote its JSON, but the document lacks values the model requires: each is printed with
    /// its JSON path to fill in before rendering. The same code as a usage error: both ask the user to act.
    /// </summary>
    public const int Incomplete = 2;
}
