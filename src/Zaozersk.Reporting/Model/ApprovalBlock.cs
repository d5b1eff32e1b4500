using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>
/// Гриф утверждения: «УТВЕРЖДЕН постановлением Администрации ЗАТО город Заозерск от 27.04.2022 № 336».
/// Date and number may be left blank; the document then shows «от ____ № ___» to fill in by hand.
/// </summary>
public sealed record ApprovalBlock
{
    /// <summary>The approval word used when none is given.</summary>
    public const string DefaultHeading = "УТВЕРЖДЕН";

    private readonly string _heading = DefaultHeading;

    /// <summary>The approval word in capitals, without quotes: «УТВЕРЖДЕН», «УТВЕРЖДЕНА», «УТВЕРЖДЕНО».</summary>
    [Description("Approval word in capitals, without quotes, e.g. УТВЕРЖДЕН.")]
    public string Heading
    {
        get => _heading;

        // The JSON source generator passes null for an absent property; absent means the usual word.
        init => _heading = value ?? DefaultHeading;
    }

    /// <summary>The approving act in the instrumental case: «постановлением Администрации ЗАТО город Заозерск».</summary>
    [Description("Approving act in the instrumental case, e.g. постановлением Администрации ЗАТО город Заозерск.")]
    public required string Act { get; init; }

    /// <summary>Date of the act as ДД.ММ.ГГГГ, or absent for a blank to fill in by hand.</summary>
    [Description("Date of the act as DD.MM.YYYY; omit to leave a blank.")]
    public string? Date { get; init; }

    /// <summary>Number of the act without the «№» sign (e.g. «336»), or absent for a blank.</summary>
    [Description("Number of the act without the № sign; omit to leave a blank.")]
    public string? Number { get; init; }
}
