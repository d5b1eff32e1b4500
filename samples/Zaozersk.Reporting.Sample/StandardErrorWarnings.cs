using Microsoft.Extensions.Logging;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>
/// Shows the library's warnings meant for the user (a template file that is skipped) as
/// "warning: …" («предупреждение: …») lines on standard error; render failures are reported by the commands themselves.
/// </summary>
internal sealed class StandardErrorWarnings : ILoggerProvider, ILogger
{
    private const string TemplateFileSkipped = "TemplateFileSkipped";

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Name == TemplateFileSkipped)
        {
            Console.Error.WriteLine(Localized.Text("warning: ", "предупреждение: ") + formatter(state, exception));
        }
    }
}
