/**
 * A NUL or an unpaired UTF-16 surrogate: text PostgreSQL cannot store or compare (UTF-8 has no
 * encoding for either), so it must be refused as input, not discovered as a database error.
 */
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !unstorable.test(value);
}
