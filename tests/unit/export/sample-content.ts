import { JobDescriptionContentSchema, type JobDescriptionContent, type JobDescriptionContentInput } from "@/lib/schemas/job-description";
import type { ExportContext } from "@/lib/server/export/job-description-document";

/** A complete, hand-written draft for renderer tests: stable whatever the engine's rules say. */
export function sampleContent(overrides: Partial<JobDescriptionContentInput> = {}): JobDescriptionContent {
  return JobDescriptionContentSchema.parse({
    roleId: "data-scientist",
    title: "Senior Data Scientist",
    projectSummary: "You will join a team of 4 building a recommendation system over about 8 months.",
    summary: "Turns purchase data into recommendations and explains the results to the business.",
    responsibilities: ["Explore the data for trends and patterns", "Build, train and evaluate the model"],
    skills: { required: ["Statistics", "Python", "SQL"], preferred: ["R"] },
    tools: ["pandas", "scikit-learn"],
    seniority: { level: "senior", expectations: "Shapes the team's technical approach.", typicalYears: { min: 5, max: 8 } },
    salary: { currency: "EUR", min: 70_000, max: 95_000, source: "Role library: Berlin, DE" },
    location: { workplace: "on-site", locality: "Berlin", region: "BE", country: "DE" },
    employmentType: "FULL_TIME",
    occupationCode: "15-2051.00",
    benefits: ["30 days of paid holiday", "Learning budget"],
    equalOpportunityStatement: "We welcome applications from everyone.",
    ...overrides,
  });
}

export const fixedContext: ExportContext = {
  organizationName: "Acme Analytics",
  datePosted: new Date("2026-03-02T00:00:00Z"),
  identifier: "jd_sample_1",
  organizationUrl: "https://acme.example",
};

/** Every attack from the issue, in one string. */
export const hostile = '<img src=x onerror=alert(1)> # * _ [x](javascript:alert(1)) | </script><script>alert(2)</script>';
export const hostileLine = "1. =HYPERLINK(\"http://evil\") <b>bold</b> </script>";
