export * from './client/local/index.js';
