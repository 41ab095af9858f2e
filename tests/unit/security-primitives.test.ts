import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/data/users";
import { generateToken, hashToken } from "@/lib/server/tokens";
import { verify } from "@node-rs/argon2";

describe("tokens", () => {
  it("are 256 random bits, url-safe, and stored only as a hash", () => {
    const tokens = Array.from({ length: 50 }, () => generateToken());
    for (const { token, tokenHash } of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(tokenHash).not.toContain(token);
      expect(hashToken(token)).toBe(tokenHash);
    }
    expect(new Set(tokens.map((t) => t.token)).size).toBe(50);
  });
});

describe("passwords", () => {
  it("are hashed with argon2id and verify only with the right password", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(await verify(stored, "correct horse battery")).toBe(true);
    expect(await verify(stored, "correct horse battery!")).toBe(false);
  });
});
