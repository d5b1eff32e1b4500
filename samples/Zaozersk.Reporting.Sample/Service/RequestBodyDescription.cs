namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// A route's body, for the OpenAPI document. The routes read their bodies themselves, so that a
/// wrong content type is answered with the service's own 415 problem (the framework's accepts
/// metadata would turn it into an empty answer before the route runs); this says what they read.
/// </summary>
/// <param name="Description">What the body is.</param>
/// <param name="Binary">True for a file (a Word document), false for JSON.</param>
/// <param name="ContentTypes">The media types accepted.</param>
internal sealed record RequestBodyDescription(string Description, bool Binary, params string[] ContentTypes);
