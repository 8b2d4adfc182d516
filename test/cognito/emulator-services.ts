import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import type { DeviceStore } from './devices.js';
import { cognitoError } from './errors.js';
import type { Mailbox } from './mailbox.js';
import type { PasskeyStore } from './passkeys.js';
import type { SessionStore } from './sessions.js';
import type { Revocations } from './tokens.js';

/** cognito-local's services, plus the state of the protocol pieces this emulator adds. */
export interface EmulatorServices extends Services {
  sessions: SessionStore;
  mailbox: Mailbox;
  revocations: Revocations;
  devices: DeviceStore;
  passkeys: PasskeyStore;
}

/** A target: one `X-Amz-Target` operation. Requests are the JSON Cognito documents, checked where they are read. */
export type Target = (ctx: Context, request: Record<string, unknown>) => Promise<object>;

export function stringField(request: Record<string, unknown>, name: string): string | undefined {
  const value = request[name];
  return typeof value === 'string' ? value : undefined;
}

export function mapField(request: Record<string, unknown>, name: string): Record<string, string> {
  const value = request[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw cognitoError.invalidParameter(`${name} must be a map`);
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export interface ClientContext {
  pool: UserPoolService;
  client: AppClient;
}

export async function clientContext(services: EmulatorServices, ctx: Context, clientId: string | undefined): Promise<ClientContext> {
  if (!clientId) throw cognitoError.invalidParameter('1 validation error detected: Value null at \'clientId\' failed to satisfy constraint: Member must not be null');
  const pool = await services.cognito.getUserPoolForClientId(ctx, clientId);
  const client = await services.cognito.getAppClient(ctx, clientId);
  if (!client) throw cognitoError.invalidParameter(`Client ${clientId} does not exist.`);
  return { pool, client };
}

/** Cognito's part of the pool id after the region, which SRP mixes into the password hash. */
export function poolName(pool: UserPoolService): string {
  return pool.options.Id.split('_')[1] ?? '';
}

export function attribute(user: User, name: string): string | undefined {
  return user.Attributes.find((a) => a.Name === name)?.Value;
}

/** Whether the client hides which users exist (PreventUserExistenceErrors, LEGACY when not set, as the API defaults). */
export function hidesUsers(client: AppClient): boolean {
  return client.PreventUserExistenceErrors === 'ENABLED';
}

const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** Rejects a flow the app client does not allow; a client created without ExplicitAuthFlows gets Cognito's defaults. */
export function assertFlowAllowed(client: AppClient, flow: string): void {
  const allowed = client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS;
  const name = flow === 'REFRESH_TOKEN' ? 'REFRESH_TOKEN_AUTH' : flow;
  if (!allowed.includes(`ALLOW_${name}`)) throw cognitoError.flowNotEnabled(name);
}
