using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace PortfolioBot.Admin.Localization;

/// <summary>Model binding's own messages ("the value 'x' is not valid") in the request's language.</summary>
internal sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["Binding.Invalid", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Binding.InvalidValue", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["Binding.InvalidField", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.Unknown"]);
        messages.SetValueIsInvalidAccessor(value => l["Binding.InvalidValue", value]);
        messages.SetValueMustBeANumberAccessor(field => l["Binding.NotANumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.NotANumberValue"]);
        messages.SetValueMustNotBeNullAccessor(value => l["Binding.Required", value]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Binding.Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["Binding.Unknown"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Binding.Unknown"]);
    }
}
