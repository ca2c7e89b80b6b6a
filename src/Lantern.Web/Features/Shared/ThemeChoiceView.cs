namespace Lantern.Web.Features.Shared;

/// <summary>What the theme buttons need: the current choice, where to come back to, and an id unique on the page.</summary>
public sealed record ThemeChoiceView(string Current, string ReturnUrl, string Id = "page");
