/**
 * Teamwright's inclusive-language rules for job descriptions: data, not code. Each rule has an id,
 * a category, the words it matches, why they matter, what to write instead, the research or
 * guidance behind it, and the points it costs the score. lib/jd/inclusive-language.ts applies
 * them; lib/jd/README.md explains the categories and the score.
 *
 * The word lists are Teamwright's own selection for AI/data job ads, not a copy of any tool's:
 * - Gender-coded stems follow the finding of Gaucher, Friesen & Kay (2011, "Evidence that gendered
 *   wording in job advertisements exists and sustains gender inequality", Journal of Personality
 *   and Social Psychology 101(1):109–128) that masculine-coded wording (agentic: dominance,
 *   competition, self-reliance) makes ads less appealing to women and lowers their sense of
 *   belonging, while feminine-coded wording (communal) did not deter men. Both are reported, so a
 *   writer sees the balance; only masculine-coded words were shown to deter, so they cost more.
 *   Stems that are unavoidable in technical ads are left out on purpose, so the check does not
 *   nag about the job itself: "lead" (a seniority level), "analy-" (analysis), "support",
 *   "commit" (git), "depend-" (dependencies), "connect-", "respons-" (responsibilities),
 *   "objective" (loss objectives), "logic", "individual", "principle", "harmon-" (data
 *   harmonisation), "warm" (warm starts), and "compete" as a stem (it would match "competent").
 * - Exclusionary wording follows the US EEOC's guidance that ads must not indicate a preference
 *   by age (ADEA, 29 CFR 1625.4), national origin or disability (ADA), and the UK Equality Act 2010
 *   guidance on job adverts; "culture fit" follows hiring research showing it screens for
 *   similarity rather than ability (Rivera 2012, "Hiring as cultural matching", American
 *   Sociological Review 77(6)).
 * - Jargon ("rockstar", "ninja") is flagged because it is vague about the work, reads as
 *   in-group slang, and correlates with masculine-coded, youth-coded culture in ads.
 */

export type InclusiveCategory = "masculine-coded" | "feminine-coded" | "exclusionary" | "jargon" | "inflated-requirements";

export interface WordRule {
  readonly id: string;
  readonly category: Exclude<InclusiveCategory, "inflated-requirements">;
  /**
   * What to match, case-insensitively, at a word start. A trailing "*" matches any word that
   * begins with the stem ("competit*" → competitive, competition); otherwise the term must be a
   * whole word or phrase. Spaces in a phrase also match hyphens and line breaks ("digital native",
   * "digital-native").
   */
  readonly terms: readonly string[];
  readonly reason: string;
  readonly suggestion: string;
  readonly basis: string;
  /** Points deducted from the score, once per distinct word matched (see scoring below). */
  readonly penalty: number;
}

const gaucher = "Gaucher, Friesen & Kay (2011), J. Personality and Social Psychology 101(1):109–128";

