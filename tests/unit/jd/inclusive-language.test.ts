import { describe, expect, it } from "vitest";
import { checkInclusiveLanguage, findWordMatches } from "@/lib/jd/inclusive-language";
import { structuralRules, wordRules } from "@/lib/jd/inclusive-language-rules";
import { sampleContent } from "@/tests/unit/export/sample-content";

const neutral = sampleContent({
  title: "Data Scientist",
  projectSummary: "You will join a team of four building a recommendation system for an online shop.",
  summary: "You will analyse purchase data, train models that suggest products, and explain results to colleagues in marketing.",
  responsibilities: ["Clean and explore purchase data", "Train and evaluate recommendation models", "Lead reviews of model quality with the engineers", "Commit code with tests and support the deployment"],
  skills: { required: ["Python", "SQL", "Statistics"], preferred: ["Analytical thinking", "Data harmonisation", "Warm-starting models"] },
  equalOpportunityStatement: "We hire on skills alone, whatever your age, disability, gender or background.",
});

describe("each word rule fires on each of its words", () => {
  const cases = wordRules.flatMap((rule) => rule.terms.map((term) => ({ rule: rule.id, term, text: term.replace(/\*$/, "") })));
  it.each(cases)("$rule matches “$text”", ({ rule, text }) => {
    const matches = findWordMatches(`We want someone ${text} for this job.`);
    expect(matches.map((match) => match.rule.id)).toContain(rule);
  });

  it("stems match their word forms, whole words do not match inside others", () => {
    expect(findWordMatches("competitive pay, a competition").filter((m) => m.rule.id === "gender.masculine.competition").map((m) => m.text)).toEqual(["competitive", "competition"]);
    expect(findWordMatches("a competent engineer")).toEqual([]);
    expect(findWordMatches("youngest")).toEqual([]);
    expect(findWordMatches("Rockstars, NINJAS and gurus").map((m) => m.text)).toEqual(["Rockstars", "NINJAS", "gurus"]);
    expect(findWordMatches("a digital-native team").map((m) => m.rule.id)).toEqual(["exclusion.age"]);
    expect(findWordMatches("native   English speakers").map((m) => m.rule.id)).toEqual(["exclusion.national-origin"]);
  });

  it("is negation-free: “no rockstars” is still reported, because readers still see the word", () => {
    expect(findWordMatches("We are not looking for rockstars.").map((m) => m.rule.id)).toEqual(["jargon.hero-titles"]);
  });
});

describe("neutral text", () => {
  it("has no findings and scores 100, technical words like lead, commit, support, analytical, harmonisation and warm-start included", () => {
    const report = checkInclusiveLanguage(neutral);
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.band).toBe("inclusive");
    expect(report.genderCoding.leaning).toBe("neutral");
  });
});

describe("findings carry their reason, words, position, suggestion and basis", () => {
  it("reports a word in the summary with its character offsets", () => {
    const summary = "We need a rockstar who can crush it.";
    const report = checkInclusiveLanguage(sampleContent({ summary }));
    const hero = report.findings.find((finding) => finding.ruleId === "jargon.hero-titles")!;
    expect(hero.words).toEqual(["rockstar"]);
    expect(hero.matches).toEqual([{ field: "summary", start: 10, end: 18, text: "rockstar" }]);
    expect(summary.slice(hero.matches[0]!.start, hero.matches[0]!.end)).toBe("rockstar");
    expect(hero.reason.length).toBeGreaterThan(20);
    expect(hero.suggestion.length).toBeGreaterThan(20);
    expect(report.findings.map((finding) => finding.ruleId)).toContain("jargon.bravado");
  });

  it("reports both masculine- and feminine-coded words, citing Gaucher, Friesen & Kay (2011)", () => {
    const report = checkInclusiveLanguage(sampleContent({ summary: "An aggressive, competitive and compassionate, nurturing colleague." }));
    expect(report.genderCoding.masculine).toEqual(["aggressive", "competitive"]);
    expect(report.genderCoding.feminine).toEqual(["compassionate", "nurturing"]);
    expect(report.genderCoding.leaning).toBe("balanced");
    for (const finding of report.findings) expect(finding.basis).toMatch(/Gaucher, Friesen & Kay \(2011\)/);
  });

  it("points at list items by index", () => {
    const report = checkInclusiveLanguage(sampleContent({ responsibilities: ["Build models", "Be a culture fit"] }));
    expect(report.findings[0]!.matches[0]).toMatchObject({ field: "responsibilities", index: 1, text: "culture fit" });
  });
});

