/**
 * The visual "required" cue. The glyph comes from CSS (so components carry no text of their own) and is
 * hidden from assistive tech: the control's aria-required is what announces the meaning.
 */
export function RequiredMarker() {
  return <span className="gh-field__required" aria-hidden="true" />;
}
