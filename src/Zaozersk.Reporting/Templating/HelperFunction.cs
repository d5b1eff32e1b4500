using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// A template helper as a Scriban function object. Scriban's <c>Import(delegate)</c> inspects the
/// delegate by reflection, which trimming and Native AOT cannot see through; this object states its
/// parameters itself and calls its body directly. Scriban converts each argument to the declared
/// parameter type before the call (text to <see cref="string"/>, numbers to <see cref="int"/>), checks
/// the argument count and matches named arguments by these names, exactly as for an imported delegate.
/// </summary>
internal sealed class HelperFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<ScriptArray, object> _body;

    private HelperFunction(Type returnType, ScriptParameterInfo[] parameters, Func<ScriptArray, object> body)
    {
        ReturnType = returnType;
        _parameters = parameters;
        _body = body;
    }

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType { get; }

    /// <summary>A helper of one text argument.</summary>
    public static HelperFunction Of<TResult>(string name, Func<string?, TResult> body)
        where TResult : notnull =>
        new(typeof(TResult), [Text(name)], arguments => body(TextAt(arguments, 0)));

    /// <summary>A helper of two text arguments.</summary>
    public static HelperFunction Of<TResult>(string first, string second, Func<string?, string?, TResult> body)
        where TResult : notnull =>
        new(typeof(TResult), [Text(first), Text(second)], arguments => body(TextAt(arguments, 0), TextAt(arguments, 1)));

    /// <summary>A helper of one whole-number argument.</summary>
    public static HelperFunction Of<TResult>(string name, Func<int, TResult> body)
        where TResult : notnull =>
        new(typeof(TResult), [Number(name)], arguments => body(NumberAt(arguments, 0)));

    /// <summary>A helper of two whole-number arguments.</summary>
    public static HelperFunction Of<TResult>(string first, string second, Func<int, int, TResult> body)
        where TResult : notnull =>
        new(typeof(TResult), [Number(first), Number(second)], arguments => body(NumberAt(arguments, 0), NumberAt(arguments, 1)));

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index >= 0 && index < _parameters.Length
            ? _parameters[index]
            : throw new ArgumentOutOfRangeException(nameof(index), $"Argument index must be < {ParameterCount}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Call(callerContext, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Call(callerContext, arguments));

    /// <summary>Calls the body; its refusal of a value (a character a document cannot hold) is an error at the call, in its own words.</summary>
    private object Call(ScriptNode? callerContext, ScriptArray arguments)
    {
        try
        {
            return _body(arguments);
        }
        catch (ArgumentException ex) when (ex.GetType() == typeof(ArgumentException))
        {
            // Exactly the escaper's refusal, worded for the user; a derived one (out of range, null) would be a fault of the helper itself.
            throw new TemplateFault(callerContext?.Span ?? default, ex.Message, ex);
        }
    }

    private static ScriptParameterInfo Text(string name) => new(typeof(string), name);

    private static ScriptParameterInfo Number(string name) => new(typeof(int), name);

    // Scriban has already converted the argument to the parameter type; a template's null stays null.
    private static string? TextAt(ScriptArray arguments, int index) => arguments[index] as string;

    // A null number is 0, as it was for the imported delegates (their int parameters defaulted).
    private static int NumberAt(ScriptArray arguments, int index) => arguments[index] is int number ? number : 0;
}
