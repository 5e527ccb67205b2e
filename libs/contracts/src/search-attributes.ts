import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Registered on the dev server by scripts/lib/search-attributes.js; keep both lists in sync. */
export const searchAttributeKeys = {
  projectId: defineSearchAttributeKey('HandoverProjectId', SearchAttributeType.KEYWORD),
  cityCompany: defineSearchAttributeKey('CityCompany', SearchAttributeType.KEYWORD),
  phase: defineSearchAttributeKey('HandoverPhase', SearchAttributeType.KEYWORD),
  atRisk: defineSearchAttributeKey('HandoverAtRisk', SearchAttributeType.BOOL),
};
