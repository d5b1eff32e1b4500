using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Scriban's <c>include</c>, with its result marked as markup: an included template's output is
/// already escaped, so escaping it again would double-escape it.
/// </summary>
internal sealed class MarkupIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(MarkupString);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is EscapingTemplateContext { IncludesInPlace: true })
        {
            return InPlace(context, callerContext, arguments);
        }

        return _include.Invoke(context, callerContext, arguments, blockStatement) is string text ? new MarkupString(text) : MarkupString.Empty;
    }

    /// <summary>
    /// Renders the included template into the current output, so that each piece of it reaches the
    /// output with its own statement current. Used only to trace a render that has already succeeded
    /// as a template, so the recursion limit has already held.
    /// </summary>
    private static MarkupString InPlace(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        var span = callerContext?.Span ?? default;
        var loader = (TemplateLoader)context.TemplateLoader!;
        var path = loader.GetPath(context, span, context.ObjectToString(arguments[0]) ?? string.Empty);
        var template = TemplateRenderer.Parse(path, loader.Load(context, span, path));

        // The including template's own arguments, if it was included with some ('$' is undefined otherwise).
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        var outer = context.GetValue(ScriptVariable.Arguments);
        context.StrictVariables = strict;
        context.SetValue(ScriptVariable.Arguments, arguments, true, true);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.DeleteValue(ScriptVariable.Arguments);
            if (outer is not null)
            {
                context.SetValue(ScriptVariable.Arguments, outer, true, true);
            }
        }

        return MarkupString.Empty;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
