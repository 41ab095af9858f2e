import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, never prerendered: Next puts the CSP nonce from proxy.ts on a page's
  // scripts only while rendering it for a request, and a static /_not-found would ship without it.
  await connection();
  return (
    <main id="main" className="narrow">
      <h1>Not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <p>
        <Link href="/">Go to Teamwright</Link>
      </p>
    </main>
  );
}
