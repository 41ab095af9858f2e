-- AlterTable: which plan version each saved job-description version was generated from.
ALTER TABLE "JobDescriptionVersion" ADD COLUMN "planVersion" INTEGER;

-- Existing drafts: the plan version that was current when the draft was first saved (drafts
-- saved before this column carry the text generated then; later saves were edits of it).
UPDATE "JobDescriptionVersion" AS v
SET "planVersion" = COALESCE(
  (
    SELECT MAX(pv."version")
    FROM "JobDescription" AS jd
    JOIN "PlanVersion" AS pv ON pv."planId" = jd."planId"
    WHERE jd."id" = v."jobDescriptionId"
      AND pv."createdAt" <= (SELECT MIN(first."createdAt") FROM "JobDescriptionVersion" AS first WHERE first."jobDescriptionId" = v."jobDescriptionId")
  ),
  1
);

ALTER TABLE "JobDescriptionVersion" ALTER COLUMN "planVersion" SET NOT NULL;
