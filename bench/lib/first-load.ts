import { gzipSync } from "node:zlib";

export interface FirstLoad {
  scripts: number;
  gzipBytes: number;
  rawBytes: number;
  /** The three biggest scripts, gzipped, biggest first: where to look when the total is over. */
  largest: Array<{ file: string; gzipBytes: number }>;
}

/**
 * The JavaScript a page makes the browser download before it is interactive: every
 * `<script src="/_next/static/…">` in the server-rendered HTML, fetched from the same server
 * (so it is the build that server runs) and gzipped one by one at level 9, as a server or CDN
 * sends them. Inline scripts (the RSC payload) are data, not code, and are not counted.
 */
export async function firstLoadJs(html: string, origin: string): Promise<FirstLoad> {
  // `nomodule` scripts are Next's polyfills for browsers without ES modules; browsers that run
  // modules (all the ones Next supports) never download them.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = new Set(
    tags.flatMap((tag) => {
      const source = /\bsrc="(\/_next\/static\/[^"]+)"/.exec(tag)?.[1];
      return source ? [source.replace(/&amp;/g, "&")] : [];
    }),
  );
  let gzipBytes = 0;
  let rawBytes = 0;
  const files: Array<{ file: string; gzipBytes: number }> = [];
  for (const source of sources) {
    const response = await fetch(`${origin}${source}`, { headers: { "accept-encoding": "identity" } });
    if (!response.ok) throw new Error(`${source} answered ${response.status} (was .next rebuilt while the benchmark ran?)`);
    const content = Buffer.from(await response.arrayBuffer());
    rawBytes += content.length;
    const size = gzipSync(content, { level: 9 }).length;
    gzipBytes += size;
    files.push({ file: source.replace("/_next/static/chunks/", ""), gzipBytes: size });
  }
  const largest = files.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
  return { scripts: sources.size, gzipBytes, rawBytes, largest };
}
