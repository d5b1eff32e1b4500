using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// Model → template → markup → document model: the first half of every render, shared by the
/// DOCX and PDF writers so that both show the same document.
/// </summary>
internal static class DocumentComposer
{
    /// <summary>
    /// Documents of at least this many measures (about 1.2 MB of markup) have their markup read as
    /// the template writes it, so that it is never held whole (47 MB for 20,000 measures); smaller
    /// ones are read once the template is done, without a second thread.
    /// </summary>
    internal const int StreamedFromMeasures = 500;

    /// <summary>Validates, renders the template and reads its markup.</summary>
    /// <param name="document">The input.</param>
    /// <param name="request">What to render and how; null for the default of <see cref="RenderRequest.For"/>.</param>
    /// <param name="cancellationToken">Stops the template and the reading.</param>
    /// <exception cref="InvalidInputException">The input has validation errors.</exception>
    /// <exception cref="TemplateException">The template failed.</exception>
    /// <exception cref="MarkupException">The template produced invalid markup.</exception>
    public static Document Compose(PlanDocument document, RenderRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = PlanValidator.Validate(document);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new InvalidInputException(diagnostics);
        }

        request ??= RenderRequest.For(document);
        return ReadsWhileWriting(document) ? Streamed(document, request, cancellationToken) : Buffered(document, request, cancellationToken);
    }

    /// <summary>Whether <paramref name="document"/>'s markup is read as the template writes it.</summary>
    internal static bool ReadsWhileWriting(PlanDocument document) => document.Sections.Sum(s => s.Items.Count) >= StreamedFromMeasures;

    /// <summary>The template's markup, written whole and then read.</summary>
    internal static Document Buffered(PlanDocument document, RenderRequest request, CancellationToken cancellationToken)
    {
        var markup = TemplateRenderer.Render(document, request.Template, cancellationToken);
        try
        {
            return MarkupReader.Read(markup, request.Template.FileName, request.MarkupLimits);
        }
        catch (MarkupException ex) when (ex.MarkupLine > 0)
        {
            // The produced markup is not what a template author sees: name the template text that wrote the place.
            using var produced = markup.OpenReader();
            var origin = TemplateRenderer.Trace(document, request.Template, produced, ex.MarkupLine, ex.MarkupColumn, cancellationToken);
            var error = origin is { } place ? ex.WrittenAt(place.FileName, place.Line, place.Column) : ex;

            // Past the block limit, a text of the input may be what is too long: name it, if one makes
            // a good part of the limit by itself.
            var limit = request.MarkupLimits.MaxBlocks;
            if (ex.PastBlockLimit && TextWithMostBlocks.Find(document) is { } most && most.Blocks > limit / 10)
            {
                var blocks = MessageNumber.Count(most.Blocks);
                error = error.Adding(Localized.Text(
                    $"; the longest text of the input, {most.Path}, makes {blocks} of them by itself",
                    $"; самый длинный текст входных данных, {most.Path}, один дает {blocks} из них"));
            }

            if (ReferenceEquals(error, ex))
            {
                throw;
            }

            throw error;
        }
    }

    /// <summary>
    /// The template's markup, read as it is written: the template runs on a thread of its own and
    /// the reader, on this one, takes its output chunk by chunk. The result and the errors are the
    /// same as <see cref="Buffered"/>'s: a template error is the template's own exception, and
    /// invalid markup, which the reader may meet before the template is done, is rendered and read
    /// again whole, so that a template error further on still comes first and the message quotes
    /// the line.
    /// </summary>
    internal static Document Streamed(PlanDocument document, RenderRequest request, CancellationToken cancellationToken)
    {
        var pipe = new MarkupPipe();

        // A thread of its own, not the pool's: the reader blocks while it waits, and a batch that
        // fills the pool with renders must not leave their templates queued behind them.
        var template = Task.Factory.StartNew(() => Write(document, request.Template, pipe, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        try
        {
            var read = MarkupReader.Read(pipe, request.Template.FileName, request.MarkupLimits);
            template.GetAwaiter().GetResult();
            return read;
        }
        catch (MarkupPipe.WriterFailedException)
        {
            // The template failed: its own exception, as when the markup is read after it.
            template.GetAwaiter().GetResult();
            throw;
        }
        catch (Exception ex)
        {
            // The reader stopped first: the template stops at its next chunk and its outcome is moot.
            pipe.Abandon();
            try
            {
                template.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (ex is not MarkupException)
            {
                throw;
            }

            return Buffered(document, request, cancellationToken);
        }
    }

    private static void Write(PlanDocument document, TemplateRun run, MarkupPipe pipe, CancellationToken cancellationToken)
    {
        try
        {
            TemplateRenderer.Render(document, run, pipe, cancellationToken);
            pipe.Complete();
        }
        catch (Exception ex)
        {
            pipe.Fail(ex);
            throw;
        }
    }
}
