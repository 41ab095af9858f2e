import type { Rationale, TeamDraft } from "../../lib/schemas/team-draft";

/** Renders a TeamDraft as plain text for a terminal: plan first, reasons last. */

const stageNames: Record<TeamDraft["stage"]["id"], string> = {
  "proof-of-concept": "proof of concept",
  analytics: "analytics",
  production: "going to production",
  "multi-model": "several models in production",
  platform: "ten or more models",
};

function formatMoney(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatSources(sources: readonly string[]): string {
  return sources.map((source) => (source.length === 1 ? `[${source}]` : source)).join(" ");
}

function formatMonths(start: number, duration: number): string {
  const end = start + duration - 1;
  return end === start ? `month ${start}` : `months ${start}–${end}`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

function reasonLines(reasons: readonly Rationale[], indent: string): string[] {
  return reasons.map((reason) => `${indent}- ${reason.text} (${reason.ruleId}; ${formatSources(reason.sources)})`);
}

export function renderDraft(draft: TeamDraft): string {
  const titleOf = new Map(draft.team.map((role) => [role.roleId, role.title]));
  const lines: string[] = [];

  lines.push(`Teamwright draft: ${stageNames[draft.stage.id]}, ${draft.headcount} ${draft.headcount === 1 ? "person" : "people"}, ${draft.timeline.months} months${draft.timeline.from === "estimate" ? " (estimated)" : ""}`);
  if (draft.generic) lines.push("GENERIC PLAN: the description was too vague to fit a plan to it; see the warnings.");
  lines.push("");

  lines.push("Traits");
  if (draft.traits.length === 0) lines.push("  (none recognised)");
  for (const trait of draft.traits) {
    const evidence = trait.evidence.map((words) => (trait.from === "field" ? words : `"${words}"`)).join(", ");
    lines.push(`  ${trait.id}  ${trait.from === "field" ? "from field" : "from text"}: ${evidence}`);
  }
  for (const mention of draft.negatedMentions) {
    lines.push(`  ${mention.id}  ignored (negated): ${mention.evidence.map((words) => `"${words}"`).join(", ")}`);
  }
  lines.push("");

  lines.push("Phases");
  draft.phases.forEach((phase, index) => {
    lines.push(`  ${index + 1}. ${phase.name} (${formatMonths(phase.startMonth, phase.durationMonths)})`);
    for (const activity of phase.activities) lines.push(`     - ${activity}`);
    const staffing = phase.staffing
      .map((entry) => `${entry.headcount} × ${titleOf.get(entry.roleId) ?? entry.roleId}${entry.involvement === "support" ? " (support)" : ""}`)
      .join(", ");
    lines.push(`     Staffing: ${staffing}`);
  });
  lines.push("");

  lines.push(`Team (${draft.headcount} ${draft.headcount === 1 ? "person" : "people"})`);
  const rows: string[][] = [["Role", "Count", "Seniority", `Salary (${draft.cost.currency}/year)`, "O*NET-SOC"]];
  for (const role of draft.team) {
    const mix = role.seniorityMix.map((entry) => `${entry.count} ${entry.level}`).join(", ");
    const band = role.salaryBand ? `${formatMoney(role.salaryBand.min)}–${formatMoney(role.salaryBand.max)} [${role.salaryBand.source}]` : "no band";
    rows.push([role.title, String(role.headcount), mix, band, role.occupationCode]);
  }
  lines.push(...table(rows).map((row) => `  ${row}`));
  for (const role of draft.team) {
    lines.push("");
    lines.push(`  ${role.title}`);
    lines.push(`    Required skills: ${role.skills.required.join("; ")}`);
    if (role.skills.preferred.length > 0) lines.push(`    Preferred skills: ${role.skills.preferred.join("; ")}`);
    lines.push(`    Tools: ${role.tools.join(", ")}`);
    lines.push(`    Phases: ${role.phases.join(", ")}`);
    if (role.collaborators.length > 0) lines.push(`    Works with: ${role.collaborators.map((id) => titleOf.get(id) ?? id).join(", ")}; ${role.stakeholders.join(", ")}`);
    else lines.push(`    Works with: ${role.stakeholders.join(", ")}`);
  }
  lines.push("");

  lines.push("Cost");
  if (draft.cost.annualMin === null || draft.cost.annualMax === null) {
    lines.push(`  No estimate: no role has a salary band in ${draft.cost.currency}.`);
  } else {
    lines.push(`  ${draft.cost.currency} ${formatMoney(draft.cost.annualMin)}–${formatMoney(draft.cost.annualMax)} a year`);
  }
  if (draft.cost.rolesWithoutBand.length > 0) {
    lines.push(`  Not included (no band): ${draft.cost.rolesWithoutBand.map((id) => titleOf.get(id) ?? id).join(", ")}`);
  }
  lines.push("");

  lines.push("Warnings");
  if (draft.warnings.length === 0) lines.push("  (none)");
  for (const warning of draft.warnings) lines.push(`  ! ${warning}`);
  lines.push("");

  lines.push("Why");
  lines.push(`  Stage (${draft.stage.id}):`);
  lines.push(...reasonLines(draft.stage.rationale, "    "));
  for (const role of draft.team) {
    lines.push(`  ${role.title}:`);
    lines.push(...reasonLines(role.rationale, "    "));
    lines.push(`    Headcount ${role.headcount}:`);
    lines.push(...reasonLines(role.headcountRationale, "      "));
    lines.push(`    Seniority ${role.seniority}:`);
    lines.push(...reasonLines(role.seniorityRationale, "      "));
  }
  lines.push("  Phase staffing:");
  for (const phase of draft.phases) {
    const entries = phase.staffing.map(
      (entry) => `${titleOf.get(entry.roleId) ?? entry.roleId} ← ${entry.rationale.map((reason) => reason.ruleId).join(", ")}`,
    );
    lines.push(`    ${phase.name}: ${entries.join("; ")}`);
  }
  lines.push(`  Timeline: ${draft.timeline.rationale.map((reason) => `${reason.text} (${reason.ruleId})`).join(" ")}`);
  lines.push("");
  lines.push("Sources: [A] Mercor 2025, [B] TechTarget (Lev Craig), [C] Towards Data Science; practice = practitioners' rule of thumb; heuristic = Teamwright assumption.");
  lines.push("");
  return lines.join("\n");
}
