import { afterAll, expect, it } from "vitest";
import { deployMigrations } from "@/scripts/db/migration-engine";
import { migrationsBeforeFactory } from "@/tests/fixtures/migrations-before";
import { createTestDatabase, describeEachKind } from "@/tests/fixtures/test-database";

/**
 * 20261122053000_job_description_plan_version adds JobDescriptionVersion.planVersion and fills it
 * for drafts saved before: the plan version that was current when the draft was first saved.
 */
const migration = "20261122053000_job_description_plan_version";
const { migrationsBefore, removeCopies } = migrationsBeforeFactory(migration, "tw-jdpv-");
afterAll(removeCopies);

describeEachKind("migration: job-description versions record their plan version", (kind) => {
  it("backfills existing drafts with the plan version current at their first save", async () => {
    const database = await createTestDatabase({ kind, migrate: false, namePrefix: "tw_jdpv_" });
    try {
      await deployMigrations(database.target, { migrationsDir: migrationsBefore() });
      const q = database.query.bind(database);
      await q(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('u1', 'u1@example.com', 'U', now())`);
      await q(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ('w1', 'W', 'w-1', now())`);
      const plan = (id: string) =>
        q(`INSERT INTO "Plan" (id, "workspaceId", name, "briefText", headcount, currency, "currentVersion", "createdById") VALUES ($1, 'w1', 'P', 'b', 3, 'EUR', 3, 'u1')`, [id]);
      const planVersion = (planId: string, version: number, at: string) =>
        q(`INSERT INTO "PlanVersion" (id, "planId", version, content, summary, "createdById", "createdAt") VALUES ($1, $2, $3, '{}', 's', 'u1', $4)`, [`${planId}-v${version}`, planId, version, at]);
      await plan("p1");
      await planVersion("p1", 1, "2026-01-01T00:00:00Z");
      await planVersion("p1", 2, "2026-02-01T00:00:00Z");
      await planVersion("p1", 3, "2026-04-01T00:00:00Z");
      await q(`INSERT INTO "JobDescription" (id, "workspaceId", "planId", "roleKey", "currentVersion", content) VALUES ('jd1', 'w1', 'p1', 'data-scientist', 2, '{}')`);
      // First saved in March (plan at version 2), edited in May (plan at version 3 by then).
      await q(`INSERT INTO "JobDescriptionVersion" (id, "jobDescriptionId", version, content, summary, "createdById", "createdAt") VALUES ('jv1', 'jd1', 1, '{}', 's', 'u1', '2026-03-01T00:00:00Z'), ('jv2', 'jd1', 2, '{}', 's', 'u1', '2026-05-01T00:00:00Z')`);

      const result = await deployMigrations(database.target);
      expect(result.applied).toContain(migration);
      const rows = await q<{ version: number; planVersion: number }>(`SELECT version, "planVersion" FROM "JobDescriptionVersion" ORDER BY version`);
      expect(rows.map((row) => [Number(row.version), Number(row.planVersion)])).toEqual([
        [1, 2],
        [2, 2],
      ]);
      const columns = await q<{ is_nullable: string }>(`SELECT is_nullable FROM information_schema.columns WHERE table_name = 'JobDescriptionVersion' AND column_name = 'planVersion'`);
      expect(columns[0]?.is_nullable).toBe("NO");
    } finally {
      await database.cleanup();
    }
  });
});
