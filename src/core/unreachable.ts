// The one throwing exhaustiveness check, shared with the clients (below core, so it lives there).
export { unreachable } from '../client/unreachable.js';
