using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>
/// The generated <c>nginx-redirects.conf</c> in a real nginx (Debian's, which CI installs): a permanent
/// link and an alias answer with a 301 to the page, query kept, and a missing address gets the
/// site's 404 page.
/// </summary>
public sealed class NginxRedirectTests : IDisposable
{
    private const string Nginx = "/usr/sbin/nginx";
    private readonly TempSite _site = TempSite.From();
    private Process? _nginx;

    public void Dispose()
    {
        if (_nginx is { HasExited: false }) _nginx.Kill();
        _nginx?.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Nginx_with_the_generated_configuration_redirects_permanent_links_and_aliases_and_serves_the_404_page()
    {
        Assert.True(File.Exists(Nginx), "nginx is not installed: apt-get install nginx-light (.ci/run does)");
        Assert.Equal(0, _site.Build().ExitCode);
        var port = FreePort();
        // The site's base path is /guidance/: the server's root holds it under that name.
        var root = Directory.CreateDirectory(Path.Combine(_site.Root, "www")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(root, "guidance"), _site.Output);
        var conf = Path.Combine(_site.Root, "nginx.conf");
        var temp = Path.Combine(_site.Root, "nginx-temp");
        File.WriteAllText(conf, $$"""
            daemon off;
            pid {{temp}}.pid;
            error_log {{temp}}.log;
            events {}
            http {
              access_log off;
              client_body_temp_path {{temp}}; proxy_temp_path {{temp}}; fastcgi_temp_path {{temp}}; uwsgi_temp_path {{temp}}; scgi_temp_path {{temp}};
              server {
                listen 127.0.0.1:{{port}};
                root {{root}};
                include {{Path.Combine(_site.Output, "nginx-redirects.conf")}};
              }
            }
            """);
        _nginx = Process.Start(new ProcessStartInfo(Nginx, ["-c", conf, "-p", _site.Root]) { RedirectStandardError = true })!;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await WaitUntilListening(http);

        var permanent = await http.GetAsync("guidance/id/supervision/?from=record");
        Assert.Equal(HttpStatusCode.MovedPermanently, permanent.StatusCode);
        Assert.Equal($"http://127.0.0.1:{port}/guidance/standards/supervision/?from=record", permanent.Headers.Location!.ToString());

        var alias = await http.GetAsync("guidance/practice/supervision-policy/");
        Assert.Equal(HttpStatusCode.MovedPermanently, alias.StatusCode);
        Assert.EndsWith("/guidance/standards/supervision/", alias.Headers.Location!.ToString());

        var missing = await http.GetAsync("guidance/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    private async Task WaitUntilListening(HttpClient http)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_nginx!.HasExited) Assert.Fail("nginx stopped: " + await _nginx.StandardError.ReadToEndAsync());
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
        Assert.Fail("nginx did not start listening");
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
