import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserRole = 'project_lead' | 'department_head' | 'hq' | 'admin';

@Entity('users')
@Check('users_department_matches_role', `(role = 'department_head') = (department IS NOT NULL)`)
@Check('users_role_known', `role IN ('project_lead', 'department_head', 'hq', 'admin')`)
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
