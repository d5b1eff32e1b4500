using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Parsing;
using Scriban.Syntax;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Renders a plan or report through a Scriban template into document markup: strict variables,
/// escaped output, invariant culture, bounded loops, recursion, output and time, cancellable.
/// Every failure becomes a <see cref="TemplateException"/> naming <c>name.sbn(line,col)</c>.
/// </summary>
internal static class TemplateRenderer
{
    // Parsed templates are immutable and safe to render from many threads; parse each text once.
    private static readonly ConcurrentDictionary<(string FileName, string Text), Template> Parsed = new();

    /// <summary>
    /// How many parsed templates are kept. Every edited or generated template text is a new key,
    /// so an unbounded cache would grow for the life of a long-running host; the built-ins and a
    /// few folders fit many times over, and parsing again after a clear costs milliseconds.
    /// </summary>
    internal const int MaxCachedTemplates = 64;

    /// <summary>How many parsed templates are cached now.</summary>
    internal static int CachedTemplates => Parsed.Count;

    /// <summary>Renders into one markup text, read once the template is done.</summary>
    public static MarkupText Render(PlanDocument document, TemplateRun run, CancellationToken cancellationToken = default)
    {
        // Not sized up front: a StringBuilder grows by linking chunks of at most 8,000 characters,
        // never by copying, and small chunks stay off the large object heap, whereas one buffer
        // for a large report (about 1.2 KB a measure) would be a single block of tens of megabytes
        // kept until a full collection. The markup reader reads the chunks where they are.
        var markup = new MarkupText(new System.Text.StringBuilder());
        Render(document, run, markup, cancellationToken);
        return markup;
    }

    /// <summary>Renders into <paramref name="sink"/>.</summary>
    public static void Render(PlanDocument document, TemplateRun run, IMarkupSink sink, CancellationToken cancellationToken = default)
    {
        var (source, limits) = (run.Source, run.Limits);
        var (text, fileName) = source.Find(run.Name)
            ?? throw new TemplateException(run.FileName, 0, 0,
                TemplateSource.IsValidName(TemplateSource.NameOf(run.Name))
                    ? Localized.Text("no such template", "такого шаблона нет")
                    : Localized.Text("no such template (names are lowercase letters, digits, '-' and '_')", "такого шаблона нет (имена шаблонов состоят из строчных латинских букв, цифр, '-' и '_')"));
        var template = Parse(fileName, text);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var tracer = sink as MarkupTracer;
        var context = new EscapingTemplateContext
        {
            IncludesInPlace = tracer is not null,
            StrictVariables = true,
            LoopLimit = limits.LoopIterations,
            RecursiveLimit = limits.RecursionDepth,
            OutputLimit = limits.OutputCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new TemplateLoader(source),
            CancellationToken = timeout.Token,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);

        tracer?.Attach(context);
        context.PushOutput(new MarkupOutput(sink));
        context.PushGlobal(TemplateFunctions.Shared);
        var globals = new ScriptObject();
        globals.SetValue("document", TemplateModel.From(document), readOnly: true);
        globals.SetValue("options", new StrictScriptObject { ["repeat_full_header"] = run.RepeatFullHeader }, readOnly: true);
        context.PushGlobal(globals);

        try
        {
            // Render's own result is the output object's name, not the markup: the markup is in the sink.
            template.Render(context);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(Localized.Text("rendering was cancelled", "формирование документа отменено"), cancellationToken);
        }
        catch (ScriptAbortException ex)
        {
            throw Located(ex, fileName, TemplateErrorWording.Timeout(limits));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            // Some of Scriban's checks throw the token's own exception rather than ScriptAbortException.
            throw new TemplateException(fileName, 0, 0, TemplateErrorWording.Timeout(limits), ex);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is TemplateException inner)
        {
            throw inner;
        }
        catch (ScriptRuntimeException ex) when ((ex as TemplateFault ?? ex.InnerException as TemplateFault) is { } fault)
        {
            // The library's own finding, worded already; Scriban may have wrapped it on the way.
            throw Located(fault, fileName, fault.Reason);
        }
        catch (ScriptRuntimeException ex) when (ex.OriginalMessage.StartsWith("Rendered output exceeds OutputLimit", StringComparison.Ordinal))
        {
            throw Located(ex, fileName, TemplateErrorWording.OutputLimit(limits));
        }
        catch (ScriptRuntimeException ex)
        {
            throw Located(ex, fileName, TemplateErrorWording.Runtime(ex.OriginalMessage, ex.InnerException, limits, ExcerptAt(source, fileName, ex.Span)));
        }
    }

    /// <summary>
    /// Which template text wrote the place <paramref name="line"/>, <paramref name="column"/> of
    /// <paramref name="produced"/>, the markup this render wrote before: the render is repeated and
    /// traced (see <see cref="MarkupTracer"/>). Null when the place cannot be told.
    /// </summary>
    internal static TemplatePlace? Trace(PlanDocument document, TemplateRun run, TextReader produced, int line, int column, CancellationToken cancellationToken = default)
    {
        var tracer = new MarkupTracer(produced, line, column);
        try
        {
            Render(document, run, tracer, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Scriban may wrap the tracer's stop in exceptions of its own; the answer, if any, is in
            // the tracer. A repeat that failed otherwise has no answer: the error stays as it was.
        }

        return tracer.Origin;
    }

    /// <summary>Parses (once per distinct text) or throws a <see cref="TemplateException"/> at the first syntax error.</summary>
    internal static Template Parse(string fileName, string text)
    {
        if (Parsed.TryGetValue((fileName, text), out var cached))
        {
            return cached;
        }

        if (Parsed.Count >= MaxCachedTemplates)
        {
            Parsed.Clear();
        }

        return Parsed.GetOrAdd((fileName, text), ParseNew);
    }

    private static Template ParseNew((string FileName, string Text) key)
    {
        var template = Template.Parse(key.Text, key.FileName);
        if (template.HasErrors)
        {
            // The parser may report one error in several messages at the same place; any of them may say what it is.
            var errors = template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).ToList();
            var start = errors[0].Span.Start;
            var messages = errors.Where(m => m.Span.Start.Line == start.Line && m.Span.Start.Column == start.Column).Select(m => m.Message);
            var reason = TemplateErrorWording.Syntax(messages, TemplateExcerpt.At(key.Text, start.Line, start.Column));
            throw new TemplateException(key.FileName, start.Line + 1, start.Column + 1, reason);
        }

        return template;
    }

    private static TemplateException Located(ScriptRuntimeException ex, string fileName, string reason)
    {
        var span = ex.Span;
        var file = string.IsNullOrEmpty(span.FileName) ? fileName : Path.GetFileName(span.FileName);
        return new TemplateException(file, span.Start.Line + 1, span.Start.Column + 1, reason, ex);
    }

    /// <summary>The template text at <paramref name="span"/>, from the file the span names (an included template, perhaps).</summary>
    private static string? ExcerptAt(TemplateSource source, string fileName, SourceSpan span)
    {
        try
        {
            var file = string.IsNullOrEmpty(span.FileName) ? fileName : Path.GetFileName(span.FileName);
            return TemplateExcerpt.At(source.Find(file)?.Text, span.Start.Line, span.Start.Column);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TemplateException)
        {
            // The file changed or went since it was rendered: the error stands without its excerpt.
            return null;
        }
    }
}
