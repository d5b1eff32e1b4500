namespace Zaozersk.Reporting;

/// <summary>
/// One full collection where a large document's render has just left a large part of its data
/// dead: after composing (the template's run, and the input where the caller handed it over) and
/// after the PDF's last page (the document model, before PDFsharp saves). The collector would
/// otherwise carry that data to the PDF's end: after its last full collection it raises its budget
/// for long-lived data, and a render of thousands of pages promotes steadily but rarely reaches it.
/// Only large documents ask (they take seconds to render), and only in a process whose heap is
/// under <see cref="BelowHeapBytes"/>: in a service that holds far more than the render, a full
/// collection would pause its other work for longer than it could save. (Background collections
/// were tried first: the runtime sometimes does not start one, and then nothing is gained.)
/// </summary>
internal static class LargeDocumentCollection
{
    /// <summary>The heap size (after the last collection) above which a render leaves collecting to the collector: 1 GiB.</summary>
    internal const long BelowHeapBytes = 1L << 30;

    /// <summary>Collects everything now, unless the heap is over <see cref="BelowHeapBytes"/>.</summary>
    public static void AfterPhase()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes < BelowHeapBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        }
    }
}
