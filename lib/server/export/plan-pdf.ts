import "server-only";
import type { EffectivePlan } from "@/lib/plans/effective-plan";
import type { PlanCosts } from "@/lib/plans/plan-costs";
import { formatAmount, isoDate } from "./job-description-document";
import { createPdf, drawTable, ensureSpace, finishPdf, pdfColors, pdfText, type Pdf } from "./pdf-kit";

/**
 * A one-document summary of a plan for people without an account: the team, a timeline chart
 * (phases as bars over months) and a cost-per-phase chart, both drawn with PDF vector graphics so
 * they stay sharp when printed, each followed by its figures as text.
 */

export interface PlanPdfMeta {
  name: string;
  workspace: string;
  status: string;
  version: number;
  exportedAt: Date;
}

const compactMoney = (amount: number, currency: string) => {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", maximumFractionDigits: amount === 0 ? 0 : 1 }).format(amount);
  } catch {
    return `${currency} ${Math.round(amount / 1000)}k`;
  }
};

function heading(doc: Pdf, text: string): void {
  ensureSpace(doc, 80);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.moveDown(0.6);
  doc.font("bold").fontSize(14).fillColor(pdfColors.accent).text(pdfText(text), left, doc.y, { width });
  const ruleY = doc.y + 2;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(0.6).strokeColor(pdfColors.rule).stroke();
  doc.y = ruleY + 8;
  doc.fillColor(pdfColors.text);
}

/** Phases as horizontal bars over the project's months, month ticks underneath. */
function drawTimeline(doc: Pdf, plan: EffectivePlan): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const labelWidth = 150;
  const chartWidth = width - labelWidth;
  const rowHeight = 18;
  const months = Math.max(1, plan.timelineMonths);
  const height = plan.phases.length * rowHeight + 24;
  ensureSpace(doc, height + 10);
  const top = doc.y;
  const monthWidth = chartWidth / months;
  const tickEvery = months <= 12 ? 1 : months <= 24 ? 2 : months <= 60 ? 6 : 12;
  doc.lineWidth(0.4);
  for (let month = 0; month <= months; month++) {
    const x = left + labelWidth + month * monthWidth;
    if (month % tickEvery === 0 || month === months) {
      doc.moveTo(x, top).lineTo(x, top + plan.phases.length * rowHeight).strokeColor(pdfColors.grid).stroke();
      if (month < months) doc.font("body").fontSize(7).fillColor(pdfColors.muted).text(`M${month + 1}`, x + 1, top + plan.phases.length * rowHeight + 3, { width: 30, lineBreak: false });
    }
  }
  plan.phases.forEach((phase, index) => {
    const y = top + index * rowHeight;
    doc.font("body").fontSize(8.5).fillColor(pdfColors.text).text(pdfText(phase.name), left, y + 4, { width: labelWidth - 8, height: rowHeight, ellipsis: true, lineBreak: false });
    const x = left + labelWidth + (phase.startMonth - 1) * monthWidth;
    doc.roundedRect(x + 1, y + 3, Math.max(2, phase.durationMonths * monthWidth - 2), rowHeight - 6, 2).fill(pdfColors.accent);
  });
  doc.fillColor(pdfColors.text);
  doc.x = left;
  doc.y = top + height;
}

/** Cost per phase: a bar from the low to the high estimate on a shared scale. */
function drawCostChart(doc: Pdf, costs: PlanCosts): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const labelWidth = 150;
  const chartWidth = width - labelWidth - 70;
  const rowHeight = 18;
  const bars = costs.perPhase;
  const maxValue = Math.max(1, ...bars.map((bar) => bar.cost.max));
  const height = bars.length * rowHeight + 24;
  ensureSpace(doc, height + 10);
  const top = doc.y;
  for (let tick = 0; tick <= 4; tick++) {
    const x = left + labelWidth + (chartWidth * tick) / 4;
    doc.moveTo(x, top).lineTo(x, top + bars.length * rowHeight).lineWidth(0.4).strokeColor(pdfColors.grid).stroke();
    doc.font("body").fontSize(7).fillColor(pdfColors.muted).text(compactMoney((maxValue * tick) / 4, costs.currency), x - 20, top + bars.length * rowHeight + 3, { width: 40, align: "center", lineBreak: false });
  }
  bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    doc.font("body").fontSize(8.5).fillColor(pdfColors.text).text(pdfText(bar.name), left, y + 4, { width: labelWidth - 8, height: rowHeight, lineBreak: false, ellipsis: true });
    const minWidth = (bar.cost.min / maxValue) * chartWidth;
    const maxWidth = (bar.cost.max / maxValue) * chartWidth;
    if (bar.cost.max > 0) {
      doc.rect(left + labelWidth, y + 3, maxWidth, rowHeight - 6).fill(pdfColors.accentLight);
      doc.rect(left + labelWidth, y + 3, minWidth, rowHeight - 6).fill(pdfColors.accent);
    }
    const label = bar.cost.max === 0 && bar.unpriced.length > 0 ? "not known" : compactMoney(bar.cost.max, costs.currency);
    doc.font("body").fontSize(7.5).fillColor(pdfColors.muted).text(label, left + labelWidth + maxWidth + 4, y + 5, { width: 66, lineBreak: false });
  });
  doc.fillColor(pdfColors.text);
  doc.x = left;
  doc.y = top + height;
}

