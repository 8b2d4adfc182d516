/** Joins the truthy class names; falsy entries let call sites write `cond && 'gh-x'`. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Joins element ids for aria-describedby; undefined when there are none, so no empty attribute is rendered. */
export function idRefs(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
