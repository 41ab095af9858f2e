import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import { getEnv } from "@/lib/env";
import { SignInSchema } from "@/lib/schemas/auth";
import { buildProviders } from "@/lib/server/auth-providers";
import { clientIpFromHeaders } from "@/lib/server/client-ip";
import { secureSessionCookies } from "@/lib/server/security-headers";
import {
  checkSignInAllowed,
  clearSignInFailures,
  recordSignInFailure,
} from "@/lib/server/data/sign-in-throttle";
import { upsertUserFromProvider, verifyPasswordSignIn } from "@/lib/server/data/users";

/** Thrown from authorize() when the email or IP has too many recent failures. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const env = getEnv();

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // Behind a load balancer the Host header is the app's; AUTH_URL pins it when set.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Cookies are HttpOnly and SameSite=Lax (Auth.js defaults); Secure follows AUTH_URL's scheme
  // when it is set, else the request's (X-Forwarded-Proto behind a TLS-terminating proxy).
  useSecureCookies: secureSessionCookies(env),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome, not a server error: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      // An expired, tampered or foreign session cookie is the client's input, not our failure:
      // one warning line, so anyone sending garbage cookies cannot fill the error log.
      if (error.name === "JWTSessionError" || error.name === "SignOutError") {
        console.warn(`[auth] ${error.name}: an unreadable session cookie was ignored`);
        return;
      }
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: buildProviders(env, async (raw, request) => {
    const parsed = SignInSchema.safeParse(raw);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const ip = clientIpFromHeaders(request.headers);
    const verdict = await checkSignInAllowed({ email, ip });
    if (!verdict.allowed) throw new SignInRateLimited();
    const user = await verifyPasswordSignIn(email, password);
    if (!user) {
      await recordSignInFailure({ email, ip });
      return null;
    }
    await clearSignInFailures(email);
    return { id: user.id, email: user.email, name: user.name };
  }),
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (account && account.provider !== "credentials") {
        const email = profile?.email ?? user?.email;
        if (!email) return null;
        const linked = await upsertUserFromProvider({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email,
          name: (typeof profile?.name === "string" ? profile.name : user?.name) ?? email,
        });
        token.sub = linked.id;
        token.name = linked.name;
        token.email = linked.email;
      } else if (user?.id) {
        token.sub = user.id;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
