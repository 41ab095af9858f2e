import type { z } from "zod";
import { isStorableText } from "@/lib/schemas/storable-text";

/**
 * The error codes a user (or API client) can see. Each maps to one HTTP status, so route
 * handlers, server actions and the CLI all describe a failure the same way.
 */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export type FieldErrors = Record<string, string[]>;

export interface ErrorBody {
  error: { code: ErrorCode | "internal"; message: string; fieldErrors?: FieldErrors; details?: unknown };
}

/** An error whose message is safe to show to the user who caused it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Seconds a client should wait before retrying (rate limits, database outages). */
  readonly retryAfterSeconds?: number;
  /** Safe, structured context for the client, e.g. the other change behind a 409 conflict. */
  readonly details?: unknown;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; details?: unknown; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Turns zod issues into `{ "field.path": ["message"] }`; issues on the whole object go under "_". */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function validationError(error: z.ZodError, message = "Some fields need attention."): AppError {
  return new AppError("validation_failed", message, { fieldErrors: fieldErrorsFromZod(error) });
}

/**
 * Parses untrusted input with a schema, throwing a validation AppError that names each bad field.
 * Text that passed the schema must also be storable: a NUL or an unpaired surrogate would
 * otherwise reach PostgreSQL and come back as an encoding error (a 500) instead of a field error.
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  const unstorable = unstorableTextPaths(result.data);
  if (unstorable.length > 0) {
    const message = "Text cannot contain NUL characters or unpaired UTF-16 surrogates.";
    throw new AppError("validation_failed", "Some fields contain characters that cannot be saved.", {
      fieldErrors: Object.fromEntries(unstorable.map((path) => [path, [message]])),
    });
  }
  return result.data;
}

/** Where (as "field.path", "_" for the whole value) the value holds text that cannot be stored. */
function unstorableTextPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  const here = () => (path.length > 0 ? path.join(".") : "_");
  if (typeof value === "string") {
    if (!isStorableText(value)) found.push(here());
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableTextPaths(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) found.push([...path, key].join("."));
      else unstorableTextPaths(item, [...path, key], found);
    }
  }
  return found;
}

/** The body and status a client sees for any thrown value; unknown errors never leak their text. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody; retryAfterSeconds?: number } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      retryAfterSeconds: error.retryAfterSeconds,
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
          ...(error.details !== undefined ? { details: error.details } : {}),
        },
      },
    };
  }
  return {
    status: 500,
    body: { error: { code: "internal", message: "Something went wrong on our side. Please try again." } },
  };
}
