// Cognito's JSON API over HTTP, for anything that talks to the emulator (tests, the playground's seeding).

export class CognitoApiError extends Error {}

/** One call at an endpoint; rejects with the `__type` as the error's name and Cognito's message. */
export async function callCognito<T = Record<string, unknown>>(endpoint: string, target: string, body: object): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${target}` },
    body: JSON.stringify(body),
  });
  const payload = (await response.json()) as T & { __type?: string; message?: string };
  if (response.ok) return payload;
  const error = new CognitoApiError(payload.message ?? `${target} failed`);
  error.name = payload.__type ?? 'Unknown';
  throw error;
}
