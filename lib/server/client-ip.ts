import "server-only";

/**
 * The client's address as the nearest proxy reports it. Behind a load balancer that sets
 * X-Forwarded-For this is the real client; without one the header may be forged, which only
 * lets an attacker dodge the per-IP limit, never the per-email one.
 */
export function clientIpFromHeaders(headers: Headers): string | undefined {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim();
  return ip && ip.length <= 64 ? ip : undefined;
}