export async function renderPlanPdf(plan: EffectivePlan, costs: PlanCosts, meta: PlanPdfMeta): Promise<Buffer> {
  const doc = createPdf({ title: meta.name, subject: "Team plan summary", author: meta.workspace, createdAt: meta.exportedAt });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.font("bold").fontSize(22).text(pdfText(meta.name), left, doc.y, { width });
  doc
    .font("body")
    .fontSize(10)
    .fillColor(pdfColors.muted)
    .text(pdfText(`${meta.workspace} · ${meta.status.toLowerCase().replace("_", " ")} · version ${meta.version} · exported ${isoDate(meta.exportedAt)}`), { width });
  doc.moveDown(0.6);
  doc.fillColor(pdfColors.text).fontSize(10.5).text(pdfText(`${plan.headcount} ${plan.headcount === 1 ? "person" : "people"} in ${plan.team.length} ${plan.team.length === 1 ? "role" : "roles"} over ${plan.timelineMonths} months.`), { width });
  const annual = costs.annual ? `${formatAmount(costs.annual.min, costs.currency)} – ${formatAmount(costs.annual.max, costs.currency)} per year` : "not known";
  const total = costs.total ? `${formatAmount(costs.total.min, costs.currency)} – ${formatAmount(costs.total.max, costs.currency)}` : "not known";
  doc.text(pdfText(`Run rate: ${annual}. Project cost: ${total}.`), { width });
  if (costs.rolesWithoutBand.length > 0) {
    doc.fillColor(pdfColors.muted).fontSize(9).text(pdfText(`Not in the figures (no salary band): ${costs.rolesWithoutBand.map((role) => role.title).join(", ")}.`), { width });
  }

  heading(doc, "Team");
  drawTable(
    doc,
    ["Role", "People", "Seniority", "Salary band (per person, per year)"],
    plan.team.map((role) => [
      role.title,
      String(role.headcount),
      role.seniority,
      role.salaryBand ? `${formatAmount(role.salaryBand.min, role.salaryBand.currency)} – ${formatAmount(role.salaryBand.max, role.salaryBand.currency)}` : "not known",
    ]),
    [150, 60, 80, width - 290],
  );

  // Keep each heading on the page with its chart: a heading alone at a page's foot reads as a gap.
  ensureSpace(doc, plan.phases.length * 18 + 24 + 60);
  heading(doc, `Timeline (${plan.timelineMonths} months)`);
  drawTimeline(doc, plan);
  doc.moveDown(0.5);
  drawTable(
    doc,
    ["Phase", "Months", "Staffing"],
    plan.phases.map((phase) => [
      phase.name,
      phase.startMonth === phase.endMonth ? `${phase.startMonth}` : `${phase.startMonth}–${phase.endMonth}`,
      phase.staffing.map((entry) => `${plan.team.find((role) => role.roleId === entry.roleId)?.title ?? entry.roleId} × ${entry.headcount}`).join(", "),
    ]),
    [150, 60, width - 210],
  );

  ensureSpace(doc, costs.perPhase.length * 18 + 24 + 60);
  heading(doc, "Cost per phase");
  if (costs.total) {
    drawCostChart(doc, costs);
    doc.moveDown(0.5);
    drawTable(
      doc,
      ["Phase", "Low", "High"],
      costs.perPhase.map((phase) => {
        const unknown = phase.cost.max === 0 && phase.unpriced.length > 0;
        return [phase.name, unknown ? "not known" : formatAmount(phase.cost.min, costs.currency), unknown ? "not known" : formatAmount(phase.cost.max, costs.currency)];
      }),
      [200, (width - 200) / 2, (width - 200) / 2],
    );
  } else {
    doc.font("body").fontSize(10.5).text("No role has a salary band, so the cost is not known.", { width });
  }
  return finishPdf(doc);
}
