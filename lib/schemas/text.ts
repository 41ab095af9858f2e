/**
 * PostgreSQL cannot store U+0000 in text or jsonb: a NUL that reaches the database fails the whole
 * save with a driver error. Free-text schemas refuse it up front, so the user sees which field
 * holds it instead of "something went wrong". (Other control characters are stored as typed.)
 */
export const withoutNul = /^[^\u0000]*$/;
export const nulMessage = "Remove the invisible NUL character (U+0000) from this text.";
