using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Zaozersk.Reporting;

/// <summary>
/// Гриф утверждения: «УТВЕРЖДЕН постановлением Администрации ЗАТО город Заозерск от 27.04.2022 № 336».
/// Date and number may be left blank; the document then shows «от ____ № ___» to fill in by hand.
/// A person's approval («УТВЕРЖДАЮ / Глава администрации … / ____ И.О. Фамилия / дата») names the
/// position and the signer instead of the act.
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

    private readonly string _act = string.Empty;

    /// <summary>The approving act in the instrumental case: «постановлением Администрации ЗАТО город Заозерск»; empty when a person approves (<see cref="Position"/>).</summary>
    [JsonIgnore]
    public string Act
    {
        get => _act;
        init => _act = value ?? string.Empty;
    }

    /// <summary>The act as the JSON holds it: absent, not empty, when a person approves.</summary>
    [JsonInclude]
    [JsonPropertyName("act")]
    [Description("Approving act in the instrumental case, e.g. постановлением Администрации ЗАТО город Заозерск; omit when a person approves (position).")]
    internal string? ActInJson
    {
        get => _act.Length == 0 ? null : _act;
        init => _act = value ?? string.Empty;
    }

    /// <summary>The approving person's position for «УТВЕРЖДАЮ»: «Глава администрации ЗАТО г. Заозерск»; absent when an act approves.</summary>
    [Description("Position of the person who approves, with heading УТВЕРЖДАЮ, e.g. Глава администрации ЗАТО г. Заозерск; omit when an act approves.")]
    public string? Position { get; init; }

    /// <summary>The approving person as «И.О. Фамилия», printed after the signature line; absent for a blank.</summary>
    [Description("Name of the person who approves as И.О. Фамилия, printed after the signature line; omit to leave a blank.")]
    public string? Signer { get; init; }

    /// <summary>Date of the act as ДД.ММ.ГГГГ, or absent for a blank to fill in by hand.</summary>
    [Description("Date of the act, or of a person's approval, as DD.MM.YYYY; omit to leave a blank.")]
    public string? Date { get; init; }

    /// <summary>Number of the act without the «№» sign (e.g. «336»), or absent for a blank.</summary>
    [Description("Number of the act without the № sign; omit to leave a blank.")]
    public string? Number { get; init; }
}
