import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const BRIEFING_WEBHOOK_KINDS = ['wecom', 'dingtalk'] as const;
/** 企业微信 / 钉钉 group robot */
export type BriefingWebhookKind = (typeof BRIEFING_WEBHOOK_KINDS)[number];

/** A group-robot webhook the project's evening briefing is pushed to. The URL carries the robot's key: never shown whole. */
@Entity('briefing_webhooks')
@Unique('briefing_webhooks_once', ['projectId', 'kind', 'url'])
@Check('briefing_webhooks_kind_known', `kind IN ('wecom', 'dingtalk')`)
export class BriefingWebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  kind!: BriefingWebhookKind;

  @Column({ type: 'text' })
  url!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
