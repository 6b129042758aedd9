using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Guidance.Render;

/// <summary>
/// <c>{{ include 'partials/x.html' }}</c> as a statement runs the already-parsed partial straight into
/// the output being written. Scriban's own include renders each partial into a buffer and a string of
/// its own and then copies them in: nine includes a page were a third of a 10,000-page build's
/// allocations. Any other use (arguments, or the result kept: <c>x = include 'y'</c>, a pipe) is
/// handed to Scriban's include, so layouts behave exactly as Scriban documents.
/// </summary>
/// <param name="inPlace">The partials that may run in place: those that do not read include arguments.</param>
internal sealed class LayoutInclude(IReadOnlyDictionary<string, Template> inPlace, IScriptCustomFunction scribans) : IScriptCustomFunction
{
    /// <summary>How deep includes may nest: deeper is a layout that includes itself.</summary>
    private const int MaxDepth = 32;
    [ThreadStatic] private static int _depth;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var partial = arguments.Count == 1 && arguments[0] is string name && callerContext?.Parent is ScriptExpressionStatement
            && inPlace.TryGetValue(name, out var template) ? template : null;
        if (partial?.Page is not { } page) return scribans.Invoke(context, callerContext, arguments, blockStatement);
        // Scriban reports what a function throws at the include's own file:line:col.
        if (_depth >= MaxDepth) throw new LayoutException($"includes nest more than {MaxDepth} deep at '{arguments[0]}': does a layout include itself?");
        _depth++;
        try
        {
            context.Evaluate(page);
        }
        finally
        {
            _depth--;
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => scribans.RequiredParameterCount;
    public int ParameterCount => scribans.ParameterCount;
    public ScriptVarParamKind VarParamKind => scribans.VarParamKind;
    public Type ReturnType => scribans.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => scribans.GetParameterInfo(index);
}
