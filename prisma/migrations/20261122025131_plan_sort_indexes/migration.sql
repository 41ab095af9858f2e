-- CreateIndex
CREATE INDEX "Plan_workspaceId_headcount_id_idx" ON "Plan"("workspaceId", "headcount", "id");

-- Keyset pagination by cost, outside Prisma's schema language: plans without a known cost
-- (null costMax) sort as -1, below every priced plan, so the sort key is never null and a
-- row comparison on (key, id) stays an index range scan at 100k plans.
CREATE INDEX "Plan_workspaceId_cost_id_idx" ON "Plan"("workspaceId", (COALESCE("costMax", -1)), "id");
