using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>
/// The only differences a DOCX cannot carry, applied to the expected side of a round trip (each is
/// the same printed document, so no import could tell them apart):
/// <list type="bullet">
/// <item><c>$schema</c> is an editor hint, not part of the document: the import leaves it out.</item>
/// <item>A report prints an execution cell for every measure; an absent execution and an empty one
/// print the same empty cell, and the import reads an empty string.</item>
/// <item>A blank line between two list items: «- a\n\n- b» and «- a\n- b» print the same list
/// (the seed's measure 1.1 has one); the import reads a single line break.</item>
/// <item>A non-breaking space typed where the official ties put one (after «№», between initials and a
/// surname) cannot be told from a tie: it reads back as a space. No fixture or seed value has one.</item>
/// </list>
/// </summary>
internal static partial class RoundTripNormalisation
{
    public static PlanDocument Expected(PlanDocument document) => document with
    {
        Schema = null,
        Sections = [.. document.Sections.Select(s => s with
        {
            Note = Lists(s.Note),
            Items = [.. s.Items.Select(i => i with
            {
                Measure = Lists(i.Measure)!,
                Deadline = Lists(i.Deadline)!,
                Indicator = Lists(i.Indicator),
                ExpectedResult = Lists(i.ExpectedResult),
                Note = Lists(i.Note),
                Execution = document.Kind == DocumentKind.Report ? Lists(i.Execution) ?? string.Empty : Lists(i.Execution),
            })],
        })],
    };

    private static string? Lists(string? text) => text is null ? null : BlankLineBetweenItems().Replace(text, "\n");

    [GeneratedRegex(@"(?<=(?:^|\n)[-•] [^\n]*)\n\n(?=[-•] )")]
    private static partial Regex BlankLineBetweenItems();
}
