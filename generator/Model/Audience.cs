namespace Guidance.Model;

/// <summary>Who a page is written for; a publishing profile chooses which audiences it includes.</summary>
public enum Audience { Internal, Partnership, Public }
