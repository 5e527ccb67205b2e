import type { components } from '../../api/schema';

export type ContractorCompany = components['schemas']['ContractorCompanyDto'];
export type CompanyKind = ContractorCompany['kind'];
