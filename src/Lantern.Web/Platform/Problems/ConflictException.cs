namespace Lantern.Web.Platform.Problems;

/// <summary>
/// A change the record's current state does not allow (a second check-in for a day, a plan changed by someone else
/// meanwhile, a session that has not started). The API answers 409 with <see cref="Title"/>, the message as the detail,
/// and <see cref="Extensions"/> as extra members (<see cref="Http.LanternExceptionHandler"/>); a form shows the message
/// at the top (<see cref="Forms.FormPageModel"/>). Nothing was saved when it is thrown.
/// </summary>
/// <param name="title">The problem's title: what happened, in a few words.</param>
/// <param name="message">What the person can do about it: the problem's detail and the form's message.</param>
/// <param name="reason">A stable code for the kind of conflict, for callers that act on it; put in the body as <c>reason</c>.</param>
public sealed class ConflictException(string title, string message, string? reason = null, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    /// <summary>The problem's title.</summary>
    public string Title { get; } = title;

    /// <summary>A stable code for the kind of conflict, or null.</summary>
    public string? Reason { get; } = reason;

    /// <summary>Extra members of the problem body (besides <c>reason</c>), e.g. the id of the record that is in the way.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    /// <summary>One extra member, when it is there and of type <typeparamref name="T"/>.</summary>
    public T? Extension<T>(string name) where T : class => Extensions.GetValueOrDefault(name) as T;
}
