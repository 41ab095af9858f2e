import { SiteHeader } from "@/app/_components/site-header";
import { listWorkspacesForUser } from "@/lib/server/data/workspaces";
import type { UserDto } from "@/lib/server/data/users";

/** The signed-in frame: header with the workspace switcher, then the page. */
export async function AppShell({
  user,
  currentSlug,
  children,
}: {
  user: UserDto;
  currentSlug?: string;
  children: React.ReactNode;
}) {
  const workspaces = await listWorkspacesForUser({ userId: user.id });
  return (
    <>
      <SiteHeader user={user} workspaces={workspaces} currentSlug={currentSlug} />
      <main id="main">{children}</main>
    </>
  );
}
