/**
 * The `default` of an exhaustive switch. Its `never` parameter makes the compiler reject a switch that
 * misses a member of the union; at run time it reports a value from outside the contract (say, a step a
 * newer backend added) instead of silently returning undefined.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
