namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// A route's 200 answer that is a file (a document, the page), for the OpenAPI document: its media
/// types, each a binary string. Said here because a stream has no JSON contract for the generator to
/// describe, and under Native AOT asking it for one fails the whole document.
/// </summary>
/// <param name="Description">What the file is.</param>
/// <param name="ContentTypes">Its media types.</param>
internal sealed record ResponseFileDescription(string Description, params string[] ContentTypes);
