import { describe, expect, it } from "vitest";
import { buildJobPosting, renderJsonLd, serializeJsonForScript } from "@/lib/server/export/json-ld";
import { escapeMarkdown, renderMarkdown } from "@/lib/server/export/markdown";
import { escapeHtml, renderHtml } from "@/lib/server/export/html";
import { renderText } from "@/lib/server/export/text";
import { renderDocx } from "@/lib/server/export/docx";
import { renderPdf } from "@/lib/server/export/pdf";
import { downloadHeaders, safeFileName } from "@/lib/server/export/render-files";
import { JobPostingSchema } from "@/tests/fixtures/job-posting-schema";
import { docxOutline, docxToText, flatten, pdfToText } from "./extract";
import { expectGolden } from "./golden";
import { fixedContext, hostile, hostileLine, sampleContent } from "./sample-content";

const hostileContent = () =>
  sampleContent({
    title: `Data Scientist ${hostile}`,
    summary: hostile,
    responsibilities: [hostileLine, "- leading dash", "+ plus", "# heading", "> quote"],
    skills: { required: [hostile], preferred: ["@SUM(A1:A2)"] },
    benefits: ["=1+1"],
  });

describe("job-description goldens (fixed dates, one document model)", () => {
  it("Markdown", () => expectGolden("job-description.md", renderMarkdown(sampleContent(), fixedContext)));
  it("HTML", () => expectGolden("job-description.html", renderHtml(sampleContent(), fixedContext)));
  it("plain text", () => expectGolden("job-description.txt", renderText(sampleContent(), fixedContext)));
  it("JSON-LD", () => expectGolden("job-description.jsonld", renderJsonLd(sampleContent(), fixedContext)));
  it("DOCX: headings, lists and tables as mammoth reads them", async () => {
    const outline = await docxOutline(await renderDocx(sampleContent(), fixedContext));
    expect(outline).toMatch(/^h1 Senior Data Scientist$/m);
    expect(outline).toMatch(/^h2 What you will do$/m);
    expect(outline).toMatch(/^li Explore the data for trends and patterns$/m);
    expect(outline).toMatch(/^ {2}tr EUR \| €70,000 \| €95,000 \| Year$/m);
    expectGolden("job-description.docx.txt", `${outline}\n`);
  });
  it("PDF: extractable text in reading order", async () => {
    const text = flatten(await pdfToText(await renderPdf(sampleContent(), fixedContext)));
    expect(text).toContain("Senior Data Scientist");
    expect(text).toContain("Build, train and evaluate the model");
    expectGolden("job-description.pdf.txt", `${text}\n`);
  });
});

