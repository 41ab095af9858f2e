import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/app/_components/site-header";
import { getCurrentUser } from "@/lib/server/session";

export default async function HomePage() {
  if (await getCurrentUser()) redirect("/workspaces");
  return (
    <>
      <SiteHeader user={null} />
      <main id="main">
        <h1>Plan the team your AI project needs</h1>
        <p className="lead">
          Describe the project in plain words. Teamwright breaks it into phases, staffs each with data scientists, ML, AI,
          data and MLOps engineers, and shows the reason and source behind every decision, from headcount to salary band.
        </p>
        <p>
          <Link href="/sign-up" className="button primary">
            Create an account
          </Link>{" "}
          <Link href="/sign-in" className="button">
            Sign in
          </Link>
        </p>
      </main>
    </>
  );
}
