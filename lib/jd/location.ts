import type { JdLocation } from "@/lib/schemas/job-description";

/**
 * Reads a plan's free-text location ("US", "Berlin, DE", "New York, NY", "remote (EU)") into the
 * parts a JobPosting needs (city, region, ISO country code, remote or not). It only recognises
 * what it can be sure of; anything else is left for HR to fill in on the draft editor, and the
 * JSON-LD export says which required address part is missing.
 */

/** Country names and common spellings → ISO 3166-1 alpha-2. Deliberately short: the editor fixes the rest. */
const countryNames: Record<string, string> = {
  us: "US", usa: "US", "united states": "US", "united states of america": "US", america: "US",
  uk: "GB", gb: "GB", "united kingdom": "GB", britain: "GB", "great britain": "GB", england: "GB", scotland: "GB", wales: "GB",
  germany: "DE", deutschland: "DE", france: "FR", spain: "ES", italy: "IT", netherlands: "NL", "the netherlands": "NL",
  belgium: "BE", austria: "AT", switzerland: "CH", sweden: "SE", norway: "NO", denmark: "DK", finland: "FI",
  ireland: "IE", portugal: "PT", poland: "PL", "czech republic": "CZ", czechia: "CZ", canada: "CA", mexico: "MX",
  brazil: "BR", argentina: "AR", india: "IN", china: "CN", japan: "JP", "south korea": "KR", korea: "KR",
  singapore: "SG", australia: "AU", "new zealand": "NZ", israel: "IL", "south africa": "ZA", nigeria: "NG", kenya: "KE",
  "united arab emirates": "AE", uae: "AE", ukraine: "UA", romania: "RO", greece: "GR", turkey: "TR", türkiye: "TR",
};

const usStates = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(" "),
);

/** Two-letter codes that are also US state codes; after a city they mean the state (New York, NY). */
const usStateNames: Record<string, string> = {
  california: "CA", colorado: "CO", "new york": "NY", washington: "WA", illinois: "IL", texas: "TX", massachusetts: "MA",
  florida: "FL", georgia: "GA", oregon: "OR", "new jersey": "NJ", maryland: "MD", minnesota: "MN", vermont: "VT", hawaii: "HI",
};

const usCities = new Set([
  "san francisco", "los angeles", "san diego", "san jose", "oakland", "palo alto", "mountain view", "sunnyvale", "berkeley",
  "denver", "boulder", "indianapolis", "atlanta", "chicago", "wilmington", "pittsburgh", "philadelphia", "baltimore",
  "minneapolis", "little rock", "fort collins", "sacramento",
]);

/** ISO alpha-2 codes we accept as written ("DE", "FR"); state codes win after a US city. */
const isoCodes = new Set(Object.values(countryNames));

function countryOf(part: string): string | null {
  const key = part.trim().toLowerCase().replace(/\.$/, "");
  if (countryNames[key]) return countryNames[key];
  const upper = part.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isoCodes.has(upper)) return upper;
  return null;
}

/** The parsed location; `understood` is false when the text had parts it could not place. */
export function parseLocation(raw: string | undefined): JdLocation & { understood: boolean } {
  const empty = { workplace: "on-site" as const, locality: "", region: "", country: "", understood: false };
  if (raw === undefined || raw.trim() === "") return empty;
  const text = raw.trim();
  const remote = /\bremote\b|\banywhere\b|\bdistributed\b/i.test(text);
  const hybrid = /\bhybrid\b/i.test(text);
  const stripped = text.replace(/\b(remote|hybrid|anywhere|distributed|on-?site|only|first)\b/gi, " ").replace(/[()]/g, ",");
  const parts = stripped
    .split(/[,/;]|\s+-\s+|\bin\b/i)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

  let country = "";
  let region = "";
  let locality = "";
  let understood = true;
  for (const [index, part] of parts.entries()) {
    const upper = part.toUpperCase();
    const stateCode = /^[A-Z]{2}$/.test(upper) && usStates.has(upper) ? upper : usStateNames[part.toLowerCase()];
    // After a city, a US state means the US. Codes that are also countries (DE, CA, IN…) are read
    // as the country unless the city is a well-known US one: "Berlin, DE" is Germany, "San Francisco, CA" California.
    if (index > 0 && stateCode && locality !== "" && (!isoCodes.has(stateCode) || part.length > 2 || usCities.has(locality.toLowerCase()))) {
      region = stateCode;
      country ||= "US";
      continue;
    }
    const code = countryOf(part);
    if (code) {
      country = code;
      continue;
    }
    if (locality === "" && !remote) {
      locality = part;
      continue;
    }
    understood = false;
  }
  if (remote && locality !== "") understood = false;
  return { workplace: remote ? "remote" : hybrid ? "hybrid" : "on-site", locality: remote ? "" : locality, region, country, understood };
}

/** "Berlin, DE" / "Remote (US)" / "New York, NY, US", for headings and plain text. */
export function formatLocation(location: JdLocation): string {
  const place = [location.locality, location.region, location.country].filter((part) => part !== "").join(", ");
  if (location.workplace === "remote") return place ? `Remote (${place})` : "Remote";
  if (location.workplace === "hybrid") return place ? `Hybrid, ${place}` : "Hybrid";
  return place || "Location not set";
}
