/**
 * What a server action hands back to its form. `values` echoes what the user submitted so
 * the form can show it again: React 19 resets a form after every action, failed ones included.
 */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };

/**
 * Copies the text fields of a submission (never passwords) so they can be redisplayed. Of a
 * repeated key the first value, the one `formData.get` gives the actions.
 */
export function echoFormValues(formData: FormData, omit: readonly string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key) && !Object.hasOwn(values, key)) values[key] = value;
  }
  return values;
}
