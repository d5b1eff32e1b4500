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

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _include.Invoke(context, callerContext, arguments, blockStatement) is string text ? new MarkupString(text) : MarkupString.Empty;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
