using System.Text;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>Writes values into front matter so they read back exactly, whatever punctuation a table cell holds.</summary>
public static class YamlText
{
    /// <summary>A double-quoted scalar, escaping what YAML would otherwise read differently.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    /// <summary>An id as it is (it needs no quotes), anything else quoted.</summary>
    public static string IdOrQuoted(string text) => Slug.IsId(text) ? text : Quote(text);

    /// <summary>A flow list of ids or quoted texts: <c>[psw, "Team Managers"]</c>.</summary>
    public static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(IdOrQuoted)) + "]";

    /// <summary>A block list, one quoted item a line, or <c>[]</c> when empty.</summary>
    public static void BlockList(StringBuilder sb, string indent, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        sb.Append(indent).Append(key).Append(":\n");
        foreach (var item in items) sb.Append(indent).Append("  - ").Append(Quote(item)).Append('\n');
    }
}
