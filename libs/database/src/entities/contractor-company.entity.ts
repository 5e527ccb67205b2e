import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CONTRACTOR_COMPANY_KINDS, type ContractorCompanyKind } from '@handover/domain';
import { sqlIn } from './sql-in';

export { CONTRACTOR_COMPANY_KINDS, type ContractorCompanyKind };

/** 施工单位: the general contractor (总包) or a trade subcontractor (分包) whose users fix the defects assigned to it. */
@Entity('contractor_companies')
@Check('contractor_companies_kind_known', sqlIn('kind', CONTRACTOR_COMPANY_KINDS))
export class ContractorCompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text' })
  kind!: ContractorCompanyKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A company working on a project: its users see the project's defects assigned to the company, nothing else. */
@Entity('project_contractors')
export class ProjectContractorEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
