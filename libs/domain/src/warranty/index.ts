export * from './periods';
export * from './lifecycle';
export { WARRANTY_ERROR_MESSAGES } from './error-messages';
