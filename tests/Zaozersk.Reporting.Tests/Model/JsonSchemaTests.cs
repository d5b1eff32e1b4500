using System.Text.Json;
using Json.Schema;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>The published JSON Schema: generated, committed for editors, and accepting exactly what the loader accepts.</summary>
public sealed class JsonSchemaTests
{
    private static readonly string CommittedSchemaPath = RepositoryPaths.Combine("samples", "data", "zaozersk-reporting.schema.json");

    [Fact]
    public void Committed_schema_file_is_the_generated_schema()
    {
        Assert.True(
            File.ReadAllText(CommittedSchemaPath) == PlanDocumentJson.Schema,
            "samples/data/zaozersk-reporting.schema.json is stale; regenerate it with: dotnet run --project samples/Zaozersk.Reporting.Sample -- schema > samples/data/zaozersk-reporting.schema.json");
    }

    [Fact]
    public void An_independent_schema_validator_accepts_the_seed()
    {
        var schema = JsonSchema.FromText(PlanDocumentJson.Schema);
        using var seed = JsonDocument.Parse(File.ReadAllText(TestData.SeedJsonPath));

        var result = schema.Evaluate(seed.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Theory]
    [InlineData("\"deadline\"", "\"deadlnie\"")]
    [InlineData("\"kind\": \"report\"", "\"kind\": \"rapport\"")]
    [InlineData("\"from\": 2021", "\"from\": \"2021\"")]
    [InlineData("\"title\": \"Организационные мероприятия\",", "")]
    public void Schema_and_loader_reject_the_same_files(string find, string replace)
    {
        var json = ReplaceFirst(File.ReadAllText(TestData.SeedJsonPath), find, replace);
        var schema = JsonSchema.FromText(PlanDocumentJson.Schema);
        using var instance = JsonDocument.Parse(json);

        Assert.False(schema.Evaluate(instance.RootElement).IsValid);
        Assert.Null(PlanDocumentJson.Parse(json).Document);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
