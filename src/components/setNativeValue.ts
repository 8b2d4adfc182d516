/**
 * Writes a value the way the browser would and fires `input`, so React's onChange (and so
 * react-hook-form's register() handler) sees it while the input stays uncontrolled.
 * The prototype's setter is used because React shadows `value` on the element to track changes:
 * going around that shadow is what makes React notice the new value.
 */
export function setNativeValue(input: HTMLInputElement, value: string): void {
  // Reflect.set with the element as receiver runs the prototype's setter with `this` = the element.
  Reflect.set(Object.getPrototypeOf(input) as object, 'value', value, input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
