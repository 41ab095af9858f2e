import "server-only";
import { listJobPostingLocationGaps } from "@/lib/jd/job-posting-location";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { buildJobDescriptionDocument, isoDate, validThroughOf, type Block, type ExportContext } from "./job-description-document";

/**
 * schema.org JobPosting as JSON-LD, with every property Google's job-posting rich results
 * require and the recommended ones a draft knows. `description` carries only the HTML Google
 * allows (<p>, <ul>, <li>, <br>, <strong>, <em>), built from the same document model as the
 * other formats, with user text escaped.
 */

export type JobPostingJsonLd = Record<string, unknown> & { "@context": "https://schema.org"; "@type": "JobPosting" };

export interface JobPostingResult {
  jsonLd: JobPostingJsonLd;
  /** Properties Google needs that the draft does not have (e.g. "jobLocation.address.addressCountry"): the posting still exports, with these named. */
  missing: string[];
}

const escapeHtmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function descriptionBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtmlText(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${escapeHtmlText(item)}</li>`).join("")}</ul>`;
    case "facts":
      return `<p>${block.rows.map((row) => `<strong>${escapeHtmlText(row.label)}:</strong> ${escapeHtmlText(row.value)}`).join("<br>")}</p>`;
    case "table":
      return `<p>${block.rows.map((row) => row.map((cell, index) => `<strong>${escapeHtmlText(block.headers[index] ?? "")}:</strong> ${escapeHtmlText(cell)}`).join("<br>")).join("<br>")}</p>`;
  }
}

/** The posting's description: the document minus the title and the at-a-glance facts (those are properties). */
export function jobPostingDescriptionHtml(content: JobDescriptionContent, context: ExportContext): string {
  const document = buildJobDescriptionDocument(content, context);
  return document.sections
    .filter((section) => section.id !== "at-a-glance")
    .map((section) => `<p><strong>${escapeHtmlText(section.heading)}</strong></p>${section.blocks.map(descriptionBlock).join("")}`)
    .join("");
}

export function buildJobPosting(content: JobDescriptionContent, context: ExportContext): JobPostingResult {
  const missing = listJobPostingLocationGaps(content.location).map((gap) => gap.property);
  const { location } = content;
  const organization: Record<string, unknown> = { "@type": "Organization", name: context.organizationName };
  if (context.organizationUrl) organization.sameAs = context.organizationUrl;
  if (context.logoUrl) organization.logo = context.logoUrl;

  const jsonLd: JobPostingJsonLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: content.title,
    description: jobPostingDescriptionHtml(content, context),
    datePosted: isoDate(context.datePosted),
    validThrough: validThroughOf(context).toISOString(),
    employmentType: content.employmentType,
    hiringOrganization: organization,
    identifier: { "@type": "PropertyValue", name: context.organizationName, value: context.identifier },
    directApply: false,
  };

  if (location.workplace === "remote") {
    jsonLd.jobLocationType = "TELECOMMUTE";
    if (location.country) jsonLd.applicantLocationRequirements = { "@type": "Country", name: location.country };
  } else {
    const address: Record<string, unknown> = { "@type": "PostalAddress" };
    if (location.locality) address.addressLocality = location.locality;
    if (location.region) address.addressRegion = location.region;
    if (location.country) address.addressCountry = location.country;
    jsonLd.jobLocation = { "@type": "Place", address };
  }

  if (content.salary) {
    jsonLd.baseSalary = {
      "@type": "MonetaryAmount",
      currency: content.salary.currency,
      value: { "@type": "QuantitativeValue", minValue: content.salary.min, maxValue: content.salary.max, unitText: "YEAR" },
    };
  }
  if (content.occupationCode) jsonLd.occupationalCategory = content.occupationCode;
  if (content.skills.required.length + content.skills.preferred.length > 0) jsonLd.skills = [...content.skills.required, ...content.skills.preferred].join(", ");
  if (content.responsibilities.length > 0) jsonLd.responsibilities = content.responsibilities.join("\n");
  if (content.seniority.typicalYears) {
    jsonLd.experienceRequirements = {
      "@type": "OccupationalExperienceRequirements",
      monthsOfExperience: content.seniority.typicalYears.min * 12,
    };
    jsonLd.experienceInPlaceOfEducation = true;
  }
  if (content.benefits.length > 0) jsonLd.jobBenefits = content.benefits.join("\n");
  return { jsonLd, missing };
}

/**
 * JSON safe inside an HTML <script> element: `<`, `>` and `&` become \u escapes (so "</script>"
 * in user text cannot end the element), as do U+2028/U+2029, which old parsers treat as newlines.
 */
export function serializeJsonForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The .jsonld download: the same escaping, so the file can be pasted into a page as is. */
export function renderJsonLd(content: JobDescriptionContent, context: ExportContext): string {
  return `${serializeJsonForScript(buildJobPosting(content, context).jsonLd, 2)}\n`;
}
