using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Platform.Export;

/// <summary>
/// One export being gathered: whose records, what the caller may see of them, and what the sources have added so far
/// (the FHIR Bundle's entries, the tables, the summary's sections). Every read goes through <see cref="Query{T}"/>, so a
/// caregiver or therapist gets only the scopes their grant holds and each kind they read is audited.
/// </summary>
public sealed class ExportContext
{
    private readonly PatientRecords _records;
    private readonly List<R4.Bundle.EntryComponent> _entries = [];
    private readonly List<ExportTable> _tables = [];
    private readonly List<SummarySection> _sections = [];

    public ExportContext(PatientRecords records, bool includeJournals, DateTimeOffset now)
    {
        _records = records;
        IncludeJournals = includeJournals && records.CanRead(AccessScope.Journal);
        Now = now;
        PatientReference = new R4.ResourceReference(FullUrl(records.PatientId), records.Patient.DisplayName);
    }

    /// <summary>Whose records these are: their id, name and time zone.</summary>
    public Person Patient => _records.Patient;

    public Guid PatientId => _records.PatientId;

    /// <summary>When the export was made.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The patient's own calendar date when the export was made.</summary>
    public DateOnly Today => LocalTime.DateOf(Now, Patient.TimeZone);

    /// <summary>Journals (free-text diaries) go in only when the person chose them and the caller may read them.</summary>
    public bool IncludeJournals { get; }

    /// <summary>Whether words the patient typed (notes, intentions) may reach the caller.</summary>
    public bool CanReadFreeText => _records.CanReadFreeText;

    /// <summary>True when the patient exports their own records.</summary>
    public bool IsOwner => _records.IsOwner;

    /// <summary>The Bundle's Patient entry, for every resource's subject.</summary>
    public R4.ResourceReference PatientReference { get; }

    public IReadOnlyList<R4.Bundle.EntryComponent> Entries => _entries;

    public IReadOnlyList<ExportTable> Tables => _tables;

    public IReadOnlyList<SummarySection> Sections => _sections;

    /// <summary>Whether the caller may read this patient's records in <paramref name="scope"/>.</summary>
    public bool CanRead(AccessScope scope) => _records.CanRead(scope);

    /// <summary>The patient's records of one kind through the chokepoint; only call it for a scope <see cref="CanRead"/> allows.</summary>
    public IQueryable<T> Query<T>(IQueryable<T> records, AccessScope scope)
        where T : class, IPatientOwned => _records.Query(records, scope).AsNoTracking();

    /// <summary>The Bundle's address of a record: its id as a URN, so references resolve inside the Bundle.</summary>
    public static string FullUrl(Guid id) => "urn:uuid:" + id.ToString();

    /// <summary>Adds <paramref name="resource"/> as the record <paramref name="id"/> and returns a reference to it.</summary>
    public R4.ResourceReference Add(R4.Resource resource, Guid id)
    {
        resource.Id = id.ToString();
        _entries.Add(new R4.Bundle.EntryComponent { FullUrl = FullUrl(id), Resource = resource });
        return new R4.ResourceReference(FullUrl(id));
    }

    /// <summary>Starts a table (one CSV file) with its header.</summary>
    public ExportTable Table(string name, params string[] header)
    {
        var table = new ExportTable(name, header);
        _tables.Add(table);
        return table;
    }

    /// <summary>Adds a section to the clinician summary.</summary>
    public void Summary(SummarySection section) => _sections.Add(section);
}
