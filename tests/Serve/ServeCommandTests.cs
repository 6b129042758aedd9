using System.Net;
using System.Net.Sockets;
using Guidance.Tests.Support;

namespace Guidance.Tests.Serve;

/// <summary><c>guidance serve</c>'s command line: bad arguments are one-line messages with exit code 2.</summary>
public class ServeCommandTests
{
    [Fact]
    public void A_missing_content_folder_is_a_usage_error()
    {
        var run = TempSite.Run(["serve", "--content", "/no/such/folder", "--port", "1"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the content folder '/no/such/folder' does not exist", run.Stderr);
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error_that_says_what_to_do()
    {
        using var site = TempSite.From();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var run = TempSite.Run(["serve", "--content", site.Content, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--date", "2024-06-01"]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}", run.Stderr);
            Assert.Contains("--port", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void A_port_out_of_range_is_refused()
    {
        var run = TempSite.Run(["serve", "--port", "70000"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--port must be a number from 1 to 65535", run.Stderr);
    }
}
