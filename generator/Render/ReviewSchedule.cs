using Guidance.Model;

namespace Guidance.Render;

/// <summary>One page's review: who owns it, when it was last reviewed and when it is due.</summary>
/// <param name="DaysOverdue">Days since <paramref name="Due"/> when the review is overdue, else 0.</param>
public sealed record ReviewRow(Page Page, Lead? Owner, string OwnerId, DateOnly? Reviewed, DateOnly? Due, ReviewState State, int DaysOverdue)
{
    public string StateName => ReviewStates.Name(State);
}

/// <summary>
/// Every page's review by owner, for the practice development team's report (<c>guidance check
/// --report reviews</c>) and the authors' Reviews due page. Ordered by owner, then due date, then
/// title and id, so the same content and date always give the same list.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>The owner of pages that name none (pages of type page need not).</summary>
    public const string NoOwner = "";

    public static IReadOnlyList<ReviewRow> For(Site site, DateOnly today) =>
        site.Pages
            .Select(page => Row(site, page, today))
            .OrderBy(r => r.OwnerId.Length == 0 ? 1 : 0)
            .ThenBy(r => r.Owner?.DisplayTitle ?? r.OwnerId, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.OwnerId, StringComparer.Ordinal)
            .ThenBy(r => r.Due ?? DateOnly.MaxValue)
            .ThenBy(r => r.Page.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Page.Id.Value, StringComparer.Ordinal)
            .ToList();

    private static ReviewRow Row(Site site, Page page, DateOnly today)
    {
        var ownerId = page.Meta.Owner?.Value ?? NoOwner;
        var due = page.Meta.ReviewDueDate;
        var state = page.Meta.ReviewStateOn(today);
        var late = state == ReviewState.Overdue ? today.DayNumber - due!.Value.DayNumber : 0;
        return new ReviewRow(page, site.FindLead(ownerId), ownerId, page.Meta.ReviewedDate, due, state, late);
    }
}
