/** The launch request lives with the other fixture factories (test/factories); e2e files import it from here too. */
export { launchRequest } from '../../../../test/factories';
