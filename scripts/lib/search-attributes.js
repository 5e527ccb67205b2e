'use strict';
/** Custom search attributes of the handover workflows; keep in sync with libs/contracts/src/search-attributes.ts. */
module.exports = {
  HandoverProjectId: 'Keyword',
  CityCompany: 'Keyword',
  HandoverPhase: 'Keyword',
  HandoverAtRisk: 'Bool',
};