describe("JSON-LD JobPosting", () => {
  it("has every property Google requires and validates against the JobPosting model", () => {
    const { jsonLd, missing } = buildJobPosting(sampleContent(), fixedContext);
    expect(missing).toEqual([]);
    const posting = JobPostingSchema.parse(jsonLd);
    expect(posting.datePosted).toBe("2026-03-02");
    expect(posting.validThrough).toBe("2026-05-01T00:00:00.000Z");
    expect(posting.hiringOrganization).toEqual({ "@type": "Organization", name: "Acme Analytics", sameAs: "https://acme.example" });
    expect(jsonLd).toMatchObject({
      occupationalCategory: "15-2051.00",
      directApply: false,
      baseSalary: { currency: "EUR", value: { minValue: 70_000, maxValue: 95_000, unitText: "YEAR" } },
      experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: 60 },
      jobLocation: { address: { addressLocality: "Berlin", addressRegion: "BE", addressCountry: "DE" } },
    });
  });

  it("remote jobs are TELECOMMUTE with the applicants' country, and validate", () => {
    const { jsonLd, missing } = buildJobPosting(sampleContent({ location: { workplace: "remote", country: "US" } }), fixedContext);
    expect(missing).toEqual([]);
    JobPostingSchema.parse(jsonLd);
    expect(jsonLd.jobLocationType).toBe("TELECOMMUTE");
    expect(jsonLd.applicantLocationRequirements).toEqual({ "@type": "Country", name: "US" });
    expect(jsonLd).not.toHaveProperty("jobLocation");
  });

  it("names the required parts a draft lacks instead of inventing them, and the schema rejects it", () => {
    const { jsonLd, missing } = buildJobPosting(sampleContent({ location: { workplace: "on-site", locality: "", country: "" }, salary: null }), fixedContext);
    expect(missing).toEqual(["jobLocation.address.addressLocality", "jobLocation.address.addressCountry"]);
    expect(jsonLd).not.toHaveProperty("baseSalary");
    expect(JobPostingSchema.safeParse(jsonLd).success).toBe(false);
  });

  it("the description uses only the markup Google allows, even with hostile text", () => {
    const { jsonLd } = buildJobPosting(hostileContent(), fixedContext);
    JobPostingSchema.parse(jsonLd);
    expect(jsonLd.description).not.toMatch(/<img|<script|<b>/i);
    expect(jsonLd.description).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("user text is escaped in every format", () => {
  it("HTML: no raw tag from user text; JSON-LD in the script element escapes < as \\u003c", () => {
    const html = renderHtml(hostileContent(), fixedContext);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // Exactly one script element (ours), and nothing user-made closes it early.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(script).not.toContain("<");
    expect(script).toContain("\\u003c/script\\u003e");
    expect(JobPostingSchema.parse(JSON.parse(script)).title).toContain("</script>");
    expect(escapeHtml(`"'&`)).toBe("&quot;&#39;&amp;");
  });

  it("Markdown: control characters escaped, no link, heading, table or list from user text", () => {
    const markdown = renderMarkdown(hostileContent(), fixedContext);
    expect(markdown).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(javascript/);
    expect(markdown).toContain("\\[x\\](javascript:alert(1))");
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(markdown).toContain("\\# \\* \\_");
    expect(markdown).toContain("\\|");
    expect(markdown).toContain("- 1\\. =HYPERLINK");
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
    expect(escapeMarkdown("2) second")).toBe("2\\) second");
    expect(escapeMarkdown("- dash")).toBe("\\- dash");
    expect(escapeMarkdown("line one\n# line two")).toBe("line one \\# line two");
    // Only our own headings start a line with "#".
    const headingLines = markdown.split("\n").filter((line) => line.startsWith("#"));
    expect(headingLines.every((line) => /^#{1,2} [^\\]/.test(line) || line.startsWith("# Data Scientist"))).toBe(true);
  });

  it("plain text: the text as written, control characters dropped", () => {
    const text = renderText(sampleContent({ summary: `${hostile}\u0007\u202Ehidden` }), fixedContext);
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(text).not.toMatch(/[\u0007\u202E]/);
  });

  it("DOCX: the text appears literally and the file still parses", async () => {
    const buffer = await renderDocx(hostileContent(), fixedContext);
    const text = await docxToText(buffer);
    expect(text).toContain("<img src=x onerror=alert(1)> # * _ [x](javascript:alert(1)) | </script><script>alert(2)</script>");
    expect(text).toContain('1. =HYPERLINK("http://evil") <b>bold</b> </script>');
    const outline = await docxOutline(buffer);
    expect(outline).toMatch(/^h1 Data Scientist <img/m);
    // A control character that XML forbids would make Word reject the file: it is dropped.
    const withControl = await renderDocx(sampleContent({ summary: "bell\u0007 here" }), fixedContext);
    expect(await docxToText(withControl)).toContain("bell here");
  });

  it("PDF: the text appears literally, including non-Latin scripts and smart quotes", async () => {
    const text = flatten(await pdfToText(await renderPdf(sampleContent({ summary: `${hostile} „Zażółć gęślą jaźń” — Ελληνικά, Кириллица` }), fixedContext)));
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(text).toContain("[x](javascript:alert(1))");
    expect(text).toContain("„Zażółć gęślą jaźń” — Ελληνικά, Кириллица");
  });

  it("JSON for a script element never contains <, > or & raw", () => {
    const serialized = serializeJsonForScript({ a: "</script><!-- & \u2028" });
    expect(serialized).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(serialized)).toEqual({ a: "</script><!-- & \u2028" });
  });
});

describe("download names and headers", () => {
  it("file names keep only ASCII letters, digits and dashes", () => {
    expect(safeFileName('Senior "Data" Scientist / ../../etc', "pdf")).toBe("senior-data-scientist-etc.pdf");
    expect(safeFileName("Ingénieure IA", "docx")).toBe("ingenieure-ia.docx");
    expect(safeFileName("<script>", "md")).toBe("script.md");
    expect(safeFileName("日本語", "txt", "job-description")).toBe("job-description.txt");
  });

  it("attachment, nosniff, and a sandbox CSP for HTML", () => {
    const headers = downloadHeaders({ body: "", contentType: "text/html; charset=utf-8", extension: "html" }, "a.html");
    expect(headers.get("content-disposition")).toBe('attachment; filename="a.html"');
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-security-policy")).toMatch(/sandbox/);
  });
});
