using System.CommandLine;
using Guidance.Build;
using Guidance.Edition;
using Guidance.Serve;

namespace Guidance.Cli;

/// <summary><c>guidance serve</c>: build in memory, serve on 127.0.0.1, rebuild and reload on every change.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = CommonOptions.Date();
        var layouts = CommonOptions.Layouts();
        var profile = CommonOptions.Profile();
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on at 127.0.0.1 (default: 8080).",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535) result.AddError("--port must be a number from 1 to 65535");
        });
        var command = new Command("serve", "Preview the site at http://127.0.0.1:PORT/: rebuilds and reloads the page on every change to the content or layouts. Writes nothing to disk.")
        {
            content, port, date, layouts, profile,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var contentDir = parse.GetValue(content)!;
            if (!Directory.Exists(contentDir))
            {
                stderr.WriteLine($"guidance: the content folder '{contentDir}' does not exist; pass --content DIR");
                return ExitCodes.Usage;
            }
            var profileName = parse.GetValue(profile);
            try
            {
                Editions.Profile(ProfileList.Read(contentDir), profileName);
            }
            catch (ProfileException ex)
            {
                stderr.WriteLine($"guidance: {ex.Message}");
                return ExitCodes.Usage;
            }
            var options = new BuildOptions(contentDir, null, CommonOptions.DateOrToday(parse, date), parse.GetValue(layouts), Profile: profileName);
            PreviewSession session;
            try
            {
                session = await PreviewSession.StartAsync(options, parse.GetValue(port), stdout, stderr);
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"guidance: cannot listen on 127.0.0.1:{parse.GetValue(port)}: {ex.Message}. Choose another port with --port");
                return ExitCodes.Usage;
            }
            await using (session)
            {
                stdout.WriteLine($"Serving '{contentDir}' at {session.Address} — edits rebuild and reload the page. Press Ctrl+C to stop.");
                try { await Task.Delay(Timeout.Infinite, cancel); }
                catch (OperationCanceledException) { stdout.WriteLine("Stopped."); }
            }
            return ExitCodes.Built;
        });
        return command;
    }
}
