using System.Globalization;
using System.Runtime.CompilerServices;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// The tests assert English wording unless they choose Russian, so the suite gives the same result
/// on a machine whose language is Russian. (The test host runs with invariant globalization, whose
/// UI culture is not Russian; this says so rather than relying on it.)
/// </summary>
internal static class EnglishByDefault
{
    [ModuleInitializer]
    internal static void Set()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
