export * from './sign-in-code';
export * from './rate-limits';
export { OWNER_SIGN_IN_ERROR_MESSAGES } from './error-messages';
