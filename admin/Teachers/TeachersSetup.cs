namespace PortfolioBot.Admin.Teachers;

public static class TeachersSetup
{
    /// <summary>Settings of the teachers' pages: the bot username for invite links.</summary>
    public static IServiceCollection AddAdminTeachers(this IServiceCollection services)
    {
        services.AddOptions<InviteLinkOptions>().BindConfiguration(InviteLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
