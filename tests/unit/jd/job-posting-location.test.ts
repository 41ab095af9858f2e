import { describe, expect, it } from "vitest";
import { jobDescriptionWarnings } from "@/lib/jd/build-job-description";
import { describeJobPostingLocationGap, listJobPostingLocationGaps } from "@/lib/jd/job-posting-location";
import { sampleContent } from "@/tests/unit/export/sample-content";

describe("listJobPostingLocationGaps: the JSON-LD location properties Google needs and the draft lacks", () => {
  it.each([
    ["on-site, city and country", { workplace: "on-site", locality: "Berlin", country: "DE" }, []],
    ["hybrid, city and country", { workplace: "hybrid", locality: "Austin", country: "US" }, []],
    ["on-site, no country", { workplace: "on-site", locality: "Berlin", country: "" }, ["jobLocation.address.addressCountry"]],
    ["on-site, no city", { workplace: "on-site", locality: " ", country: "DE" }, ["jobLocation.address.addressLocality"]],
    ["hybrid, nothing", { workplace: "hybrid", locality: "", country: "" }, ["jobLocation.address.addressLocality", "jobLocation.address.addressCountry"]],
    ["remote, no country", { workplace: "remote", locality: "", country: "" }, ["applicantLocationRequirements"]],
    ["remote, country", { workplace: "remote", locality: "", country: "US" }, []],
  ])("%s", (_name, location, properties) => {
    expect(listJobPostingLocationGaps(location).map((gap) => gap.property)).toEqual(properties);
  });

  it("says which property is missing, what fills it, and that export still works", () => {
    const [gap] = listJobPostingLocationGaps({ workplace: "on-site", locality: "Berlin", country: "" });
    expect(describeJobPostingLocationGap(gap!)).toMatch(/^jobLocation\.address\.addressCountry is missing: add the two-letter country code/);
    expect(describeJobPostingLocationGap(gap!)).toMatch(/export still works/);
  });

  it("the draft's warnings name each missing property (one warning each), as advice", () => {
    const messages = jobDescriptionWarnings(sampleContent({ location: { workplace: "on-site", locality: "", region: "", country: "" } }))
      .filter((warning) => warning.code === "location-missing")
      .map((warning) => warning.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^jobLocation\.address\.addressLocality is missing/);
    expect(messages[1]).toMatch(/^jobLocation\.address\.addressCountry is missing/);
    expect(jobDescriptionWarnings(sampleContent()).filter((warning) => warning.code === "location-missing")).toEqual([]);
  });
});
