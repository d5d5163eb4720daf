using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Persistence;

/// <summary>
/// The tables read index-only and changed by every write are vacuumed sooner than PostgreSQL's default, or their reads
/// fetch the heap between vacuums (migration VacuumHotReadTables).
/// </summary>
public class VacuumSettingsTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("due_items", "autovacuum_vacuum_scale_factor=0.01")]
    [InlineData("due_items", "autovacuum_vacuum_insert_scale_factor=0.01")]
    [InlineData("audit_entry_areas", "autovacuum_vacuum_insert_scale_factor=0.01")]
    [InlineData("indicator_aid_facts", "autovacuum_vacuum_scale_factor=0.02")]
    [InlineData("file_last_entries", "autovacuum_vacuum_scale_factor=0.02")]
    public async Task AHotTable_IsVacuumedSoonerThanTheDefault(string table, string setting)
    {
        await using var db = App.NewDbContext();

        var options = await db.Database
            .SqlQuery<string>($"SELECT unnest(reloptions) AS \"Value\" FROM pg_class WHERE relname = {table} AND relkind = 'r'")
            .ToListAsync();

        options.ShouldContain(setting);
    }
}
