using System.Text;
using System.Xml;
using Guidance.Model;

namespace Guidance.Render;

/// <summary>
/// <c>feed.xml</c>: the site's recent changes as an Atom feed, so staff can subscribe. Every date comes
/// from the content (the changes' own dates), never the clock, so the same content gives the same feed.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile Build(Site site, IReadOnlyList<ChangeView> changes)
    {
        var origin = site.Settings.Origin;
        var updated = changes.Count > 0 ? changes[0].IsoDate : "2000-01-01";
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("title", Atom, $"What's new – {site.Settings.Title?.Value ?? "Guidance"}");
            // Ids must be stable across builds and hosts: a tag URI from the site's title, not its address.
            writer.WriteElementString("id", Atom, "urn:guidance:" + Slug.ForAnchor(site.Settings.Title?.Value ?? "guidance") + ":whats-new");
            writer.WriteElementString("updated", Atom, updated + "T00:00:00Z");
            Link(writer, "self", site.AbsoluteUrl(SitePaths.Feed));
            Link(writer, "alternate", site.AbsoluteUrl(SitePaths.WhatsNew));
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, site.Settings.Organisation ?? site.Settings.Title?.Value ?? "Guidance");
            writer.WriteEndElement();
            foreach (var change in changes)
            {
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("title", Atom, $"{change.PageTitle}: {change.Summary}");
                writer.WriteElementString("id", Atom, change.VersionKey is { } key ? "urn:guidance:version:" + key
                    : $"urn:guidance:change:{change.IsoDate}:{Slug.ForAnchor(change.PageTitle)}:{Slug.ForAnchor(change.Summary)}");
                writer.WriteElementString("updated", Atom, change.IsoDate + "T00:00:00Z");
                Link(writer, "alternate", origin + change.PageUrl);
                writer.WriteElementString("summary", Atom, change.Summary);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return OutputFile.FromText(SitePaths.Feed, text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n");
    }

    private static void Link(XmlWriter writer, string rel, string href)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
