using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lantern.Web.Platform.Input;

/// <summary>
/// The pages' side of the input boundary (issue 12): every text a form or query string binds is cleaned by
/// <see cref="TextInput.Clean"/> (a browser can't type a NUL, so a crafted one is simply dropped and the form still
/// works), and a date outside <see cref="DateWindow"/> is answered with 400. First in the provider list, so it wraps
/// the framework's own binding of every string and date, however deep in a form model.
/// </summary>
public sealed class FormInputBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        // Values from headers, bodies, services or a binder of their own keep the framework's binding.
        var source = context.BindingInfo.BindingSource;
        if (context.BindingInfo.BinderType is not null
            || (source is not null && (source == BindingSource.Header || source == BindingSource.Body || source == BindingSource.Services
                || source == BindingSource.Special || source == BindingSource.FormFile || source == BindingSource.Custom)))
        {
            return null;
        }

        var metadata = context.Metadata;
        if (metadata.ModelType == typeof(string))
        {
            // Elements of a list or dictionary carry no attributes of their own, so only line breaks in a named
            // one-line property or parameter are turned into spaces; anything else keeps its tabs and line breaks.
            var multiLine = metadata.MetadataKind == ModelMetadataKind.Type
                || (metadata is DefaultModelMetadata { Attributes.Attributes: var attributes } && attributes.OfType<MultiLineAttribute>().Any());
            return new TextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()), multiLine);
        }

        if (DateWindow.IsDateType(metadata.ModelType) && !metadata.IsComplexType)
        {
            return new DateBinder(new SimpleTypeModelBinder(metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()));
        }

        return null;
    }

    private sealed class TextBinder(IModelBinder inner, bool multiLine) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text })
            {
                var clean = TextInput.Clean(text, multiLine);
                if (!ReferenceEquals(clean, text))
                {
                    // Also the value a re-shown form would echo, so the dropped characters don't come back.
                    bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
                    bindingContext.Result = ModelBindingResult.Success(clean);
                }
            }
        }
    }

    private sealed class DateBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && DateWindow.DateOf(bindingContext.Result.Model) is { } date && !DateWindow.Contains(date))
            {
                // The status page says "We could not read that request"; the API names the field the same way.
                throw new BadHttpRequestException($"'{bindingContext.ModelName}': {DateWindow.Message}", StatusCodes.Status400BadRequest);
            }
        }
    }
}
