"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { takeLibraryUpdatesAction } from "@/lib/server/actions/role-library";

/** "Use the library's update": saves a new plan version recording the library versions taken. */
export function TakeLibraryUpdatesForm({ slug, planId, baseVersion }: { slug: string; planId: string; baseVersion: number }) {
  const [state, formAction] = useActionState(takeLibraryUpdatesAction, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <SubmitButton pendingText="Taking the update…">Use the library&apos;s update</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
