import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserRole = 'project_lead' | 'department_head' | 'hq' | 'admin' | 'contractor';

@Entity('users')
@Check('users_department_matches_role', `(role = 'department_head') = (department IS NOT NULL)`)
@Check('users_role_known', `role IN ('project_lead', 'department_head', 'hq', 'admin', 'contractor')`)
@Check('users_company_matches_role', `(role = 'contractor') = (contractor_company_id IS NOT NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: UserRole;

  /** only for department heads: engineering, design, sales, customer_service, property, finance, cost */
  @Column({ type: 'text', nullable: true })
  department!: string | null;

  /** only for contractors: the company (施工单位) they work for */
  @Column({ name: 'contractor_company_id', type: 'uuid', nullable: true })
  contractorCompanyId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
