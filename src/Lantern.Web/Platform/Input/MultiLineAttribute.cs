namespace Lantern.Web.Platform.Input;

/// <summary>
/// Marks a text field that may hold several lines (a note, a journal answer): tabs and line breaks are kept there.
/// Every other text field is one line. Put it on a request property, a record's parameter or a form property.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultiLineAttribute : Attribute;
