using System.CommandLine;
using System.Text;
using Zaozersk.Reporting.Sample;

// The sample host: a thin command line over the library. User errors are one or two lines
// naming the file and place; exit codes are 0 ok, 1 invalid input or failed render, 2 usage error.
Console.OutputEncoding = Encoding.UTF8;
var root = Commands.Build();
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine("Run with --help for usage.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // Limits outside what the library accepts: a usage error, one line each.
    foreach (var failure in ex.Failures)
    {
        Console.Error.WriteLine("error: " + failure);
    }

    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled");
    return ExitCodes.Failed;
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    // A user never sees a stack trace; a failure here is a bug to report with this line.
    Console.Error.WriteLine($"error: unexpected failure ({ex.GetType().Name}: {ex.Message}); please report it with the input file");
    return ExitCodes.Failed;
}
