using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace PortfolioBot.Admin.Identity;

/// <summary>Identity's validation messages in the request's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["Identity.DefaultError"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["Identity.PasswordMismatch"]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Identity.PasswordTooShort", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["Identity.PasswordRequiresUniqueChars", uniqueChars]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Identity.InvalidEmail", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Identity.InvalidEmail", userName ?? ""]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Identity.DuplicateEmail", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["Identity.DuplicateEmail", userName]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["Identity.DefaultError"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["Identity.DefaultError"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
