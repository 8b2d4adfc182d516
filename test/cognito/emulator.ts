// A local Cognito for the tests and the playground: cognito-local's server, data kept under `.cognito` of a
// throw-away directory, with the targets of ./targets in front of its own and the sent codes readable over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'cognito-local/lib/server/server.js';
import { DateClock } from 'cognito-local/lib/services/clock.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import { MessageDeliveryService } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';
import { MessagesService } from 'cognito-local/lib/services/messages.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import type { Triggers } from 'cognito-local/lib/services/triggers/index.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import type { Config } from 'cognito-local/lib/server/config.js';
import type { Logger } from 'pino';
import { DeviceStore } from './devices.js';
import type { EmulatorServices } from './emulator-services.js';
import { Mailbox } from './mailbox.js';
import { PasskeyStore } from './passkeys.js';
import { emulatorRouter } from './router.js';
import { SessionStore } from './sessions.js';
import { Revocations } from './tokens.js';

/** pino is cognito-local's dependency, not ours: load the copy it loads. */
const pino = createRequire(createRequire(import.meta.url).resolve('cognito-local'))('pino') as (options: { level: string }) => Logger;

export interface CognitoEmulator {
  /** `http://127.0.0.1:PORT`: Amplify's `userPoolEndpoint`. */
  url: string;
  /** Where cognito-local keeps its data: `<this>/.cognito/db/*.json`. */
  directory: string;
  mailbox: Mailbox;
  stop(): Promise<void>;
}

export interface CognitoEmulatorOptions {
  /** 0 (the default) takes a free port. */
  port?: number;
  host?: string;
}

/** No Lambda triggers: cognito-local then sends its default messages and runs no custom code. */
const noTriggers = { enabled: () => false } as unknown as Triggers;

export async function startCognitoEmulator({ port = 0, host = '127.0.0.1' }: CognitoEmulatorOptions = {}): Promise<CognitoEmulator> {
  const directory = mkdtempSync(join(tmpdir(), 'gatehouse-cognito-'));
  const dataDirectory = join(directory, '.cognito', 'db');
  const logger = pino({ level: 'silent' });
  const ctx = { logger };
  const clock = new DateClock();
  const storage = new StormDBDataStoreFactory(dataDirectory);
  // No Lambda and no KMS: their settings are never read.
  const config = {
    UserPoolDefaults: {},
    TokenConfig: { IssuerDomain: `http://${host}:${String(port)}` },
    ServerConfig: { port, hostname: host, development: false, https: false },
  } as Config;
  const cognito = await new CognitoServiceFactoryImpl(dataDirectory, storage, new UserPoolServiceFactoryImpl(clock, storage)).create(ctx, {});
  const mailbox = new Mailbox();
  const services: EmulatorServices = {
    clock,
    cognito,
    config,
    messages: new MessagesService(noTriggers, new MessageDeliveryService(mailbox)),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, noTriggers, config.TokenConfig),
    triggers: noTriggers,
    sessions: new SessionStore(),
    mailbox,
    revocations: new Revocations(),
    devices: new DeviceStore(),
    passkeys: new PasskeyStore(),
  };
  const app = createServer(emulatorRouter(services), logger, config.ServerConfig, services);
  (app.application as { get(path: string, handler: (req: unknown, res: { json(body: unknown): void }) => void): void }).get(
    '/_emulator/messages',
    (_req, res) => {
      res.json({ messages: mailbox.messages });
    },
  );
  const server = (await app.start()) as Server;
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host}:${String(actualPort)}`;
  // Tokens name the pool's real address as their issuer.
  config.TokenConfig.IssuerDomain = url;
  return {
    url,
    directory,
    mailbox,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
