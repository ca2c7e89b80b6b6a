using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Platform.Input;

/// <summary>
/// The API's one input boundary (issue 12): before any handler runs, every bound value of an endpoint (JSON body,
/// query and route values, [AsParameters] objects) is walked, and a text with control characters, a line break in a
/// one-line field or a date outside <see cref="DateWindow"/> is refused as RFC 9457 validation problem details naming
/// the field. Added once to the /api/v1 group, so every endpoint there has it.
/// </summary>
public static class ApiInputFilter
{
    private static readonly HashSet<Type> NotInput =
        [typeof(CancellationToken), typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(ClaimsPrincipal)];

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var inputs = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Parameter: parameter, Index: index))
            .Where(p => IsInput(p.Parameter, services))
            .Select(p => (p.Index, Name: p.Parameter.IsDefined(typeof(AsParametersAttribute)) || IsBody(p.Parameter) ? string.Empty : p.Parameter.Name!,
                MultiLine: p.Parameter.IsDefined(typeof(MultiLineAttribute))))
            .ToArray();
        if (inputs.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (index, name, multiLine) in inputs)
            {
                InputWalker.Check(invocation.Arguments[index], name, multiLine, errors);
            }

            return errors.Count == 0
                ? next(invocation)
                : throw new ValidationFailedException(errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
        };
    }

    private static bool IsInput(ParameterInfo parameter, IServiceProviderIsService? services) =>
        !NotInput.Contains(parameter.ParameterType)
        && !parameter.IsDefined(typeof(FromServicesAttribute))
        && services?.IsService(parameter.ParameterType) != true
        && InputWalker.IsWalkable(parameter.ParameterType);

    /// <summary>A request record not from services is the JSON body; its fields are named from the root (<c>note</c>).</summary>
    private static bool IsBody(ParameterInfo parameter) =>
        parameter.IsDefined(typeof(FromBodyAttribute)) || InputWalker.IsRequestType(parameter.ParameterType);
}
