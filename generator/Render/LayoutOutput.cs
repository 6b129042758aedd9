using Scriban.Runtime;

namespace Guidance.Render;

/// <summary>
/// Where a layout renders to: one growing array of characters that a thread keeps and empties
/// between renders, so a page costs only the string it becomes. (A new StringBuilder per render
/// was 32 kB of garbage a file, and a reused StringBuilder copies itself when emptied once it has
/// grown past its first chunk.)
/// </summary>
internal sealed class LayoutOutput : IScriptOutput
{
    private char[] _chars = new char[64 * 1024];
    private int _length;

    public bool InUse { get; private set; }

    public LayoutOutput Start()
    {
        InUse = true;
        _length = 0;
        return this;
    }

    public void Finish()
    {
        InUse = false;
        _length = 0;
    }

    public void Write(string text, int offset, int count)
    {
        if (_length + count > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + count));
        text.CopyTo(offset, _chars, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What has been rendered so far.</summary>
    public override string ToString() => new(_chars, 0, _length);

    /// <summary>What has been rendered so far, as UTF-8.</summary>
    public byte[] ToUtf8() => System.Text.Encoding.UTF8.GetBytes(_chars, 0, _length);
}
