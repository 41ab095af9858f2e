import Link from "next/link";
import type { WorkspaceSummary } from "@/lib/server/data/workspaces";
import type { UserDto } from "@/lib/server/data/users";
import { signOutAction } from "@/lib/server/actions/auth";
import { WorkspaceSwitcher } from "@/app/_components/workspace-switcher";

export function SiteHeader({
  user,
  workspaces,
  currentSlug,
}: {
  user: UserDto | null;
  workspaces?: WorkspaceSummary[];
  currentSlug?: string;
}) {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Teamwright
        </Link>
        <nav aria-label="Main">
          {user && workspaces && workspaces.length > 0 ? (
            <WorkspaceSwitcher
              workspaces={workspaces.map(({ slug, name }) => ({ slug, name }))}
              currentSlug={currentSlug}
            />
          ) : null}
          {user ? <Link href="/workspaces">All workspaces</Link> : null}
        </nav>
        {user ? (
          <div className="user">
            <span>
              Signed in as <strong>{user.name}</strong>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="button">
                Sign out
              </button>
            </form>
          </div>
        ) : (
          <div className="user">
            <Link href="/sign-in">Sign in</Link>
            <Link href="/sign-up" className="button primary">
              Create account
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
