namespace Lantern.Web.Features.Taper;

public sealed record ChecklistItemResponse(int Number, string Text);
