export { CONTRACTOR_COMPANY_KINDS, CONTRACTOR_COMPANY_KIND_ZH, type ContractorCompanyKind } from './companies';
