using Microsoft.AspNetCore.Http;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The kinds of error the service answers with: a stable type URI, a status and a title in both languages.</summary>
/// <param name="Name">The last part of the type URI (<c>urn:zaozersk-reporting:problem:</c>…).</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="English">The title in English.</param>
/// <param name="Russian">The title in Russian.</param>
internal sealed record ProblemKind(string Name, int Status, string English, string Russian)
{
    public static readonly ProblemKind NotJson = new("not-json", StatusCodes.Status400BadRequest, "The body is not JSON", "Тело запроса — не JSON");
    public static readonly ProblemKind NotDocx = new("not-docx", StatusCodes.Status400BadRequest, "The body is not a Word document (.docx)", "Тело запроса — не документ Word в формате DOCX");
    public static readonly ProblemKind BrokenBody = new("broken-body", StatusCodes.Status400BadRequest, "The body did not arrive whole", "Тело запроса пришло не полностью");
    public static readonly ProblemKind EmptyBody = new("empty-body", StatusCodes.Status400BadRequest, "The request has no body", "В запросе нет содержимого");
    public static readonly ProblemKind BadParameter = new("bad-parameter", StatusCodes.Status400BadRequest, "A parameter has a wrong value", "Неверное значение параметра");
    public static readonly ProblemKind NotFound = new("not-found", StatusCodes.Status404NotFound, "No such route", "Такого адреса нет");
    public static readonly ProblemKind MethodNotAllowed = new("method-not-allowed", StatusCodes.Status405MethodNotAllowed, "This address does not take this method", "Этот адрес не принимает такой метод запроса");
    public static readonly ProblemKind TooSlow = new("too-slow", StatusCodes.Status408RequestTimeout, "The body came too slowly", "Тело запроса передавалось слишком медленно");
    public static readonly ProblemKind TooLarge = new("too-large", StatusCodes.Status413PayloadTooLarge, "The body is larger than the input size limit", "Тело запроса больше предельного размера входного файла");
    public static readonly ProblemKind UnsupportedMediaType = new("unsupported-media-type", StatusCodes.Status415UnsupportedMediaType, "The body's content type is not accepted here", "Такой тип содержимого здесь не принимается");
    public static readonly ProblemKind InvalidDocument = new("invalid-document", StatusCodes.Status422UnprocessableEntity, "The document has errors", "В документе есть ошибки");
    public static readonly ProblemKind Busy = new("busy", StatusCodes.Status503ServiceUnavailable, "The service is busy", "Служба занята");
    public static readonly ProblemKind TimedOut = new("timeout", StatusCodes.Status503ServiceUnavailable, "The request took longer than its time limit", "Запрос не уложился в отведенное время");
    public static readonly ProblemKind Stopping = new("stopping", StatusCodes.Status503ServiceUnavailable, "The service is stopping", "Служба останавливается");
    public static readonly ProblemKind Unexpected = new("unexpected", StatusCodes.Status500InternalServerError, "Unexpected failure of the service", "Непредвиденный сбой службы");

    /// <summary>Every kind, in order of status: the values <c>type</c> takes, listed in the OpenAPI document.</summary>
    public static IReadOnlyList<ProblemKind> All { get; } =
        [NotJson, NotDocx, EmptyBody, BrokenBody, BadParameter, NotFound, MethodNotAllowed, TooSlow, TooLarge, UnsupportedMediaType, InvalidDocument, Unexpected, Busy, TimedOut, Stopping];

    /// <summary>The type URI.</summary>
    public string Type => "urn:zaozersk-reporting:problem:" + Name;

    /// <summary>The title in the language in force.</summary>
    public string Title => Localized.Text(English, Russian);
}
