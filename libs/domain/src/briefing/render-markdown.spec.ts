import type { BriefingFigures } from './figures';
import type { TouchPointMeasures } from './touch-points';
import { dayLabel, renderBriefingMarkdown, renderRollupMarkdown, type RollupRow } from './render-markdown';

const figures: BriefingFigures = {
  totalUnits: 300,
  handedOverToday: 25,
  handedOverCumulative: 65,
  handoverRateBp: 2166,
  ownersReceivedToday: 31,
  inspectionsToday: 28,
  defectsRaisedToday: 14,
  defectsFixedOnSpotToday: 9,
  defectsOpen: 17,
  objectionsOpen: 2,
  objectionsOverdue: 1,
  complaintsOpen: 3,
  complaintsOverdue: 0,
  settledFen: 123_456_78,
  refundedFen: 2_750_00,
  incidentsToday: 1,
};
const heading = {
  cityCompany: '杭州城市公司',
  name: '滨江|壹号',
  batch: '一期',
  firstHandoverDate: '2026-06-10',
  centralizedDays: 3,
};

describe('briefing Markdown (group robots)', () => {
  it('names the project, the day against D and the period', () => {
    expect(dayLabel('2026-06-10', '2026-06-10')).toBe('D');
    expect(dayLabel('2026-06-10', '2026-06-12')).toBe('D+2');
    expect(dayLabel('2026-06-10', '2026-06-05')).toBe('D-5');
    const text = renderBriefingMarkdown(heading, '2026-06-11', figures, null);
    expect(text.split('\n').slice(0, 2)).toEqual([
      '### 集中交付快报 滨江\\|壹号 一期 2026-06-11',
      '杭州城市公司 · D+1 · 集中交付第2天',
    ]);
  });

  it('prints every figure, money in yuan with 2 decimals, and the change when known', () => {
    const change = {
      ...Object.fromEntries(Object.keys(figures).map((key) => [key, 0])),
      handedOverToday: 5,
      handoverRateBp: 833,
      defectsOpen: -3,
    } as never;
    expect(renderBriefingMarkdown(heading, '2026-06-13', figures, change)).toBe(
      [
        '### 集中交付快报 滨江\\|壹号 一期 2026-06-13',
        '杭州城市公司 · D+3 · 零星交付',
        '',
        '- 今日交付：**25** 户（较昨日 +5）',
        '- 累计交付：**65** / 300 户，交付率 **21.7%**（较昨日 +8.3 pp）',
        '- 今日接待业主：31 户（较昨日 0）；验房：28 户（较昨日 0）',
        '- 今日新增问题：14 项，其中现场维修 9 项；未关闭问题：17 项（较昨日 -3）',
        '- 交付异议未结：2 件（逾期 1）；投诉未复：3 件（逾期 0）',
        '- 今日收款：123,456.78 元；退款：2,750.00 元',
        '- 重大/群体投诉：**1** 件',
      ].join('\n'),
    );
  });
});

describe('briefing Markdown with the touch-point measures (关键触点)', () => {
  const measures: TouchPointMeasures = {
    totalUnits: 300,
    unitsBooked: 212,
    bookingUseBp: 7066,
    bookingsPast: 90,
    noShows: 7,
    objectionsReplied: 4,
    objectionReplyHoursP50: 5.5,
    objectionReplyHoursP90: 26,
    defectsFixed: 40,
    defectsConfirmedByOwner: 31,
    ownerConfirmedBp: 7750,
    repairsRated: 12,
    repairRatingCenti: 458,
  };

  it('ends with the 关键触点 lines, and nothing measured reads as a dash', () => {
    const text = renderBriefingMarkdown(heading, '2026-06-11', figures, null, measures);
    expect(text.split('\n').slice(-5)).toEqual([
      '',
      '**关键触点**',
      '- 预约使用率：70.7%（212/300）；爽约：7 户（已过时段的预约 90 个）',
      '- 异议答复时长（中位/P90）：5.5 小时 / 26.0 小时（4 件）',
      '- 整改业主确认：77.5%（31/40）；维修评价：4.58（12 单）',
    ]);
    const none = { ...measures, objectionsReplied: 0, objectionReplyHoursP50: null, objectionReplyHoursP90: null };
    const empty = { ...none, defectsFixed: 0, defectsConfirmedByOwner: 0, ownerConfirmedBp: null };
    const text2 = renderBriefingMarkdown(heading, '2026-06-11', figures, null, {
      ...empty,
      repairsRated: 0,
      repairRatingCenti: null,
    });
    expect(text2.split('\n').slice(-2)).toEqual([
      '- 异议答复时长（中位/P90）：— / —（0 件）',
      '- 整改业主确认：—（0/0）；维修评价：—（0 单）',
    ]);
    expect(renderBriefingMarkdown(heading, '2026-06-11', figures, null)).not.toContain('关键触点');
  });
});

describe('roll-up Markdown', () => {
  const row = (overrides: Partial<RollupRow>): RollupRow => ({
    projectId: 'p',
    phase: 'centralized_handover',
    atRisk: false,
    figures,
    ...heading,
    ...overrides,
  });

  it('is a table with one row per project and the at-risk list', () => {
    const risky = row({
      projectId: 'q',
      name: '西溪',
      atRisk: true,
      phase: 'handover_preparation',
      firstHandoverDate: '2026-06-20',
    });
    const text = renderRollupMarkdown({ date: '2026-06-11', rows: [row({}), risky], atRisk: [risky] });
    const lines = text.split('\n');
    expect(lines[0]).toBe('## 集团交付日报汇总 2026-06-11');
    expect(lines[2]).toBe('2 个在建交付项目；今日交付 50 户，累计 130 / 600 户。');
    expect(lines[4]).toBe(
      '| 城市公司 | 项目 | 批次 | D | 进度 | 阶段 | 风险 | 总户数 | 今日交付 | 累计交付 | 交付率 | 未关闭问题 | 未结异议/投诉 | 逾期异议/投诉 | 收款（元） | 退款（元） |',
    );
    expect(lines[5]).toBe(
      '| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    expect(lines[6]).toBe(
      '| 杭州城市公司 | 滨江\\|壹号 | 一期 | 2026-06-10 | D+1 | centralized_handover |  | 300 | 25 | 65 | 21.7% | 17 | 5 | 1 | 123,456.78 | 2,750.00 |',
    );
    expect(lines[7]).toContain('| 西溪 | 一期 | 2026-06-20 | D-9 | handover_preparation | ⚠ 风险 |');
    expect(lines.slice(9)).toEqual([
      '### 风险项目（交付日期存在风险）',
      '',
      '- 杭州城市公司 · 西溪 一期：D = 2026-06-20（D-9），阶段 handover_preparation',
      '',
    ]);
  });

  it('says so when no project is at risk', () => {
    expect(renderRollupMarkdown({ date: '2026-06-11', rows: [], atRisk: [] })).toContain(
      '### 风险项目（交付日期存在风险）\n\n无。\n',
    );
  });
});
