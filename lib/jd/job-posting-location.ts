/**
 * What Google's job-posting rich results need from the location and the draft does not have
 * (shared/domain/job-postings-and-taxonomies.md): an office job needs `jobLocation`, a Place
 * whose PostalAddress has at least the city and the country; a fully remote job is
 * `jobLocationType: "TELECOMMUTE"` with `applicantLocationRequirements` (where applicants must
 * live). Each gap names the exact JSON-LD property so HR can find it in a validator's report.
 * Advice only: the export is made either way, without inventing the missing parts.
 *
 * Pure, so the editor re-checks it in the browser as the user types, and the JSON-LD export,
 * the draft's warnings and the CLI all say the same thing.
 */
export interface JobPostingLocationGap {
  /** The JSON-LD property path, e.g. "jobLocation.address.addressCountry". */
  property: string;
  /** The editor field that fills it, in words. */
  field: string;
}

/** Takes plain strings so the editor can pass its form values as typed (a JdLocation fits too). */
export function listJobPostingLocationGaps(location: { workplace: string; locality: string; country: string }): JobPostingLocationGap[] {
  if (location.workplace === "remote") {
    return location.country.trim() === "" ? [{ property: "applicantLocationRequirements", field: "the country code of where remote applicants must live" }] : [];
  }
  const gaps: JobPostingLocationGap[] = [];
  if (location.locality.trim() === "") gaps.push({ property: "jobLocation.address.addressLocality", field: "the city" });
  if (location.country.trim() === "") gaps.push({ property: "jobLocation.address.addressCountry", field: "the two-letter country code, e.g. US or DE" });
  return gaps;
}

/** "jobLocation.address.addressCountry is missing: …" — one sentence per gap. */
export function describeJobPostingLocationGap(gap: JobPostingLocationGap): string {
  return `${gap.property} is missing: add ${gap.field}. Google's job search needs it to list the posting; the export still works without it.`;
}
