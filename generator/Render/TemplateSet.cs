using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Guidance.Render;

/// <summary>
/// The Scriban layouts, parsed once. A site's own <c>layouts/</c> folder overrides the built-in
/// layouts file by file (as Hugo's project layouts override a theme). Parsed templates are shared by
/// every render; each thread renders with its own context, so pages render in parallel.
/// </summary>
public sealed class TemplateSet : IDisposable
{
    private const string ResourcePrefix = "layouts/";
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _includableInPlace = new(StringComparer.Ordinal);
    private readonly ThreadLocal<TemplateContext> _contexts;
    private readonly ThreadLocal<LayoutOutput> _outputs = new(() => new LayoutOutput());
    private readonly string _baseUrl;

    public TemplateSet(string? layoutsDir, string baseUrl = "/")
    {
        _contexts = new ThreadLocal<TemplateContext>(NewContext);
        _baseUrl = baseUrl;
        foreach (var (name, text, path) in Sources(layoutsDir))
        {
            var template = Template.Parse(text, path);
            if (template.HasErrors)
                throw new LayoutException(string.Join(Environment.NewLine, template.Messages.Select(m => $"{path}:{m.Span.Start.Line + 1}:{m.Span.Start.Column + 1}: error GV090: {m.Message}")));
            _templates[name] = template;
            // A partial that reads its include arguments ($, $0...) needs Scriban's include, which sets them.
            if (!text.Contains('$')) _includableInPlace[name] = template;
        }
    }

    public IEnumerable<string> Names => _templates.Keys;

    /// <summary>Text assets shipped with the layouts (stylesheet, scripts), by name under <c>assets/</c>.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; private set; } = new Dictionary<string, string>();

    /// <summary>
    /// Where each asset is published under <c>assets/</c>. Scripts are named by their content hash so
    /// browsers may cache them forever; the stylesheet keeps its fixed name, which site layouts link.
    /// </summary>
    public IReadOnlyDictionary<string, string> AssetPaths { get; private set; } = new Dictionary<string, string>();

    /// <summary>The URL of an asset, for layouts: <c>{{ asset_url 'search.js' }}</c>. Only layouts call it, so the render's error names the place.</summary>
    public string AssetUrl(string name) =>
        AssetPaths.TryGetValue(name, out var path)
            ? _baseUrl + Model.SitePaths.Assets + path
            : throw new LayoutException($"asset_url asks for '{name}', which is not under layouts/assets/");

    public bool Has(string name) => _templates.ContainsKey(name);

    public string Render(string name, object model) => Render(name, model, output => output.ToString());

    /// <summary>Renders a whole file straight to UTF-8, never making the string of it.</summary>
    public byte[] RenderUtf8(string name, object model) => Render(name, model, output => output.ToUtf8());

    private T Render<T>(string name, object model, Func<LayoutOutput, T> result)
    {
        if (!_templates.TryGetValue(name, out var template)) throw new LayoutException($"layouts/{name}:1:1: error GV090: the layout is missing; add it to the layouts folder");
        var globals = new ScriptObject();
        globals.Import(model);
        var context = _contexts.Value!;
        context.PushGlobal(globals);
        // Each thread renders into one buffer it keeps (a fresh one only if a render runs inside another).
        var output = _outputs.Value!.InUse ? new LayoutOutput() : _outputs.Value!;
        context.PushOutput(output.Start());
        try
        {
            // Evaluated as Template.Render does, without its copy of the output as a string.
            // (Every layout is parsed with its path, which Scriban's messages name.)
            context.PushSourceFile(template.SourceFilePath!);
            try
            {
                if (template.Page is { } page && context.Evaluate(page) is { } value && context.EnableOutput) context.Write(page.Span, value);
            }
            finally
            {
                context.PopSourceFile();
            }
            return result(output);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            // A broken site layout is the layout author's to fix: say where, never show a stack trace.
            throw new LayoutException($"{ex.Span.FileName}:{ex.Span.Start.Line + 1}:{ex.Span.Start.Column + 1}: error GV090: {ex.OriginalMessage}");
        }
        finally
        {
            // What a render assigned lives in its own globals, so the next render on this thread starts clean.
            context.PopOutput();
            context.PopGlobal();
            output.Finish();
        }
    }

    /// <summary>
    /// One context per thread, reused for every render on it. A new context costs more than most
    /// renders: it deep-copies Scriban's built-in functions and starts with an empty cache of how to
    /// read each model type, which it then fills again by reflection (at 10,000 pages, 3 GB of the
    /// render stage's 4.4 GB of allocations).
    /// </summary>
    private TemplateContext NewContext()
    {
        var context = new TemplateContext
        {
            TemplateLoader = new Loader(),
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            LoopLimit = 0,
            LimitToString = 0,
        };
        foreach (var (key, value) in _templates) context.CachedTemplates[key] = value;
        // Functions every render may call sit in a global of their own under each render's model:
        // importing a delegate builds a dynamic method, too costly to do for every render.
        var functions = new ScriptObject();
        functions.Import("asset_url", new Func<string, string>(AssetUrl));
        functions["include"] = new LayoutInclude(_includableInPlace, (IScriptCustomFunction)context.BuiltinObject["include"]!);
        context.PushGlobal(functions);
        return context;
    }

    private List<(string Name, string Text, string Path)> Sources(string? layoutsDir)
    {
        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<(string, string, string)>();
        if (layoutsDir is not null && Directory.Exists(layoutsDir))
        {
            // Layouts are read as content is: a link out of the folder would publish what it points at.
            var links = new Diagnostics.DiagnosticBag();
            var names = new Load.ContentFiles(layoutsDir, name => Shown(Path.Join(layoutsDir, name)), links, skipOutside: false).All();
            if (links.Sorted() is { Count: > 0 } problems) throw new LayoutException(string.Join(Environment.NewLine, problems));
            foreach (var name in names)
            {
                seen.Add(name);
                Add(name, File.ReadAllText(Path.Join(layoutsDir, name)), Shown(Path.Join(layoutsDir, name)));
            }
        }
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[ResourcePrefix.Length..];
            if (!seen.Add(name)) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            Add(name, reader.ReadToEnd(), "layouts/" + name + " (built in)");
        }
        Assets = assets;
        AssetPaths = assets.ToDictionary(a => a.Key, a => a.Key.EndsWith(".js", StringComparison.Ordinal) ? Model.ContentHash.Name(a.Key, a.Value) : a.Key, StringComparer.Ordinal);
        return results;

        void Add(string name, string text, string path)
        {
            if (name.StartsWith("assets/", StringComparison.Ordinal)) assets[name["assets/".Length..]] = text;
            else results.Add((name, text, path));
        }
    }

    /// <summary>
    /// A layout's path as diagnostics show it, like a content file's: relative to where guidance runs
    /// when the layout is inside that folder (<c>layouts/base.html</c>), else as it is.
    /// </summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }

    /// <summary>Resolves the partials Scriban's own functions load (<c>include_join</c>) to the already-parsed templates; <c>include</c> is ours.</summary>
    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new LayoutException($"the included layout '{templatePath}' does not exist");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    /// <summary>Lets go of each thread's template context and output buffer.</summary>
    public void Dispose()
    {
        _contexts.Dispose();
        _outputs.Dispose();
    }
}
