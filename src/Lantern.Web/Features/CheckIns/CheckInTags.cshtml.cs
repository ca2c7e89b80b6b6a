using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// The person's own check-in tags: add, rename and remove. Each form calls the same handler as the API; after a change
/// the page is fetched again (so a reload never repeats it), and a refused name is shown again beside its box.
/// </summary>
public sealed class CheckInTagsModel(
    ListCheckInTagsHandler list,
    AddCheckInTagHandler add,
    RenameCheckInTagHandler rename,
    RemoveCheckInTagHandler remove) : FormPageModel
{
    public IReadOnlyList<CheckInTagResponse> Tags { get; private set; } = [];

    [BindProperty]
    public string? NewName { get; set; }

    /// <summary>What was just done, from the address after a change: added, renamed or removed.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The tag whose new name was refused, and the name as typed.</summary>
    public Guid? RenamingId { get; private set; }
    public string? RenamingName { get; private set; }

    public static string RenameKey(Guid id) => $"rename-{id}";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        await SubmitAsync(async () =>
        {
            await add.HandleAsync(new AddCheckInTagRequest(NewName), ct);
            return Redirect("/checkin/tags?done=added");
        }, () => LoadAsync(ct), prefix: null, rename: _ => nameof(NewName));

    public async Task<IActionResult> OnPostRenameAsync(Guid id, string? name, CancellationToken ct)
    {
        RenamingId = id;
        RenamingName = name;
        return await SubmitAsync(async () =>
        {
            await rename.HandleAsync(id, new RenameCheckInTagRequest(name), ct);
            return Redirect("/checkin/tags?done=renamed");
        }, () => LoadAsync(ct), prefix: null, rename: _ => RenameKey(id));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        await remove.HandleAsync(id, ct);
        return Redirect("/checkin/tags?done=removed");
    }

    /// <summary>The summary links each message to its box; the add box is <c>newName</c>, a rename box <c>rename-{id}</c>.</summary>
    public override string FieldId(string key, string formId) => key == nameof(NewName) ? "newName" : base.FieldId(key, formId);

    public string? DoneMessage => Done switch
    {
        "added" => "Your tag is added.",
        "renamed" => "Your tag is renamed, on every check-in that has it too.",
        "removed" => "Your tag is removed, from every check-in that had it too.",
        _ => null,
    };

    private async Task LoadAsync(CancellationToken ct) => Tags = await list.HandleAsync(new ListCheckInTagsRequest(null), ct);
}
