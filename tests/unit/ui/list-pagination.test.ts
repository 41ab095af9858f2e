import { describe, expect, it } from "vitest";
import { pageLinks, parseTrail, trailLimit } from "@/lib/ui/list-pagination";

const params = (href: string | null) => Object.fromEntries(new URLSearchParams((href ?? "").slice(1)));

describe("keyset pagination links", () => {
  const filters = { q: "chatbot", status: undefined, sort: "name" };

  it("walks forward and back through the pages with the filters kept", () => {
    const page1 = pageLinks(filters, { cursor: undefined, trail: [] }, "c1");
    expect(page1.previous).toBeNull();
    expect(page1.pageNumber).toBe(1);
    expect(params(page1.next)).toEqual({ q: "chatbot", sort: "name", cursor: "c1" });

    const page2 = pageLinks(filters, { cursor: "c1", trail: parseTrail(params(page1.next).trail) }, "c2");
    expect(page2.pageNumber).toBe(2);
    expect(params(page2.previous)).toEqual({ q: "chatbot", sort: "name" });
    expect(params(page2.next)).toEqual({ q: "chatbot", sort: "name", cursor: "c2", trail: "c1" });

    const page3 = pageLinks(filters, { cursor: "c2", trail: parseTrail(params(page2.next).trail) }, null);
    expect(page3.pageNumber).toBe(3);
    expect(page3.next).toBeNull();
    expect(params(page3.previous)).toEqual({ q: "chatbot", sort: "name", cursor: "c1" });
  });

  it("caps the trail and stops numbering pages past the cap", () => {
    const long = Array.from({ length: trailLimit + 5 }, (_, index) => `c${index}`);
    expect(parseTrail(long.join("."))).toHaveLength(trailLimit);
    const links = pageLinks({}, { cursor: "deep", trail: parseTrail(long.join(".")) }, "deeper");
    expect(links.pageNumber).toBeNull();
    expect(parseTrail(params(links.next).trail)).toHaveLength(trailLimit);
  });

  it("ignores empty entries in a hand-edited trail", () => {
    expect(parseTrail("..a..b.")).toEqual(["a", "b"]);
    expect(parseTrail(undefined)).toEqual([]);
  });
});
