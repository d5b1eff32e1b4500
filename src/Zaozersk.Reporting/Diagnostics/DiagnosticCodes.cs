namespace Zaozersk.Reporting;

/// <summary>
/// The stable codes of <see cref="Diagnostic"/>. Codes never change meaning once released;
/// <c>ZR00xx</c> are problems reading the JSON, <c>ZR01xx</c> problems in its content, <c>ZR02xx</c>
/// problems importing a Word document (the path then names the place in the document).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not well-formed JSON (syntax error, truncated, not UTF-8, nested too deeply).</summary>
    public const string InvalidJson = "ZR0001";

    /// <summary>A value has the wrong JSON type (a number where text is expected, and so on).</summary>
    public const string WrongType = "ZR0002";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "ZR0003";

    /// <summary>A property the format does not know (usually a misspelling; the message suggests the nearest name).</summary>
    public const string UnknownProperty = "ZR0004";

    /// <summary>A value outside its allowed set (for example <c>kind</c> other than plan or report).</summary>
    public const string InvalidValue = "ZR0005";

    /// <summary>The same property appears twice in one object.</summary>
    public const string DuplicateProperty = "ZR0006";

    /// <summary>The input file cannot be read.</summary>
    public const string UnreadableFile = "ZR0007";

    /// <summary>A text that must say something is empty or blank.</summary>
    public const string EmptyText = "ZR0101";

    /// <summary>A section or measure number is not of the form «1», «I», «1.2», «1.2.3».</summary>
    public const string MalformedNumber = "ZR0102";

    /// <summary>Two sections, or two measures, have the same number.</summary>
    public const string DuplicateNumber = "ZR0103";

    /// <summary>A number comes before a smaller one: the table would print out of order.</summary>
    public const string NumberOutOfOrder = "ZR0104";

    /// <summary>A measure's number does not begin with its section's number.</summary>
    public const string ItemOutsideSection = "ZR0105";

    /// <summary>Numbering skips a number (warning).</summary>
    public const string NumberGap = "ZR0106";

    /// <summary>A sub-measure («1.2.1») without its parent measure («1.2») (warning).</summary>
    public const string MissingParentItem = "ZR0107";

    /// <summary>The plan period is reversed or not a plausible range of years.</summary>
    public const string InvalidPlanPeriod = "ZR0110";

    /// <summary>A report without a report period.</summary>
    public const string MissingReportPeriod = "ZR0111";

    /// <summary>The report period lies outside the plan period.</summary>
    public const string ReportPeriodOutsidePlan = "ZR0112";

    /// <summary>A half-year or quarter without a valid number, or a number where none belongs.</summary>
    public const string InvalidReportPeriodNumber = "ZR0113";

    /// <summary>A plan that carries a report period, which a plan does not print (warning).</summary>
    public const string ReportPeriodInPlan = "ZR0114";

    /// <summary>A date that is not a real date written as ДД.ММ.ГГГГ.</summary>
    public const string MalformedDate = "ZR0120";

    /// <summary>An act number that includes the «№» sign, which the layout adds itself (warning).</summary>
    public const string NumberSignInActNumber = "ZR0121";

    /// <summary>An approval heading not in capitals or in quotes, contrary to ГОСТ Р 7.0.97-2025 (warning).</summary>
    public const string ApprovalHeadingStyle = "ZR0122";

    /// <summary>The document is dated before its report period ends (warning).</summary>
    public const string DatedBeforePeriodEnd = "ZR0123";

    /// <summary>An approval stamp names both an approving person (УТВЕРЖДАЮ) and an approving act.</summary>
    public const string ApprovalPersonAndAct = "ZR0124";

    /// <summary>Text contains a control character that no document can show.</summary>
    public const string ControlCharacter = "ZR0130";

    /// <summary>Text contains U+FFFD, the mark of text damaged by a wrong encoding; an error, since the PDF font cannot print it.</summary>
    public const string ReplacementCharacter = "ZR0131";

    /// <summary>Text contains a character the PDF font has no glyph for (emoji, CJK, Arabic …): the PDF could not be made.</summary>
    public const string CharacterNotInFont = "ZR0132";

    /// <summary>Text contains an unassigned, private-use or formatting character that no document can print.</summary>
    public const string UnprintableCharacter = "ZR0133";

    /// <summary>A section without measures (warning).</summary>
    public const string EmptySection = "ZR0140";

    /// <summary>A measure without responsible units (warning).</summary>
    public const string NoResponsible = "ZR0141";

    /// <summary>A measure without a deadline (warning).</summary>
    public const string EmptyDeadline = "ZR0142";

    /// <summary>A report's measure without execution information (warning).</summary>
    public const string MissingExecution = "ZR0143";

    /// <summary>A plan's measure with execution text, which a plan does not print (warning).</summary>
    public const string ExecutionInPlan = "ZR0144";

    /// <summary>A text that alone makes more paragraphs and lists than a document holds unless the block limit is raised (warning: the render fails at that limit).</summary>
    public const string TextOverBlockLimit = "ZR0145";

    /// <summary>A document without signatories (warning).</summary>
    public const string NoSignatory = "ZR0150";

    /// <summary>Import: the file is not a DOCX (a .doc, .odt, .pdf …); the message says how to convert it.</summary>
    public const string ImportFormatNotSupported = "ZR0201";

    /// <summary>Import: the file claims to be a DOCX but cannot be read (damaged, truncated, not a package).</summary>
    public const string DamagedDocument = "ZR0202";

    /// <summary>Import: no table whose header names the plan's columns was found, so there is nothing to import.</summary>
    public const string NoPlanTable = "ZR0203";

    /// <summary>Import: no title («ПЛАН …», «ОТЧЕТ …») before the table; the kind is taken from the columns (warning).</summary>
    public const string NoTitle = "ZR0204";

    /// <summary>Import: a paragraph or cell with text that maps to no field; it is not in the imported document (warning).</summary>
    public const string TextNotImported = "ZR0205";

    /// <summary>Import: a table column whose header names no known field; its cells are reported one by one (warning).</summary>
    public const string UnknownColumn = "ZR0206";

    /// <summary>Import: the organisation is not stated as such and was derived from the title (warning).</summary>
    public const string OrganisationDerived = "ZR0207";

    /// <summary>Import: a row with text only in its first cells was read as a section, though it could be a measure (warning).</summary>
    public const string RowReadAsSection = "ZR0208";

    /// <summary>Import: the status column and the execution text's first sentence name different statuses; the column's is taken, the text kept whole (warning).</summary>
    public const string StatusDisagrees = "ZR0209";

    /// <summary>Import: a report without a status column states the status in the first words of the execution text («Исполнено. Проведено …»); the status is taken from them and they are left out of the text (warning).</summary>
    public const string StatusFromText = "ZR0210";

    /// <summary>Import: the file holds tracked changes not yet accepted or rejected; the text is imported as it reads with them accepted (warning).</summary>
    public const string TrackedChanges = "ZR0211";
}