describe("inflated requirements", () => {
  it("flags years beyond the level's typical maximum, not within it", () => {
    const over = checkInclusiveLanguage(sampleContent({ summary: "You bring 10+ years of Python." }));
    expect(over.findings.map((finding) => finding.ruleId)).toContain(structuralRules.yearsBeyondLevel.id);
    expect(over.findings.find((finding) => finding.ruleId === structuralRules.yearsBeyondLevel.id)!.words).toEqual(["10+ years"]);
    const within = checkInclusiveLanguage(sampleContent({ summary: "You bring 5–7 years of Python." }));
    expect(within.findings).toEqual([]);
  });

  it("flags more than 8 must-haves once, pointing at the ones over the line", () => {
    const required = Array.from({ length: 10 }, (_, index) => `Skill ${index + 1}`);
    const report = checkInclusiveLanguage(sampleContent({ skills: { required, preferred: [] } }));
    const finding = report.findings.find((entry) => entry.ruleId === structuralRules.tooManyMustHaves.id)!;
    expect(finding.matches.map((match) => match.index)).toEqual([8, 9]);
    expect(finding.penalty).toBe(structuralRules.tooManyMustHaves.penalty);
    expect(checkInclusiveLanguage(sampleContent({ skills: { required: required.slice(0, 8), preferred: [] } })).findings).toEqual([]);
  });

  it("flags a required degree unless equivalent experience is accepted", () => {
    const rule = structuralRules.degreeRequired.id;
    expect(checkInclusiveLanguage(sampleContent({ skills: { required: ["Master's degree in statistics"], preferred: [] } })).findings.map((f) => f.ruleId)).toContain(rule);
    expect(checkInclusiveLanguage(sampleContent({ summary: "A PhD is required." })).findings.map((f) => f.ruleId)).toContain(rule);
    expect(checkInclusiveLanguage(sampleContent({ skills: { required: ["Degree in statistics or equivalent experience"], preferred: [] } })).findings).toEqual([]);
    expect(checkInclusiveLanguage(sampleContent({ summary: "Many of us hold a PhD." })).findings).toEqual([]);
  });
});

describe("score", () => {
  it("deducts once per distinct word and explains each deduction", () => {
    const once = checkInclusiveLanguage(sampleContent({ summary: "A rockstar." }));
    const twice = checkInclusiveLanguage(sampleContent({ summary: "A rockstar, a rockstar, a rockstar." }));
    expect(once.score).toBe(92);
    expect(twice.score).toBe(92);
    expect(once.explanation.join("\n")).toMatch(/−8 jargon\.hero-titles/);
  });

  it("caps gender-coded deductions per side and never goes below 0", () => {
    const masculine = checkInclusiveLanguage(sampleContent({ summary: "aggressive dominant fearless ruthless competitive ambitious assertive decisive outspoken" }));
    expect(masculine.score).toBe(84);
    const awful = checkInclusiveLanguage(sampleContent({ summary: "young digital native rockstar ninja guru, native English speaker, able-bodied, culture fit, crush it, hustle, guys, 20 years" }));
    expect(awful.score).toBe(0);
    expect(awful.band).toBe("revise");
  });

  it("is fast enough to run on every keystroke", () => {
    const long = sampleContent({ summary: "We analyse data and build models with the team. ".repeat(40) });
    const started = performance.now();
    for (let run = 0; run < 50; run++) checkInclusiveLanguage(long);
    expect((performance.now() - started) / 50).toBeLessThan(20);
  });
});
