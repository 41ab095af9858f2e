import { describe, expect, it } from "vitest";
import { IdempotencyKeySchema } from "@/lib/schemas/idempotency-key";
import { canonicalJson, idempotencyActorKey } from "@/lib/server/data/idempotency";
import { sha256Hex } from "@/lib/server/tokens";

describe("Idempotency-Key header", () => {
  it.each([
    ["a UUID", "5f0c6d0e-8c1f-4d39-9a4e-2b9b0f6f3b7a", true],
    ["one character", "a", true],
    ["255 characters", "k".repeat(255), true],
    ["every printable ASCII character", Array.from({ length: 95 }, (_, index) => String.fromCharCode(0x20 + index)).join(""), true],
    ["empty", "", false],
    ["256 characters", "k".repeat(256), false],
    ["a tab", "a\tb", false],
    ["DEL", "a\u007fb", false],
    ["a NUL", "a\u0000b", false],
    ["Latin-1", "caf\u00e9", false],
    ["an emoji", "key-\u{1f600}", false],
  ])("%s → %s", (_label, value, valid) => {
    const parsed = IdempotencyKeySchema.safeParse(value);
    expect(parsed.success).toBe(valid);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toMatch(/Idempotency-Key/);
  });
});

describe("canonicalJson", () => {
  it("ignores member order at every level and keeps array order", () => {
    const a = { name: "x", brief: { description: "d", constraints: { b: 1, a: [3, { z: 1, y: 2 }] } } };
    const b = { brief: { constraints: { a: [3, { y: 2, z: 1 }], b: 1 }, description: "d" }, name: "x" };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"brief":{"constraints":{"a":[3,{"y":2,"z":1}],"b":1},"description":"d"},"name":"x"}');
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it("tells apart what JSON tells apart, and drops undefined members as JSON does", () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson({ a: "1" })).not.toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ "a\"b": "\u2028" })).toBe(JSON.stringify({ "a\"b": "\u2028" }));
    expect(sha256Hex(canonicalJson({ b: 1, a: 2 }))).toBe(sha256Hex('{"a":2,"b":1}'));
    expect(sha256Hex("")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("idempotencyActorKey", () => {
  it("keeps a token's keys apart from its owner's session keys", () => {
    expect(idempotencyActorKey({ userId: "u1" })).toBe("user:u1");
    expect(idempotencyActorKey({ kind: "token", tokenId: "t1", workspaceId: "w", role: "MANAGER", userId: "u1" })).toBe("token:t1");
  });
});
