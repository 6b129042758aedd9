using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Guidance.Serve;

/// <summary>
/// Answers one request from the current <see cref="LiveSite"/>: a permanent link or old address in the
/// site's redirect map with its 301, the file for the URL (a folder URL serves its index.html, a folder
/// URL without its slash is redirected to it), the site's 404 page for anything else, and the
/// live-reload event stream.
/// </summary>
internal sealed class SiteRequestHandler(LiveSite live, CancellationToken stopping)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (live.LiveReload && request.Path == PreviewMarkup.EventsPath)
        {
            await StreamReloadsAsync(context);
            return;
        }

        var state = live.Current;
        if (state.Site is not { } site)
        {
            await WriteAsync(response, StatusCodes.Status503ServiceUnavailable, "problems.html", Utf8.GetBytes(PreviewMarkup.ProblemsPage(state)), state, inject: false);
            return;
        }

        var path = request.Path.Value ?? "/";
        // As a server configured with the map would (web.config, .htaccess, nginx): the browser keeps the #section.
        if ((site.RedirectFor(path) ?? (path.EndsWith('/') ? null : site.RedirectFor(path + "/"))) is { } target)
        {
            response.Redirect(target + request.QueryString, permanent: true);
            return;
        }
        if (!path.StartsWith(site.BaseUrl, StringComparison.Ordinal))
        {
            if (path == "/") { response.Redirect(site.BaseUrl); return; }
            await NotFoundAsync(response, site, state);
            return;
        }
        var relative = path[site.BaseUrl.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (site.Find(file) is { } bytes)
        {
            await WriteAsync(response, StatusCodes.Status200OK, file, bytes, state, live.LiveReload);
            return;
        }
        if (site.Find(relative + "/index.html") is not null)
        {
            response.Redirect(path + "/" + request.QueryString);
            return;
        }
        await NotFoundAsync(response, site, state);
    }

    private Task NotFoundAsync(HttpResponse response, SiteSnapshot site, SiteState state) =>
        site.Find(Model.SitePaths.NotFound) is { } page
            ? WriteAsync(response, StatusCodes.Status404NotFound, Model.SitePaths.NotFound, page, state, live.LiveReload)
            : WriteAsync(response, StatusCodes.Status404NotFound, "404.txt", Utf8.GetBytes("Not found"), state, inject: false);

    private static async Task WriteAsync(HttpResponse response, int status, string file, byte[] bytes, SiteState state, bool inject)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)) type += "; charset=utf-8";
        if (inject && type.StartsWith("text/html", StringComparison.Ordinal))
            bytes = Utf8.GetBytes(PreviewMarkup.Inject(Utf8.GetString(bytes), state));
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method)) await response.Body.WriteAsync(bytes);
    }

    /// <summary>
    /// Server-Sent Events: one <c>reload</c> event each time the version moves past the one the page was
    /// served with. The stream ends when the page goes away or the server stops.
    /// </summary>
    private async Task StreamReloadsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        // A first connection sends no version: 0, so the current build counts as news.
        var seen = int.TryParse(context.Request.Query["v"], out var v) ? v : 0;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", cancel.Token);
            await response.Body.FlushAsync(cancel.Token);
            while (true)
            {
                var state = await live.ChangedSinceAsync(seen, cancel.Token);
                seen = state.Version;
                await response.WriteAsync($"event: reload\ndata: {seen}\n\n", cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: the stream simply ends.
        }
    }
}
