using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Export;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

[CollectionDefinition(nameof(AllocationMeasuring), DisableParallelization = true)]
public sealed class AllocationMeasuring;

/// <summary>Measures allocations process-wide, so it runs alone.</summary>
[Collection(nameof(AllocationMeasuring))]
public sealed class ExportStreamingTests
{
    private const int FileSize = 8 * 1024 * 1024;

    [Fact]
    public async Task ExportStreamsEvidenceWithoutHoldingItInMemory()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        for (var i = 0; i < 3; i++)
        {
            var bytes = ExportSeed.Pdf("big");
            var big = new byte[FileSize];
            bytes.CopyTo(big, 0);
            RandomNumberGenerator.Fill(big.AsSpan(bytes.Length));
            await ExportSeed.AddEntryAsync(fixture, teacher, "s4.creative-works", $"Видео {i}", new DateOnly(2025, 1, 1 + i), files: big);
        }
        await using var scope = fixture.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<PortfolioExporter>();
        var plan = await exporter.PlanAsync(new ExportRequest(teacher.Id, ExportPurpose.Whole, "ru"), Actor.System);
        var output = new ForwardOnlyStream();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await exporter.WriteAsync(plan, output);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(output.BytesWritten > 3L * FileSize, $"wrote {output.BytesWritten} bytes");
        Assert.True(allocated < FileSize / 2, $"allocated {allocated} bytes while exporting {3 * FileSize}");
        Assert.True(output.LargestWrite <= 1024 * 1024, $"largest write {output.LargestWrite} bytes");
    }
}
