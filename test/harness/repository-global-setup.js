'use strict';
/**
 * The repository tier's only service: a throwaway embedded PostgreSQL database (or REPOSITORY_DATABASE_URL), migrated
 * once; no Temporal. When the e2e tier runs in the same Jest run, both use one server, each its own database.
 */
const { migrate, throwawayDatabase } = require('./test-database');

module.exports = async function repositoryGlobalSetup() {
  if (!process.env.REPOSITORY_DATABASE_URL)
    process.env.REPOSITORY_DATABASE_URL = await throwawayDatabase('handover_repository');
  migrate(process.env.REPOSITORY_DATABASE_URL);
};
