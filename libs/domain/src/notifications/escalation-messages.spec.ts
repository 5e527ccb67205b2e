import { LANGUAGES } from '../errors/language';
import {
  ESCALATION_MESSAGES,
  isEscalationMessageCode,
  renderEscalationMessage,
  type EscalationMessage,
  type EscalationMessageCode,
} from './escalation-messages';

/** One example of every code, with what each language must say of it (the English as stored before the codes). */
const EXAMPLES: Record<EscalationMessageCode, { message: EscalationMessage; 'zh-CN': string; en: string }> = {
  FREQUENT_PROBLEM: {
    message: {
      code: 'FREQUENT_PROBLEM',
      params: {
        building: '3',
        category: 'quality',
        trade: '防水',
        count: 5,
        windowDays: 3,
        windowStart: '2030-01-08',
        windowEnd: '2030-01-10',
      },
    },
    'zh-CN': '高频问题预警：3 栋 3 天内（2030-01-08 至 2030-01-10）登记了 5 个防水质量问题，请排查共性原因，防范群诉。',
    en: 'Frequent problem: 5 防水 quality defects recorded in building 3 within 3 days (2030-01-08 to 2030-01-10); look for the common cause before it becomes a group complaint.',
  },
  MAJOR_COMPLAINT: {
    message: {
      code: 'MAJOR_COMPLAINT',
      params: {
        subject: '多户业主拒收: 车位',
        severity: 'group',
        receivedAt: '2030-01-03T02:00:00.000Z',
        receivedAtLocal: '2030-01-03 10:00',
      },
    },
    'zh-CN': '收到群诉（2030-01-03 10:00）：「多户业主拒收: 车位」，已即时通报集团。',
    en: 'A group complaint (群诉) was received at 2030-01-03T02:00:00.000Z: "多户业主拒收: 车位". HQ is informed at once.',
  },
  MILESTONE_OVERDUE: {
    message: {
      code: 'MILESTONE_OVERDUE',
      params: { milestoneKey: 'propertyTransfer', projectName: '滨江壹号', dueDate: '2030-01-10' },
    },
    'zh-CN': '滨江壹号的「交付前移交」节点应于 2030-01-10 关闭，至今未关闭。',
    en: 'The transfer to the property company (交付前移交) gate of 滨江壹号 was due on 2030-01-10 and is not closed.',
  },
  HANDOVER_DATE_AT_RISK: {
    message: {
      code: 'HANDOVER_DATE_AT_RISK',
      params: { projectName: '滨江壹号', dueDate: '2030-01-10', firstHandoverDate: '2030-01-30' },
    },
    'zh-CN':
      '交付日期存在风险：滨江壹号的交付前移交未在 2030-01-10（首次交付日 2030-01-30 前 20 天）前通过审批，需集团决定延期，或记录例外后按期交付。',
    en: 'Handover date at risk: the property transfer of 滨江壹号 was not approved by 2030-01-10 (20 days before 2030-01-30). HQ must postpone or proceed with a recorded exception.',
  },
  DEFECT_OVERDUE: {
    message: {
      code: 'DEFECT_OVERDUE',
      params: { trade: '水电', place: '3#-2-1201', deadline: '2030-01-15', status: 'assigned' },
    },
    'zh-CN': '问题项（水电，3#-2-1201）已超过整改期限 2030-01-15，目前仍为「整改中」。',
    en: 'Defect 水电 at 3#-2-1201 is past its deadline 2030-01-15 and still assigned.',
  },
  COMPLAINT_REPLY_OVERDUE: {
    message: {
      code: 'COMPLAINT_REPLY_OVERDUE',
      params: { subject: '车位', replyDeadline: '2030-01-03T10:00:00.000Z', status: 'investigating' },
    },
    'zh-CN': '投诉「车位」承诺的答复时间 2030-01-03T10:00:00.000Z 已过，仍未答复（状态：核实中）。',
    en: 'The committed reply to complaint "车位" was due 2030-01-03T10:00:00.000Z and has not been given (status investigating).',
  },
};

describe('escalation messages (升级文案)', () => {
  it('has an example for every code, and a sentence in every language for each', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(ESCALATION_MESSAGES).sort());
    for (const sentences of Object.values(ESCALATION_MESSAGES))
      expect(Object.keys(sentences).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(Object.entries(EXAMPLES))('renders %s in Chinese and in English', (_code, example) => {
    for (const language of LANGUAGES)
      expect(renderEscalationMessage(example.message, language)).toBe(example[language]);
  });

  it.each([
    [1, '整改逾期（第1级·施工单位）：', 'Defect overdue (level 1, contractor company): '],
    [2, '整改逾期（第2级·工程负责人）：', 'Defect overdue (level 2, engineering head): '],
    [3, '整改逾期（第3级·项目负责人）：', 'Defect overdue (level 3, project lead): '],
    [4, '整改逾期（第4级·集团）：', 'Defect overdue (level 4, HQ): '],
  ] as const)('names level %s of the defect ladder before the sentence', (level, zh, en) => {
    const { message } = EXAMPLES.DEFECT_OVERDUE;
    const climbed = { ...message, params: { ...message.params, level } } as EscalationMessage;
    expect(renderEscalationMessage(climbed, 'zh-CN')).toBe(zh + EXAMPLES.DEFECT_OVERDUE['zh-CN']);
    expect(renderEscalationMessage(climbed, 'en')).toBe(en + EXAMPLES.DEFECT_OVERDUE.en);
  });

  it('names a status it does not know as stored, and knows its own codes only', () => {
    const message = {
      code: 'DEFECT_OVERDUE',
      params: { trade: '土建', place: '大堂', deadline: '2030-01-01', status: 'reopened' },
    } as unknown as EscalationMessage;
    expect(renderEscalationMessage(message, 'zh-CN')).toContain('「reopened」');
    expect(isEscalationMessageCode('MILESTONE_OVERDUE')).toBe(true);
    expect(isEscalationMessageCode('toString')).toBe(false);
    expect(isEscalationMessageCode(null)).toBe(false);
  });
});
