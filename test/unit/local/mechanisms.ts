import type { LocalPoolConfig, SeedUser } from '../../../src/client/local/index.js';
import type { UserAttributes } from '../../../src/client/types.js';

/** One way a pool lets users sign in, with a user of that pool and where their codes go. */
export interface Mechanism {
  name: string;
  loginWith: NonNullable<LocalPoolConfig['loginWith']>;
  /** What the user types as the username at sign-up and sign-in. */
  username: string;
  /** The attributes the sign-up form sends besides the username. */
  attributes: UserAttributes;
  /** Where sign-up, reset and MFA codes are delivered. */
  contact: string;
  delivery: { destination: string; deliveryMedium: 'EMAIL' | 'SMS'; attributeName: 'email' | 'phone_number' };
  /** Another name the user may sign in with once confirmed (the verified alias), if any. */
  alias?: string;
  /** A second user's sign-up name, for collisions. */
  seed(extra?: Partial<SeedUser>): SeedUser;
}

export const MECHANISMS: Mechanism[] = [
  {
    name: 'email as username',
    loginWith: { email: true },
    username: 'ana@example.com',
    attributes: {},
    contact: 'ana@example.com',
    delivery: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' },
    seed: (extra) => ({ username: 'ana@example.com', ...extra }),
  },
  {
    name: 'phone as username',
    loginWith: { phone: true },
    username: '+15555550100',
    attributes: {},
    contact: '+15555550100',
    delivery: { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' },
    seed: (extra) => ({ username: '+15555550100', ...extra }),
  },
  {
    name: 'username with an email alias',
    loginWith: { username: true, email: true },
    username: 'ana',
    attributes: { email: 'ana@example.com' },
    contact: 'ana@example.com',
    delivery: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' },
    alias: 'ana@example.com',
    seed: (extra) => ({ username: 'ana', ...extra, attributes: { email: 'ana@example.com', ...extra?.attributes } }),
  },
];