export const wordRules: readonly WordRule[] = [
  // Masculine-coded (agentic) wording.
  {
    id: "gender.masculine.dominance",
    category: "masculine-coded",
    terms: ["aggressive*", "aggressively", "dominant", "dominat*", "forceful*", "fearless*", "ruthless*", "headstrong", "hard-charging", "killer instinct"],
    reason: "Dominance words are masculine-coded: they make an ad less appealing to women without saying anything about the work.",
    suggestion: "Describe the outcome instead: “moves quickly on well-understood problems”, “pushes for the best solution”.",
    basis: gaucher,
    penalty: 4,
  },
  {
    id: "gender.masculine.competition",
    category: "masculine-coded",
    terms: ["competitive*", "competition*", "compete", "competes", "competing", "outperform*", "ambitio*", "battle-tested", "winning"],
    reason: "Competition words are masculine-coded and signal an individualistic culture.",
    suggestion: "Say what good work looks like: “sets high standards”, “motivated by the results of the project”.",
    basis: gaucher,
    penalty: 4,
  },
  {
    id: "gender.masculine.self-reliance",
    category: "masculine-coded",
    terms: ["self-reliant*", "self-sufficient*", "assertive*", "decisive*", "outspoken", "strong-willed", "unflinching", "stubborn*"],
    reason: "Self-reliance words are masculine-coded: they describe a personality type rather than a task.",
    suggestion: "Name the behaviour the job needs: “makes decisions with incomplete data and explains them”, “works without daily supervision”.",
    basis: gaucher,
    penalty: 4,
  },
  // Feminine-coded (communal) wording: reported for balance; research did not find it deters men.
  {
    id: "gender.feminine.care",
    category: "feminine-coded",
    terms: ["nurtur*", "compassion*", "empath*", "sympathetic*", "caring", "gentle*", "tender-hearted"],
    reason: "Care words are feminine-coded. They did not deter men in the research, but a heavily coded ad in either direction narrows who sees themselves in it.",
    suggestion: "Keep them if the job needs them; balance with concrete tasks, e.g. “mentors two junior engineers”.",
    basis: gaucher,
    penalty: 1,
  },
  {
    id: "gender.feminine.warmth",
    category: "feminine-coded",
    terms: ["warmth", "warm-hearted", "cheerful*", "pleasant*", "polite*", "considerate*", "loyal*", "sensitive to others"],
    reason: "Warmth words are feminine-coded and describe temperament rather than the work.",
    suggestion: "Describe how the person works with others: “gives clear, kind code reviews”, “explains results to non-specialists”.",
    basis: gaucher,
    penalty: 1,
  },
  {
    id: "gender.feminine.community",
    category: "feminine-coded",
    terms: ["interpersonal*", "communal*", "close-knit", "nurturing environment"],
    reason: "Community words are feminine-coded; fine in moderation, but they say little about the role.",
    suggestion: "Say who the role works with and on what: “works with product managers on the roadmap”.",
    basis: gaucher,
    penalty: 1,
  },
  // Exclusionary wording.
  {
    id: "exclusion.age",
    category: "exclusionary",
    terms: ["young", "younger", "youthful*", "digital native*", "recent graduate*", "fresh graduate*", "new graduate*", "early-career only", "energetic*", "young-at-heart", "overqualified"],
    reason: "Age-coded wording signals a preference for younger applicants; in the US it can breach the Age Discrimination in Employment Act (EEOC, 29 CFR 1625.4).",
    suggestion: "Describe the skills instead: “comfortable with modern tooling”, “open to people at any stage of their career”.",
    basis: "EEOC 29 CFR 1625.4; UK Equality Act 2010",
    penalty: 12,
  },
  {
    id: "exclusion.national-origin",
    category: "exclusionary",
    terms: ["native english speaker*", "native speaker*", "native-level english", "mother tongue", "english as a first language", "perfect english", "no accent*"],
    reason: "Asking for native speakers excludes by national origin; what the job needs is a level of proficiency.",
    suggestion: "State the proficiency the work needs: “fluent written and spoken English (C1 or equivalent)”.",
    basis: "EEOC national-origin guidance (Title VII); UK Equality Act 2010",
    penalty: 12,
  },
  {
    id: "exclusion.disability",
    category: "exclusionary",
    terms: ["able-bodied", "physically fit", "perfect vision", "must be able to stand*", "sane", "insane*", "crazy", "lame", "tone-deaf"],
    reason: "Physical requirements a desk job does not need, and ableist slang, exclude disabled applicants (ADA: requirements must be job-related).",
    suggestion: "List only real essential functions and offer adjustments; replace slang with a plain word (“surprising”, “unconvincing”).",
    basis: "Americans with Disabilities Act; EEOC guidance on job-related qualifications",
    penalty: 12,
  },
  {
    id: "exclusion.gendered-terms",
    category: "exclusionary",
    terms: ["he or she", "he/she", "s/he", "his or her", "guys", "manpower", "chairman", "salesman", "salesmen", "craftsman", "man-hours"],
    reason: "Gendered terms for people or the reader assume a gender and leave out non-binary applicants.",
    suggestion: "Use “you”, “they”, “everyone”, “staffing”, “chair”, “salesperson”, “person-hours”.",
    basis: "UK Equality Act 2010 guidance on job adverts; APA style guidance on bias-free language",
    penalty: 6,
  },
  {
    id: "exclusion.culture-fit",
    category: "exclusionary",
    terms: ["culture fit", "cultural fit", "fits our culture", "fit in with the team", "work hard, play hard", "work hard play hard", "like a family"],
    reason: "“Culture fit” screens for people like the current team rather than for the work; “work hard, play hard” and “like a family” imply long hours and social obligations.",
    suggestion: "Name the values you hire for (“shares knowledge openly”, “writes things down”) and the working hours you expect.",
    basis: "Rivera (2012), American Sociological Review 77(6):999–1022",
    penalty: 10,
  },
  // Jargon.
  {
    id: "jargon.hero-titles",
    category: "jargon",
    terms: ["rockstar*", "rock star*", "ninja*", "guru*", "wizard*", "superstar*", "unicorn*", "jedi*", "superhero*", "hacker extraordinaire", "10x engineer*", "10x developer*"],
    reason: "Hero titles are vague about the work and read as in-group slang; many qualified people do not see themselves as a “rockstar”.",
    suggestion: "Say what the person will do and how well: “an experienced ML engineer who ships models to production”.",
    basis: "Plain-language job ad guidance; masculine- and youth-coded culture in ads (Gaucher et al. 2011)",
    penalty: 8,
  },
  {
    id: "jargon.bravado",
    category: "jargon",
    terms: ["crush it", "crushing it", "kill it", "killing it", "beast mode", "hustle*", "eat, sleep", "move fast and break things", "take no prisoners"],
    reason: "Bravado phrases suggest long hours and an aggressive culture and say nothing concrete about the job.",
    suggestion: "Describe the pace and hours honestly: “we ship every two weeks; core hours are 10–4”.",
    basis: "Plain-language job ad guidance",
    penalty: 8,
  },
  {
    id: "jargon.vague-pace",
    category: "jargon",
    terms: ["fast-paced", "wear many hats", "self-starter*", "hit the ground running", "whatever it takes"],
    reason: "Vague pace phrases are often read as unplanned work and long hours, which deters carers and disabled applicants.",
    suggestion: "Be specific: “priorities change every quarter”, “you will own data and deployment work”.",
    basis: "Plain-language job ad guidance",
    penalty: 3,
  },
];

