import type { ComponentType } from 'react';
import type { Language } from '@handover/domain/errors/language';
import type { components } from '../src/api/schema';
import { WarrantyScreen } from './warranty-screen';
import { BookingScreen } from './booking-screen';
import { NoticeScreen } from './notice-screen';
import { DefectsScreen } from './defects-screen';
import { ObjectionsScreen } from './objections-screen';
import { SurveyScreen } from './survey-screen';
import { SignatureScreen } from './signature-screen';
import { MessageSettingsScreen } from './message-settings-screen';

export type OwnerUnit = components['schemas']['OwnerUnitDto'];

/** What a section screen is given: the unit, already known to be the owner's (GET /owner/me/units/{unitId}). */
export interface UnitSectionProps {
  unit: OwnerUnit;
}

/** One entry of a unit's home screen (交付通知书, 预约, 我的问题, …): its path segment, title and screen. */
export interface UnitSection {
  /** the path segment: /h5/units/:unitId/<key> */
  key: string;
  title: Record<Language, string>;
  /** one line under the title on the home screen */
  summary: Record<Language, string>;
  Screen: ComponentType<UnitSectionProps>;
}

/**
 * The sections of a unit, in the order the home screen lists them. Each feature adds its own entry here and keeps
 * its screen, texts and API calls in its own file.
 */
export const UNIT_SECTIONS: UnitSection[] = [
  {
    key: 'notice',
    title: { 'zh-CN': '交付通知书', en: 'Handover notice' },
    summary: { 'zh-CN': '交付时间、地点、携带材料和应缴款项', en: 'When, where, what to bring and the amounts' },
    Screen: NoticeScreen,
  },
  {
    key: 'booking',
    title: { 'zh-CN': '预约', en: 'Appointments' },
    summary: { 'zh-CN': '预约开放日和交付时段，可改约或取消', en: 'Book, move or cancel open-day and handover times' },
    Screen: BookingScreen,
  },
  {
    key: 'warranty',
    title: { 'zh-CN': '报修', en: 'Repairs' },
    summary: { 'zh-CN': '交付后报修、预约上门、评价维修', en: 'After handover: request a repair, visit time, rating' },
    Screen: WarrantyScreen,
  },
  {
    key: 'defects',
    title: { 'zh-CN': '我的问题', en: 'My issues' },
    summary: { 'zh-CN': '房屋问题和整改进度，确认整改，报告新问题', en: 'Issues, repairs, confirm a fix, report one' },
    Screen: DefectsScreen,
  },
  {
    key: 'signatures',
    title: { 'zh-CN': '签字确认', en: 'Signatures' },
    summary: {
      'zh-CN': '核对并手写签署验房单、收楼确认书，下载 PDF',
      en: 'Check and sign the inspection record and handover confirmation; PDFs',
    },
    Screen: SignatureScreen,
  },
  {
    key: 'objections',
    title: { 'zh-CN': '异议', en: 'Objections' },
    summary: {
      'zh-CN': '提出异议，查看承诺答复时间和答复',
      en: 'Raise one, see the promised reply time and the reply',
    },
    Screen: ObjectionsScreen,
  },
  {
    key: 'survey',
    title: { 'zh-CN': '满意度调查', en: 'Satisfaction survey' },
    summary: {
      'zh-CN': '重要程度、期望和体验，每户一份',
      en: 'Importance, expectation, experience; one per household',
    },
    Screen: SurveyScreen,
  },
  {
    key: 'messages',
    title: { 'zh-CN': '消息设置', en: 'Messages' },
    summary: {
      'zh-CN': '选择接收哪些短信：交付通知、预约提醒、异议答复、报修上门',
      en: 'Which text messages you get: notice, reminders, replies, visits',
    },
    Screen: MessageSettingsScreen,
  },
];

export const findSection = (key: string | undefined): UnitSection | undefined =>
  UNIT_SECTIONS.find((section) => section.key === key);
