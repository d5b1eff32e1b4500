using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Strings the markup reader may take over instead of copying: the input's own texts, which a
/// template mostly prints unchanged. A run read from the markup is a new string even when it equals
/// one of them; while the caller keeps the input, holding its string instead saves a second copy of
/// the document's text (for a 20,000-measure report, about 20 MB). Each string given is taken at
/// most once, so texts that are merely equal are not merged: the document holds as many strings as
/// the input has, never fewer.
/// </summary>
internal sealed class KnownTexts
{
    /// <summary>Marks a text whose only string has been taken.</summary>
    private static readonly object Taken = new();

    // A text given once maps to its string; a text given more often, to the strings not yet taken.
    private readonly Dictionary<string, object> _texts = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="text"/>; null and empty texts are ignored.</summary>
    public void Add(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_texts, text, out var exists);
        if (!exists)
        {
            slot = text;
        }
        else if (slot is Stack<string> more)
        {
            more.Push(text);
        }
        else
        {
            var strings = new Stack<string>(2);
            strings.Push((string)slot!);
            strings.Push(text);
            slot = strings;
        }
    }

    /// <summary>A given string equal to <paramref name="text"/> and not taken yet, or null.</summary>
    public string? Take(string text)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_texts, text);
        if (Unsafe.IsNullRef(ref slot))
        {
            return null;
        }

        switch (slot)
        {
            case string single:
                slot = Taken;
                return single;
            case Stack<string> more:
                return more.TryPop(out var next) ? next : null;
            default:
                return null;
        }
    }
}