/** The structural checks (not word lists) applied by lib/jd/inclusive-language.ts. */
export interface StructuralRule {
  readonly id: string;
  readonly category: "inflated-requirements";
  readonly reason: string;
  readonly suggestion: string;
  readonly basis: string;
  readonly penalty: number;
}

export const structuralRules = {
  yearsBeyondLevel: {
    id: "inflation.years-beyond-level",
    category: "inflated-requirements",
    reason: "Asks for more years of experience than the seniority level typically has, which deters people who can do the job.",
    suggestion: "Ask for the level's typical years or describe the experience needed instead of a number.",
    basis: "Years of experience predict job performance weakly beyond the first few years (Van Iddekinge et al. 2019, Personnel Psychology 72(4))",
    penalty: 8,
  },
  tooManyMustHaves: {
    id: "inflation.too-many-must-haves",
    category: "inflated-requirements",
    reason: "More than 8 must-have skills reads as a wish list: people, women more often, tend not to apply unless they meet every listed requirement.",
    suggestion: "Keep the 8 skills the job cannot do without as required and move the rest to preferred.",
    basis: "Hewlett-Packard internal report, cited in Mohr (2014), Harvard Business Review, “Why women don't apply for jobs unless they're 100% qualified”",
    penalty: 10,
  },
  degreeRequired: {
    id: "inflation.degree-required",
    category: "inflated-requirements",
    reason: "A degree requirement where skills suffice screens out people who learned the work another way.",
    suggestion: "Add “or equivalent practical experience”, or list the skills the degree stands for.",
    basis: "Skills-based hiring guidance (US OPM 2023 skills-based hiring guidance; Fuller et al. 2022, Harvard Business School “The Emerging Degree Reset”)",
    penalty: 6,
  },
} as const satisfies Record<string, StructuralRule>;

/**
 * Scoring: start at 100 and subtract each finding's penalty once per distinct matched word (a
 * word repeated ten times is one problem, not ten). Gender-coded penalties are capped per side
 * (at most `genderCapPerSide`) because a few coded words are normal and it is the imbalance that
 * matters. The result is clamped to 0–100. 90+ reads "inclusive", 70–89 "review", below 70 "revise".
 */
export const scoring = { start: 100, genderCapPerSide: 16, bands: { good: 90, fair: 70 } } as const;
