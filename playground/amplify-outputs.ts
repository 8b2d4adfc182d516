/**
 * amplify_outputs.json for Amplify mode: VITE_GATEHOUSE_AMPLIFY_OUTPUTS when set (`npm run playground:cognito`
 * sets it to the emulator's pool), else playground/amplify_outputs.json when the file exists (gitignored: drop
 * an Amplify backend's outputs there). The glob matches nothing without the file, so local mode loads nothing.
 * VITE_GATEHOUSE_BACKEND=local keeps the embedded pool even with the file present.
 */
const outputsFile = import.meta.glob<unknown>('./amplify_outputs.json', { import: 'default' });

export async function findAmplifyOutputs(): Promise<unknown> {
  const { VITE_GATEHOUSE_BACKEND: backend, VITE_GATEHOUSE_AMPLIFY_OUTPUTS: json } = import.meta.env;
  if (backend === 'local') return undefined;
  if (json !== undefined && json !== '') return JSON.parse(json) as unknown;
  const load = outputsFile['./amplify_outputs.json'];
  if (load) return load();
  if (backend === 'amplify') throw new Error('Amplify mode needs VITE_GATEHOUSE_AMPLIFY_OUTPUTS or playground/amplify_outputs.json');
  return undefined;
}
