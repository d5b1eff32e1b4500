namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// A route's 200 answer that is a JSON object with no C# type of its own (a report, a JSON Schema),
/// for the OpenAPI document: an object, described in words, instead of the empty schema of a free JSON value.
/// </summary>
/// <param name="Description">What the object is and where its own schema is.</param>
internal sealed record ResponseJsonDescription(string Description);
