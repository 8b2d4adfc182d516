export * from './client/amplify/index.js';
