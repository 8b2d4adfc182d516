/** What a form control holds, as Amplify UI reads it: an unchecked checkbox or radio holds nothing. */
export function controlValue(target: EventTarget | null): { name: string; value: string | undefined } | undefined {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) return undefined;
  if (target.name === '') return undefined;
  if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) {
    return { name: target.name, value: target.checked ? target.value : undefined };
  }
  return { name: target.name, value: target.value };
}

/** The values of a form's controls that the screen's own fields do not cover (an app's checkbox, say). */
export function extraValues(form: HTMLFormElement | null, known: ReadonlySet<string>): Record<string, string> {
  if (!form) return {};
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (!known.has(name) && typeof value === 'string') values[name] = value;
  return values;
}
