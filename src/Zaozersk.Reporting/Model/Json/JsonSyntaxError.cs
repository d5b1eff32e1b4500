using System.Text;
using System.Text.Json;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Says in the user's words what is wrong where the JSON reader stopped. The kind of problem is
/// read from the bytes at that place and the token before it, never from the reader's message,
/// which is in .NET's terms («Change the reader options»), in English only, and may change.
/// </summary>
internal static class JsonSyntaxError
{
    /// <summary>Where the reader stood when it failed.</summary>
    /// <param name="Consumed">Bytes the reader had accepted: everything before is well-formed JSON.</param>
    /// <param name="LastToken">The last token the reader read (<see cref="JsonTokenType.None"/> before the first).</param>
    /// <param name="Depth">The reader's depth at that token.</param>
    /// <param name="MaxDepth">The deepest nesting the reader allows.</param>
    internal readonly record struct ReaderState(long Consumed, JsonTokenType LastToken, int Depth, int MaxDepth);

    /// <summary>The problem at the place the reader stopped, and the byte offset to report it at.</summary>
    public static (long Offset, string Message) Describe(ReadOnlySpan<byte> utf8, ReaderState state)
    {
        var next = SkipWhiteSpace(utf8, (int)Math.Clamp(state.Consumed, 0, utf8.Length));
        if (next == utf8.Length)
        {
            return state.LastToken == JsonTokenType.None
                ? (0, Localized.Text("the file is empty; it must hold a JSON object", "файл пуст; в нем должен быть объект JSON"))
                : (utf8.Length, UnexpectedEnd());
        }

        if (state.Depth == 0 && state.LastToken is JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.String
                or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
        {
            return (next, Localized.Text(
                "there is more after the end of the JSON object; a file holds one object, so remove what follows it",
                "после конца объекта JSON есть еще текст; в файле один объект, удалите то, что идет после него"));
        }

        var b = utf8[next];
        if (b == '/')
        {
            return (next, Malformed("comments are not allowed in JSON; remove it", "комментарии в JSON не допускаются; удалите его"));
        }

        var previous = PreviousSignificant(utf8, next);
        var before = previous < 0 ? (byte)0 : utf8[previous];
        var expectsValue = previous < 0 || before is (byte)'{' or (byte)'[' or (byte)',' or (byte)':';
        return expectsValue ? AtValueOrName(utf8, next, previous, state) : AfterValue(utf8, next, previous, state);
    }

    /// <summary>The reader stopped where a value (or, in an object, a property name) begins.</summary>
    private static (long, string) AtValueOrName(ReadOnlySpan<byte> utf8, int next, int previous, ReaderState state)
    {
        var b = utf8[next];
        var before = previous < 0 ? (byte)0 : utf8[previous];
        if (b is (byte)'}' or (byte)']')
        {
            return before switch
            {
                (byte)',' => (previous, b == '}'
                    ? Malformed("a comma after the last property of an object; remove it", "лишняя запятая после последнего свойства объекта; удалите ее")
                    : Malformed("a comma after the last item of an array; remove it", "лишняя запятая после последнего элемента массива; удалите ее")),
                (byte)':' => (next, Malformed("a property has no value after ':'", "у свойства нет значения после ':'")),
                _ when previous < 0 => (next, Unexpected(utf8, next)),
                _ => (next, MismatchedBrackets()),
            };
        }

        if (b == ',')
        {
            return (next, Malformed(
                "a comma where a value or a property should be; remove the extra comma",
                "запятая там, где должно быть значение или свойство; удалите лишнюю запятую"));
        }

        if (b == ':')
        {
            return (next, Malformed("a ':' where a value should be; remove it", "двоеточие там, где должно быть значение; удалите его"));
        }

        if (before == ',' && PreviousSignificant(utf8, previous) is var name and >= 0 && utf8[name] == '"' && IsPropertyName(utf8, name))
        {
            // A comma typed for the colon: the reader took the name and the comma, and stopped at the value.
            return (previous, Malformed("':' is missing after the property name", "после имени свойства не хватает двоеточия ':'"));
        }

        if (b == '"')
        {
            return InText(utf8, next);
        }

        if (b == '\'')
        {
            return (next, Malformed(
                "texts and names are written in double quotes (\"…\"), not in single ones",
                "текст и имена пишутся в двойных кавычках (\"…\"), а не в одинарных"));
        }

        var nameExpected = before == '{' || (before == ',' && OpensObject(utf8, InnermostOpen(utf8, previous)));
        if (nameExpected)
        {
            return (next, Malformed(
                "a property name is written in double quotes, such as \"kind\"",
                "имя свойства пишется в двойных кавычках, например \"kind\""));
        }

        if (b is (byte)'{' or (byte)'[' && state.Depth >= state.MaxDepth - 1)
        {
            // Here a bracket can fail for one reason only: it opens one level too many.
            return (next, Localized.Text(
                $"the JSON is nested more than {state.MaxDepth} levels deep",
                $"вложенность JSON глубже {state.MaxDepth} уровней"));
        }

        if (char.IsAsciiDigit((char)b) || b is (byte)'-' or (byte)'+' or (byte)'.')
        {
            var word = Word(utf8, next);
            var end = next + word.Length;
            if (end < utf8.Length && utf8[end] != ',' && IsNumber(word))
            {
                // A good number run into what follows it («2024"to"»): the problem comes after the number.
                // (Before a comma the reader would not have stopped here, so that case is not followed.)
                return AfterValue(utf8, end, end - 1, state);
            }

            return end == utf8.Length
                ? (utf8.Length, UnexpectedEnd())
                : (next, Malformed(
                    $"{QuotedText.Quote(Text(word))} is not a number as JSON writes it: no leading zeros and no '+', a dot (not a comma) with digits on both sides",
                    $"{QuotedText.Quote(Text(word))} — не число в записи JSON: без нулей в начале и без '+', дробная часть отделяется точкой (не запятой), цифры по обе стороны от нее"));
        }

        if (char.IsAsciiLetter((char)b) || (b >= 0x80 && Rune.DecodeFromUtf8(utf8[next..], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetter(rune)))
        {
            var word = Word(utf8, next);
            var text = Text(word);
            return next + word.Length == utf8.Length && ("true".StartsWith(text, StringComparison.Ordinal) || "false".StartsWith(text, StringComparison.Ordinal) || "null".StartsWith(text, StringComparison.Ordinal))
                ? (utf8.Length, UnexpectedEnd())
                : (next, Malformed(
                    $"{QuotedText.Quote(text)} is not a JSON value: text is written in double quotes, and the only words without them are true, false and null",
                    $"{QuotedText.Quote(text)} — не значение JSON: текст пишется в двойных кавычках, а без кавычек допустимы только слова 'true', 'false' и 'null'"));
        }

        return (next, Unexpected(utf8, next));
    }

    /// <summary>The reader stopped after a whole value (or a property name) where a comma, a colon or a bracket should come.</summary>
    private static (long, string) AfterValue(ReadOnlySpan<byte> utf8, int next, int previous, ReaderState state)
    {
        var b = utf8[next];
        if (b == ',')
        {
            // The comma is right; what follows it is not (the reader stops before a comma it cannot complete).
            var following = SkipWhiteSpace(utf8, next + 1);
            return following == utf8.Length ? (utf8.Length, UnexpectedEnd()) : AtValueOrName(utf8, following, next, state);
        }

        if (utf8[previous] == '"' && IsPropertyName(utf8, previous))
        {
            return (next, Malformed("':' is missing after the property name", "после имени свойства не хватает двоеточия ':'"));
        }

        if (b == ':')
        {
            return (next, Malformed(
                "a ':' after a value: each property has one ':' between its name and its value, and properties are separated by commas",
                "двоеточие после значения: у свойства одно двоеточие между именем и значением, а свойства разделяются запятыми"));
        }

        if (utf8[previous] == '"' && (IsLetter(utf8, next) || (next == previous + 1 && b is not ((byte)'"' or (byte)'{' or (byte)'[' or (byte)'}' or (byte)']' or (byte)'\\' or (byte)'/'))))
        {
            // Text closed before its words end: a quote inside the text that was meant as a character.
            return (previous, Malformed(
                "the text ends at this quote, but more of it follows: a quote inside text is written \\\"",
                "текст кончается на этой кавычке, а за ней идет его продолжение: кавычка внутри текста записывается как \\\""));
        }

        if (b is (byte)'}' or (byte)']')
        {
            return (next, MismatchedBrackets());
        }

        if (b is (byte)'"' or (byte)'\'' or (byte)'{' or (byte)'[' or (byte)'-' || char.IsAsciiLetterOrDigit((char)b) || IsLetter(utf8, next))
        {
            // Reported just after the value that lacks it, where the comma is to be typed.
            return (previous + 1, Malformed(
                "a comma is missing here: values and properties are separated by commas",
                "здесь не хватает запятой: значения и свойства разделяются запятыми"));
        }

        return (next, Unexpected(utf8, next));
    }

    /// <summary>The reader stopped in the text (a JSON string) that starts at <paramref name="quote"/>.</summary>
    private static (long, string) InText(ReadOnlySpan<byte> utf8, int quote)
    {
        for (var i = quote + 1; i < utf8.Length; i++)
        {
            var c = utf8[i];
            if (c == '"')
            {
                return (quote, Unexpected(utf8, quote));
            }

            if (c is (byte)'\n' or (byte)'\r')
            {
                return (i, Malformed(
                    "a line break inside text: close the text with \" before the line ends, or write the line break as \\n",
                    "перенос строки внутри текста: закройте текст кавычкой \" до конца строки или запишите перенос как \\n"));
            }

            if (c < 0x20)
            {
                var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{c:X4}");
                return (i, Malformed(
                    $"a control character ({code}) inside text; write it as an escape, such as \\t for a tab",
                    $"управляющий символ ({code}) внутри текста; запишите его через обратную косую черту, например табуляцию как \\t"));
            }

            if (c != '\\')
            {
                continue;
            }

            if (i + 1 == utf8.Length)
            {
                break;
            }

            var escaped = utf8[i + 1];
            if (escaped == 'u')
            {
                var digits = 0;
                while (digits < 4 && i + 2 + digits < utf8.Length && char.IsAsciiHexDigit((char)utf8[i + 2 + digits]))
                {
                    digits++;
                }

                if (digits < 4 && i + 2 + digits < utf8.Length)
                {
                    return (i, Malformed(
                        "\\u must be followed by four hexadecimal digits, such as \\u00AB",
                        "после \\u должны идти четыре шестнадцатеричные цифры, например \\u00AB"));
                }

                i += 1 + digits;
            }
            else if (escaped is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
            {
                i++;
            }
            else
            {
                var shown = QuotedText.Quote("\\" + Text(Character(utf8, i + 1)));
                return (i, Malformed(
                    $"{shown} is not an escape JSON knows; a backslash itself is written \\\\",
                    $"{shown} — такой последовательности с обратной косой чертой в JSON нет; сама косая черта записывается как \\\\"));
            }
        }

        return (quote, Malformed(
            "the text is not closed: the closing \" is missing",
            "текст не закрыт: нет закрывающей кавычки \""));
    }

    private static string Malformed(string english, string russian) =>
        Localized.Text("malformed JSON: " + english, "ошибка в записи JSON: " + russian);

    private static string UnexpectedEnd() => Localized.Text(
        "the file ends before the JSON is complete: an object or array is not closed",
        "файл кончается раньше, чем завершен JSON: не закрыт объект или массив");

    private static string MismatchedBrackets() => Malformed(
        "the brackets do not match: an object opened with '{' is closed with '}', an array opened with '[' with ']'",
        "скобки не соответствуют друг другу: объект, открытый '{', закрывается '}', а массив, открытый '[', — ']'");

    private static string Unexpected(ReadOnlySpan<byte> utf8, int at)
    {
        var character = Character(utf8, at);
        if (Rune.DecodeFromUtf8(character, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0x{utf8[at]:X2}");
            return Malformed(
                $"the byte {code} here is not UTF-8 text; save the file in UTF-8 encoding",
                $"байт {code} здесь не является текстом в UTF-8; сохраните файл в кодировке UTF-8");
        }

        var shown = QuotedText.Quote(Text(character));
        return Malformed($"{shown} cannot stand here", $"здесь не может стоять {shown}");
    }

    /// <summary>Whether the text that ends with the quote at <paramref name="closingQuote"/> stands where a property name goes.</summary>
    private static bool IsPropertyName(ReadOnlySpan<byte> utf8, int closingQuote)
    {
        var opening = OpeningQuote(utf8, closingQuote);
        var previous = PreviousSignificant(utf8, opening);
        return previous >= 0 && (utf8[previous] == '{' || (utf8[previous] == ',' && OpensObject(utf8, InnermostOpen(utf8, previous))));
    }

    /// <summary>Whether the character at <paramref name="at"/> is a letter of any alphabet.</summary>
    private static bool IsLetter(ReadOnlySpan<byte> utf8, int at) =>
        Rune.DecodeFromUtf8(utf8[at..], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetter(rune);

    /// <summary>Whether <paramref name="word"/> is a number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.</summary>
    private static bool IsNumber(ReadOnlySpan<byte> word)
    {
        var i = 0;
        if (i < word.Length && word[i] == '-')
        {
            i++;
        }

        if (i < word.Length && word[i] == '0')
        {
            i++;
        }
        else if (!Digits(word, ref i))
        {
            return false;
        }

        if (i < word.Length && word[i] == '.')
        {
            i++;
            if (!Digits(word, ref i))
            {
                return false;
            }
        }

        if (i < word.Length && word[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < word.Length && word[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            if (!Digits(word, ref i))
            {
                return false;
            }
        }

        return i == word.Length;
    }

    /// <summary>Moves past ASCII digits; true when there was at least one.</summary>
    private static bool Digits(ReadOnlySpan<byte> word, ref int i)
    {
        var start = i;
        while (i < word.Length && char.IsAsciiDigit((char)word[i]))
        {
            i++;
        }

        return i > start;
    }

    private static bool OpensObject(ReadOnlySpan<byte> utf8, int bracket) => bracket >= 0 && utf8[bracket] == '{';

    /// <summary>
    /// The bracket of the innermost object or array still open before <paramref name="end"/>, or -1.
    /// Everything before the reader's stop is well-formed, so a backward scan can pair brackets and skip texts.
    /// </summary>
    private static int InnermostOpen(ReadOnlySpan<byte> utf8, int end)
    {
        var depth = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            switch (utf8[i])
            {
                case (byte)'"':
                    i = OpeningQuote(utf8, i);
                    break;
                case (byte)'}' or (byte)']':
                    depth++;
                    break;
                case (byte)'{' or (byte)'[' when depth == 0:
                    return i;
                case (byte)'{' or (byte)'[':
                    depth--;
                    break;
            }
        }

        return -1;
    }

    /// <summary>The opening quote of the text closed at <paramref name="closingQuote"/>: the nearest quote before it not escaped by a backslash.</summary>
    private static int OpeningQuote(ReadOnlySpan<byte> utf8, int closingQuote)
    {
        for (var i = closingQuote - 1; i >= 0; i--)
        {
            if (utf8[i] != '"')
            {
                continue;
            }

            var backslashes = 0;
            while (i - backslashes - 1 >= 0 && utf8[i - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return i;
            }
        }

        return 0;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> utf8, int from)
    {
        while (from < utf8.Length && utf8[from] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            from++;
        }

        return from;
    }

    /// <summary>The last byte before <paramref name="at"/> that is not white space, or -1.</summary>
    private static int PreviousSignificant(ReadOnlySpan<byte> utf8, int at)
    {
        var i = at - 1;
        while (i >= 0 && utf8[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i--;
        }

        return i;
    }

    /// <summary>The bytes from <paramref name="start"/> up to the next white space or punctuation of JSON, about <see cref="QuotedText.MaxShown"/> of them.</summary>
    private static ReadOnlySpan<byte> Word(ReadOnlySpan<byte> utf8, int start)
    {
        var end = start;
        while (end < utf8.Length && end - start < QuotedText.MaxShown && utf8[end] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)',' or (byte)':' or (byte)'}' or (byte)']' or (byte)'{' or (byte)'[' or (byte)'"'))
        {
            end++;
        }

        // Cut at a character's first byte, not inside it.
        while (end < utf8.Length && end > start + 1 && (utf8[end] & 0xC0) == 0x80)
        {
            end--;
        }

        return utf8[start..end];
    }

    /// <summary>The bytes of the one character starting at <paramref name="at"/> (a single byte when it is not UTF-8).</summary>
    private static ReadOnlySpan<byte> Character(ReadOnlySpan<byte> utf8, int at) =>
        Rune.DecodeFromUtf8(utf8[at..], out _, out var length) == System.Buffers.OperationStatus.Done ? utf8.Slice(at, length) : utf8.Slice(at, 1);

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
