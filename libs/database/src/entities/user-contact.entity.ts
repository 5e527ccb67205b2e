import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ChannelPreferences, Language } from '@handover/domain';

/** 联系方式与通知偏好: a person's addresses on the external channels, language, zone and quiet hours. */
@Entity('user_contacts')
@Check('user_contacts_language_known', `language IN ('zh-CN', 'en')`)
@Check('user_contacts_quiet_start_time', `quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('user_contacts_quiet_end_time', `quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('user_contacts_preferences_object', `jsonb_typeof(preferences) = 'object'`)
export class UserContactEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** 企业微信 userid */
  @Column({ name: 'wecom_user_id', type: 'text', nullable: true })
  wecomUserId!: string | null;

  /** 钉钉 userid */
  @Column({ name: 'dingtalk_user_id', type: 'text', nullable: true })
  dingtalkUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ type: 'text', default: 'zh-CN' })
  language!: Language;

  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone!: string;

  @Column({ name: 'quiet_start', type: 'text', default: '21:00' })
  quietStart!: string;

  @Column({ name: 'quiet_end', type: 'text', default: '08:00' })
  quietEnd!: string;

  /** the topics the person set; the others follow DEFAULT_CHANNEL_PREFERENCES */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  preferences!: Partial<ChannelPreferences>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
