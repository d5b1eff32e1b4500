using System.CommandLine;
using System.Text;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Sample;

// The sample host: a thin command line over the library. User errors are one or two lines
// naming the file and place; exit codes are 0 ok, 1 invalid input or failed render, 2 usage error.
Console.OutputEncoding = Encoding.UTF8;

// Everything the host prints, and the library's messages for the whole run, are in one language:
// --lang if given, else the system's. The commands' descriptions are written when they are built,
// so the line is parsed once to find --lang and, when it names another language, built and parsed again in it.
var fromEnvironment = HostLanguage.FromEnvironment();
ParseResult parsed;
using (CurrentLanguage.Use(fromEnvironment))
{
    parsed = Commands.Build().Parse(args);
}

var language = LanguageOption.Chosen(parsed) ?? fromEnvironment;
using var inForce = CurrentLanguage.Use(language);
if (language != fromEnvironment)
{
    parsed = Commands.Build().Parse(args);
}

if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(Localized.Text("error: ", "ошибка: ") + ParseErrorText.Say(error));
    }

    Console.Error.WriteLine(Localized.Text("Run with --help for usage.", "Как вызывать программу, покажет --help."));
    return ExitCodes.Usage;
}

try
{
    var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
    if (parsed.CommandResult.Command.Name == Zaozersk.Reporting.Sample.Service.ServeCommand.Name)
    {
        // The service stops on Ctrl+C or SIGTERM by itself, after its renders in flight; the parser's
        // handler would end the process two seconds after the signal, in the middle of them.
        invocation.ProcessTerminationTimeout = null;
    }

    return await parsed.InvokeAsync(invocation);
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // Limits outside what the library accepts: a usage error, one line each.
    foreach (var failure in ex.Failures)
    {
        Console.Error.WriteLine(Localized.Text("error: ", "ошибка: ") + failure);
    }

    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine(Localized.Text("cancelled", "отменено"));
    return ExitCodes.Failed;
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    // A user never sees a stack trace; a failure here is a bug to report with this line (its
    // technical part quoted as it is, for the developers).
    Console.Error.WriteLine(Localized.Text(
        $"error: unexpected failure ({ex.GetType().Name}: {ex.Message}); please report it with the input file",
        $"ошибка: непредвиденный сбой программы («{ex.GetType().Name}: {ex.Message}»); сообщите о нем разработчикам, приложив входной файл"));
    return ExitCodes.Failed;
}
