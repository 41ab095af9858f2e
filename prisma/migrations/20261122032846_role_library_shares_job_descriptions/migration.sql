-- CreateEnum
CREATE TYPE "ShareTarget" AS ENUM ('PLAN', 'ROLE_DESCRIPTION');

-- CreateTable
CREATE TABLE "RoleDescription" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "isCustom" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "RoleDescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleDescriptionVersion" (
    "id" TEXT NOT NULL,
    "roleDescriptionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleDescriptionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "target" "ShareTarget" NOT NULL,
    "planId" TEXT,
    "roleDescriptionId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastAccessedAt" TIMESTAMP(3),
    "accessCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobDescription" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobDescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobDescriptionVersion" (
    "id" TEXT NOT NULL,
    "jobDescriptionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobDescriptionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoleDescription_workspaceId_roleKey_key" ON "RoleDescription"("workspaceId", "roleKey");

-- CreateIndex
CREATE UNIQUE INDEX "RoleDescriptionVersion_roleDescriptionId_version_key" ON "RoleDescriptionVersion"("roleDescriptionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_workspaceId_createdAt_idx" ON "ShareLink"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ShareLink_planId_idx" ON "ShareLink"("planId");

-- CreateIndex
CREATE INDEX "ShareLink_roleDescriptionId_idx" ON "ShareLink"("roleDescriptionId");

-- CreateIndex
CREATE INDEX "JobDescription_workspaceId_idx" ON "JobDescription"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "JobDescription_planId_roleKey_key" ON "JobDescription"("planId", "roleKey");

-- CreateIndex
CREATE UNIQUE INDEX "JobDescriptionVersion_jobDescriptionId_version_key" ON "JobDescriptionVersion"("jobDescriptionId", "version");

-- AddForeignKey
ALTER TABLE "RoleDescription" ADD CONSTRAINT "RoleDescription_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleDescriptionVersion" ADD CONSTRAINT "RoleDescriptionVersion_roleDescriptionId_fkey" FOREIGN KEY ("roleDescriptionId") REFERENCES "RoleDescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleDescriptionVersion" ADD CONSTRAINT "RoleDescriptionVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_roleDescriptionId_fkey" FOREIGN KEY ("roleDescriptionId") REFERENCES "RoleDescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobDescription" ADD CONSTRAINT "JobDescription_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobDescription" ADD CONSTRAINT "JobDescription_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobDescriptionVersion" ADD CONSTRAINT "JobDescriptionVersion_jobDescriptionId_fkey" FOREIGN KEY ("jobDescriptionId") REFERENCES "JobDescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobDescriptionVersion" ADD CONSTRAINT "JobDescriptionVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A share link points at exactly the one thing its target names (Prisma cannot express this).
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_target_check" CHECK (
  ("target" = 'PLAN' AND "planId" IS NOT NULL AND "roleDescriptionId" IS NULL)
  OR ("target" = 'ROLE_DESCRIPTION' AND "roleDescriptionId" IS NOT NULL AND "planId" IS NULL)
);
