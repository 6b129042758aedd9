using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>
/// The generated server configurations in real servers, Debian's nginx and Apache (which CI
/// installs): <c>nginx-redirects.conf</c> included in a server block and <c>.htaccess</c> read from
/// the site's folder. In each, a permanent link and an old address (one with spaces) answer with a
/// 301 to the page, query kept, and a missing address gets the site's 404 page.
/// </summary>
public sealed class WebServerRedirectTests : IDisposable
{
    private readonly TempSite _site = RedirectMapTests.WithAnOldAddressWithSpaces();
    private readonly int _port = FreePort();
    private Process? _server;

    public void Dispose()
    {
        if (_server is { HasExited: false }) _server.Kill(entireProcessTree: true);
        _server?.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Nginx_with_the_generated_configuration_redirects_and_serves_the_404_page()
    {
        var www = Prepare("/usr/sbin/nginx", "nginx-light");
        var temp = Path.Combine(_site.Root, "nginx-temp");
        var conf = Config("nginx.conf", $$"""
            daemon off;
            pid {{temp}}.pid;
            error_log {{temp}}.log;
            events {}
            http {
              access_log off;
              client_body_temp_path {{temp}}; proxy_temp_path {{temp}}; fastcgi_temp_path {{temp}}; uwsgi_temp_path {{temp}}; scgi_temp_path {{temp}};
              server {
                listen 127.0.0.1:{{_port}};
                root {{www}};
                include {{Path.Combine(_site.Output, "nginx-redirects.conf")}};
              }
            }
            """);
        await CheckAsync("/usr/sbin/nginx", ["-c", conf, "-p", _site.Root]);
    }

    [Fact]
    public async Task Apache_reading_the_generated_htaccess_redirects_and_serves_the_404_page()
    {
        var www = Prepare("/usr/sbin/apache2", "apache2");
        const string modules = "/usr/lib/apache2/modules";
        var conf = Config("httpd.conf", $"""
            ServerRoot {_site.Root}
            ServerName localhost
            PidFile {_site.Root}/httpd.pid
            ErrorLog {_site.Root}/httpd-error.log
            Listen 127.0.0.1:{_port}
            LoadModule mpm_event_module {modules}/mod_mpm_event.so
            LoadModule authz_core_module {modules}/mod_authz_core.so
            LoadModule dir_module {modules}/mod_dir.so
            LoadModule mime_module {modules}/mod_mime.so
            LoadModule rewrite_module {modules}/mod_rewrite.so
            TypesConfig /etc/mime.types
            DocumentRoot {www}
            DirectoryIndex index.html
            <Directory {www}>
              Options FollowSymLinks
              AllowOverride FileInfo
              Require all granted
            </Directory>
            """);
        await CheckAsync("/usr/sbin/apache2", ["-f", conf, "-DFOREGROUND"]);
    }

    /// <summary>Builds the site and gives the server's root folder, which holds it under its base path, /guidance/.</summary>
    private string Prepare(string server, string package)
    {
        Assert.True(File.Exists(server), $"{server} is not installed: apt-get install {package} (.ci/run does)");
        Assert.Equal(0, _site.Build().ExitCode);
        var www = Directory.CreateDirectory(Path.Combine(_site.Root, "www")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(www, "guidance"), _site.Output);
        return www;
    }

    private string Config(string name, string text)
    {
        var path = Path.Combine(_site.Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task CheckAsync(string server, string[] args)
    {
        _server = Process.Start(new ProcessStartInfo(server, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{_port}/") };
        await WaitUntilListeningAsync(http);

        var permanent = await http.GetAsync("guidance/id/supervision/?from=record");
        Assert.Equal(HttpStatusCode.MovedPermanently, permanent.StatusCode);
        Assert.Equal("/guidance/standards/supervision/?from=record", permanent.Headers.Location!.PathAndQuery);

        var alias = await http.GetAsync("guidance/practice/supervision-policy/");
        Assert.Equal(HttpStatusCode.MovedPermanently, alias.StatusCode);
        Assert.Equal("/guidance/standards/supervision/", alias.Headers.Location!.AbsolutePath);

        var spaced = await http.GetAsync("guidance/old%20guides/spaced%20one/");
        Assert.Equal(HttpStatusCode.MovedPermanently, spaced.StatusCode);
        Assert.Equal("/guidance/guides/spaced/", spaced.Headers.Location!.AbsolutePath);

        var missing = await http.GetAsync("guidance/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    private async Task WaitUntilListeningAsync(HttpClient http)
    {
        for (var i = 0; i < 200; i++)
        {
            if (_server!.HasExited) Assert.Fail("the server stopped: " + await _server.StandardError.ReadToEndAsync());
            try
            {
                await http.GetAsync("guidance/");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }
        Assert.Fail("the server did not start listening");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
