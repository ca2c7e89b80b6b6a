using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Guide;

/// <summary>
/// Wraps search matches in &lt;mark&gt;. Matches are found in the raw text, and then every piece of
/// text, inside a mark or between marks, is HTML-encoded on its own: the only markup in the
/// result is the marks we add, and a word like "amp" can never match inside an "&amp;amp;" entity.
/// </summary>
public static class Highlighter
{
    public static HtmlString Highlight(string text, Regex terms)
    {
        var html = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (Match match in terms.Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[position..match.Index]));
            html.Append("<mark>").Append(HtmlEncoder.Default.Encode(match.Value)).Append("</mark>");
            position = match.Index + match.Length;
        }

        html.Append(HtmlEncoder.Default.Encode(text[position..]));
        return new HtmlString(html.ToString());
    }
}
