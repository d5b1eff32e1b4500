using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// The name an enum value has in the JSON format («inProgress», «halfYear»), taken from the format's own
/// serializer, so templates and messages spell a value exactly as the JSON file and its schema do.
/// </summary>
internal static class JsonNames
{
    /// <summary>The JSON name of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>Every value's name, computed once per enum type by serialising it.</summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = Build();

        private static Dictionary<TEnum, string> Build()
        {
            var info = (JsonTypeInfo<TEnum>)PlanJsonContext.Default.GetTypeInfo(typeof(TEnum))!;
            var names = new Dictionary<TEnum, string>();
            foreach (var value in Enum.GetValues<TEnum>())
            {
                names[value] = JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, info), PlanJsonContext.Default.String)!;
            }

            return names;
        }
    }
}
