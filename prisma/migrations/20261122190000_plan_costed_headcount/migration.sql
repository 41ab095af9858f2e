-- AlterTable: how many of a plan's people its cost range covers, so lists and the cost sort can
-- tell a full estimate from one that leaves roles out (roles without a salary band).
ALTER TABLE "Plan" ADD COLUMN "costedHeadcount" INTEGER;

-- Backfill. Without a cost nobody is costed: exact.
UPDATE "Plan" SET "costedHeadcount" = 0 WHERE "costMax" IS NULL;

-- With a cost, from the current version's content, wherever SQL gives what effectivePlan does:
-- the draft's roles minus removed ones, each with its headcount override, counted when the
-- engine gave it a band in the plan's currency. Two things need the app's location matching
-- (bandLocationScore, isUsLocation), which SQL cannot repeat: a role-library band in the plan's
-- currency, and an ML or AI engineer added by hand (the only roles with a catalog band). Plans
-- with either keep NULL, which lists show as "coverage not recorded" and the cost sort ranks
-- with the partial estimates, until their next save computes it.
UPDATE "Plan" AS p
SET "costedHeadcount" = (
  SELECT COALESCE(SUM(COALESCE((v."content"->'overrides'->'roles'->(role->>'roleId')->>'headcount')::int, (role->>'headcount')::int)), 0)
  FROM jsonb_array_elements(v."content"->'draft'->'team') AS role
  WHERE NOT (COALESCE(v."content"->'overrides'->'removedRoles', '[]'::jsonb) ? (role->>'roleId'))
    AND jsonb_typeof(role->'salaryBand') = 'object'
    AND role->'salaryBand'->>'currency' = v."content"->'draft'->'cost'->>'currency'
)
FROM "PlanVersion" AS v
WHERE v."planId" = p."id"
  AND v."version" = p."currentVersion"
  AND p."costMax" IS NOT NULL
  AND NOT (COALESCE(v."content"->'overrides'->'addedRoles', '[]'::jsonb) ?| ARRAY['ml-engineer', 'ai-engineer'])
  AND NOT EXISTS (
    SELECT 1
    FROM jsonb_each(CASE WHEN jsonb_typeof(v."content"->'library') = 'object' THEN v."content"->'library' ELSE '{}'::jsonb END) AS entry
    WHERE jsonb_typeof(entry.value->'salaryBand') = 'object'
      AND entry.value->'salaryBand'->>'currency' = v."content"->'draft'->'cost'->>'currency'
  );

-- The cost sort (lib/server/data/plan-list.ts, costSortKey) ranks full estimates first, then
-- partial ones (or ones of unknown coverage), then plans with no cost, by cost within each, in
-- both directions; so each direction has its own key, written exactly as the query writes it.
DROP INDEX IF EXISTS "Plan_workspaceId_cost_id_idx";
CREATE INDEX "Plan_workspaceId_cost_desc_id_idx" ON "Plan"("workspaceId", (CASE WHEN "costMax" IS NULL THEN -1::bigint WHEN "costedHeadcount" = "headcount" THEN 4294967296::bigint + "costMax" ELSE 2147483648::bigint + "costMax" END), "id");
CREATE INDEX "Plan_workspaceId_cost_asc_id_idx" ON "Plan"("workspaceId", (CASE WHEN "costMax" IS NULL THEN 4294967296::bigint WHEN "costedHeadcount" = "headcount" THEN "costMax"::bigint ELSE 2147483648::bigint + "costMax" END), "id");
