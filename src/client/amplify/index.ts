export { createAmplifyAuthClient } from './client.js';
export { fromAmplifyError } from './errors.js';
