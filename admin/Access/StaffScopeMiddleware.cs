using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using PortfolioBot.Admin.Identity;

namespace PortfolioBot.Admin.Access;

/// <summary>
/// Loads the <see cref="StaffScope"/> of a signed-in user. A user whose staff member is gone, deactivated or
/// holds another role than the cookie says is signed out, so authorization sends them back to the login page.
/// One signed in with a temporary password is sent to change it first.
/// </summary>
internal sealed class StaffScopeMiddleware(RequestDelegate next)
{
    private static bool MayUseWithTemporaryPassword(PathString path) =>
        path.StartsWithSegments("/Account/ChangePassword") || path.StartsWithSegments("/Account/Logout")
        || path.StartsWithSegments("/Language") || path.StartsWithSegments("/Status");

    public async Task InvokeAsync(HttpContext context, StaffScope scope, UserManager<IdentityUser> users)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var userId = users.GetUserId(context.User);
            var loaded = userId is not null && await scope.LoadAsync(userId, context.RequestAborted);
            if (!loaded || !context.User.IsInRole(AdminRoles.Of(scope.Member.Role)))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else if (context.User.HasClaim(c => c.Type == StaffAccounts.TemporaryPasswordClaim) && !MayUseWithTemporaryPassword(context.Request.Path))
            {
                // A password an administrator chose is replaced before anything else is done with it.
                context.Response.Redirect("/Account/ChangePassword");
                return;
            }
        }
        await next(context);
    }
}
