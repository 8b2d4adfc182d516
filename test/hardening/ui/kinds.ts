/** What the hardening suite counts, in the order it prints them. */
export const KINDS = ['faults', 'bad inputs', 'double submits'] as const;
export type Kind = (typeof KINDS)[number];
