import type { RiskArea } from '@handover/database';

/** 交付风险自查 checklist areas A–H, in the words of the handover guide. */
export const RISK_CHECKLIST: Readonly<Record<RiskArea, { title: string; checklist: string }>> = Object.freeze({
  A: {
    title: 'Floor-plan consistency (户型一致性)',
    checklist:
      'Sales drawings ↔ contract attachment drawings ↔ construction drawings ↔ permit drawings ↔ as-built result.',
  },
  B: {
    title: 'Contracted handover standards (交付标准)',
    checklist: 'Contracted handover content and finish/equipment standards ↔ as-built.',
  },
  C: {
    title: 'Sales promises (销售承诺)',
    checklist: 'Advertising, key sales material and sales promises actually delivered.',
  },
  D: {
    title: 'Fitted-out configuration (精装修配置)',
    checklist: 'For fitted-out (精装修) homes: the contracted configuration records.',
  },
  E: {
    title: 'Functional defects and design changes (功能缺陷)',
    checklist:
      'Functional defects (door/window opening conflicts, pipe conflicts); design changes during construction.',
  },
  F: {
    title: 'Construction progress and completion filings (工程进度与竣工备案)',
    checklist: 'Actual construction progress; completion acceptance and the filings/documents handover requires.',
  },
  G: {
    title: 'Public-area readiness (公共区域)',
    checklist:
      'Public-area readiness: water, power, gas, central AC or floor heating, lifts, entrance lobbies, landscaping, roads.',
  },
  H: {
    title: 'Property company early involvement (物业前期介入)',
    checklist: 'Property company early involvement and its service plan.',
  },
});
