using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>Presses of Tab sent to chromium together rather than one round trip at a time.</summary>
/// <remarks>
/// Each press is the pair of input events Playwright's <c>Keyboard.PressAsync("Tab")</c> sends
/// (a raw key down with key code 9, then a key up). Playwright waits for chromium to answer each
/// event before sending the next; on a loaded machine that wait, twice for each of some 1,400 tab
/// stops, was most of the keyboard walk. Here every event is sent at once, in order, and the page
/// still handles them one after another as it would a person's key presses: the focus moves on each
/// key down before the next event is read.
/// </remarks>
public static class TabKey
{
    private static readonly Dictionary<string, object> Down = Event("rawKeyDown");
    private static readonly Dictionary<string, object> Up = Event("keyUp");

    /// <summary>Presses Tab <paramref name="times"/> times and returns once the page has handled every press.</summary>
    public static async Task PressTabAsync(this IPage page, int times)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var sent = new List<Task>(2 * times);
        for (var press = 0; press < times; press++)
        {
            // Sent in call order: Playwright queues each message as it is called.
            sent.Add(cdp.SendAsync("Input.dispatchKeyEvent", Down));
            sent.Add(cdp.SendAsync("Input.dispatchKeyEvent", Up));
        }
        await Task.WhenAll(sent);
        await cdp.DetachAsync();
    }

    private static Dictionary<string, object> Event(string type) => new()
    {
        ["type"] = type, ["key"] = "Tab", ["code"] = "Tab", ["windowsVirtualKeyCode"] = 9, ["modifiers"] = 0, ["location"] = 0,
    };
}
