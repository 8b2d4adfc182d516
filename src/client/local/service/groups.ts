import { AuthError } from '../../errors.js';
import type { ResolvedConfig } from '../config.js';
import type { UserRecord } from './records.js';

/**
 * User pool groups (Amplify Gen 2's `groups`): AdminAddUserToGroup, AdminRemoveUserFromGroup and
 * AdminListGroupsForUser. A user's groups reach the ID and access tokens as `cognito:groups`.
 */

function assertGroup(config: ResolvedConfig, group: string): void {
  if (!config.groups.includes(group)) throw new AuthError({ name: 'ResourceNotFoundException', message: 'Group not found.' });
}

export function addToGroup(config: ResolvedConfig, user: UserRecord, group: string): void {
  assertGroup(config, group);
  if (!user.groups?.includes(group)) user.groups = [...(user.groups ?? []), group];
}

export function removeFromGroup(config: ResolvedConfig, user: UserRecord, group: string): void {
  assertGroup(config, group);
  user.groups = (user.groups ?? []).filter((name) => name !== group);
}

/** The user's groups by precedence (the order of the pool's `groups`). */
export function groupsOf(config: ResolvedConfig, user: UserRecord): string[] {
  return config.groups.filter((group) => user.groups?.includes(group));
}
