import type { NextRequest } from "next/server";
import { AppError, toErrorBody } from "@/lib/errors";
import { EmailSchema } from "@/lib/schemas/auth";
import { handlers } from "@/lib/server/auth";
import { clientIpFromHeaders } from "@/lib/server/client-ip";
import { checkSignInAllowed, describeRetryAfter } from "@/lib/server/data/sign-in-throttle";

export const runtime = "nodejs";

export const GET = handlers.GET;

/**
 * Credentials sign-ins posted straight to Auth.js (scripts, API clients) are refused with a
 * 429 and Retry-After while the email or IP is throttled, instead of Auth.js's generic redirect.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = EmailSchema.safeParse(form?.get("email"));
    const verdict = await checkSignInAllowed({
      email: email.success ? email.data : undefined,
      ip: clientIpFromHeaders(request.headers),
    });
    if (!verdict.allowed) {
      const error = new AppError(
        "rate_limited",
        `Too many failed sign-in attempts. Try again in ${describeRetryAfter(verdict.retryAfterSeconds)}.`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
      const { status, body } = toErrorBody(error);
      return Response.json(body, { status, headers: { "retry-after": String(verdict.retryAfterSeconds) } });
    }
  }
  return handlers.POST(request);
}
