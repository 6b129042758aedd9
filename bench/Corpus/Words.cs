namespace Guidance.Bench.Corpus;

/// <summary>
/// The vocabulary the corpus is written from: children's social care topics, house headings per page
/// type, leads and glossary acronyms. Every string is safe as a double-quoted YAML scalar.
/// </summary>
internal static class Words
{
    public static readonly string[] Topics =
    [
        "Strategy meetings", "Supervision", "Management oversight", "Child protection conferences", "Core groups",
        "Section 47 enquiries", "Early help assessments", "Return home interviews", "Missing children",
        "Child exploitation", "Private fostering", "Care leavers", "Pathway plans", "Permanence planning",
        "Family group conferences", "Pre-proceedings", "Legal gateway", "Direct work with children",
        "Chronologies", "Case recording", "Transfer between teams", "Step up and step down", "Neglect",
        "Domestic abuse", "Parental substance misuse", "Disabled children", "Short breaks", "Kinship care",
        "Special guardianship", "Adoption support", "Placement stability", "Life story work",
        "Contact arrangements", "Unaccompanied children", "Homeless 16 and 17 year olds", "Young carers",
        "Allegations against staff", "Children in custody", "Education of children in care", "Health assessments",
        "Advocacy", "Independent visitors", "Complaints", "Information sharing", "Consent", "Escalation",
        "Home visits", "Seeing children alone", "Threshold decisions", "Referrals to the front door",
    ];

    public static readonly string[] Audiences =
        ["social workers", "team managers", "family support workers", "personal advisers", "partners", "new starters"];

    public static readonly string[] Nouns =
    [
        "the child's plan", "the assessment", "the case record", "the chronology", "the family network",
        "the allocated worker", "the team manager", "the review", "the safety plan", "the core group",
        "the child's wishes and feelings", "the multi-agency meeting", "the next steps", "the decision",
    ];

    public static readonly string[] Verbs =
    [
        "record", "review", "agree", "share", "check", "update", "explain", "discuss", "escalate", "confirm",
    ];

    public static readonly string[] Timescales =
        ["within 24 hours", "within 5 working days", "every 4 weeks", "before the next review", "at every visit", "monthly"];

    /// <summary>Headings a page type always has, as the house templates write them.</summary>
    public static readonly Dictionary<string, string[]> HouseHeadings = new()
    {
        ["standard"] = ["Purpose", "Who this is for", "What to do", "Recording", "See also"],
        ["guide"] = ["What it is", "When", "Who", "How", "Where next"],
        ["panel"] = ["Purpose", "How cases come to the panel", "Decisions", "See also"],
        ["continuum"] = ["Using the continuum", "Stepping up and stepping down", "See also"],
        ["plan"] = ["About this plan", "How we report progress"],
        ["strategy"] = ["Our aims", "Priorities", "How we will know", "See also"],
        ["page"] = ["Overview", "Details", "See also"],
    };

    /// <summary>Further headings a page may have; some carry punctuation that the anchor rule drops.</summary>
    public static readonly string[] ExtraHeadings =
    [
        "Timescales", "Good practice", "Common pitfalls", "Quality assurance", "Working with partners",
        "Voice of the child", "Thresholds", "Consent and information sharing", "Escalation routes",
        "16/17-year-olds: who's eligible?", "What if the family won't engage?", "Out of hours",
        "Recording on the child's file", "Management sign-off", "Disabled children's needs", "Key messages",
    ];

    /// <summary>Leads: id, title, service.</summary>
    public static readonly (string Id, string Title, string Service)[] Leads =
    [
        ("director-of-operations", "Director of Operations", "Children's Care and Support"),
        ("psw", "Principal Social Worker", "Quality and Practice"),
        ("head-of-mash", "Head of MASH", "Front Door"),
        ("head-of-safeguarding", "Head of Safeguarding", "Safeguarding and Review"),
        ("head-of-children-in-care", "Head of Children in Care", "Children in Care"),
        ("head-of-care-leavers", "Head of Care Leavers", "Leaving Care"),
        ("head-of-early-help", "Head of Early Help", "Early Help"),
        ("head-of-quality", "Head of Quality Assurance", "Quality and Practice"),
        ("lado", "Local Authority Designated Officer", "Safeguarding and Review"),
        ("iro-manager", "IRO Service Manager", "Safeguarding and Review"),
        ("virtual-school-head", "Virtual School Head", "Education"),
        ("head-of-fostering", "Head of Fostering", "Placements"),
        ("head-of-adoption", "Head of Adoption", "Regional Adoption Agency"),
        ("head-of-disabled-children", "Head of Disabled Children's Service", "Disabled Children"),
        ("workforce-lead", "Workforce Development Lead", "Workforce"),
        ("performance-lead", "Performance and Insight Lead", "Business Intelligence"),
        ("legal-lead", "Principal Solicitor", "Legal Services"),
        ("exploitation-lead", "Exploitation Lead", "Adolescent Services"),
        ("partnership-manager", "Safeguarding Partnership Manager", "Safeguarding Partnership"),
        ("head-of-youth-justice", "Head of Youth Justice", "Youth Justice"),
    ];

    /// <summary>Glossary acronyms: term, expansion.</summary>
    public static readonly (string Term, string Expansion)[] Acronyms =
    [
        ("MASH", "Multi-Agency Safeguarding Hub"), ("TCLPM", "Threshold of Care Legal Planning Meeting"),
        ("CIN", "Child in Need"), ("CP", "Child Protection"), ("LADO", "Local Authority Designated Officer"),
        ("PLO", "Public Law Outline"), ("IRO", "Independent Reviewing Officer"), ("EHA", "Early Help Assessment"),
        ("DSL", "Designated Safeguarding Lead"), ("CLA", "Children Looked After"), ("RHI", "Return Home Interview"),
        ("FGC", "Family Group Conference"), ("SGO", "Special Guardianship Order"), ("PEP", "Personal Education Plan"),
        ("MACE", "Multi-Agency Child Exploitation"), ("UASC", "Unaccompanied Asylum-Seeking Children"),
        ("EHCP", "Education, Health and Care Plan"), ("PA", "Personal Adviser"), ("CSE", "Child Sexual Exploitation"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ];

    public static readonly string[] Frequencies = ["Weekly", "Fortnightly", "Monthly", "Every six weeks", "Quarterly"];

    public static readonly string[] Statuses = ["not-started", "on-track", "at-risk", "off-track", "complete"];

    public static readonly string[] RecurringDue = ["ongoing", "weekly", "monthly", "quarterly"];

    public static readonly string[] Tags =
        ["supervision", "recording", "assessment", "planning", "children-in-care", "care-leavers", "front-door", "partnership", "exploitation", "court"];

    public static readonly string[] Levels = ["Universal", "Additional needs", "Complex needs", "Acute needs"];

    public static readonly string[] Domains = ["development", "parenting", "family and environment"];
}
