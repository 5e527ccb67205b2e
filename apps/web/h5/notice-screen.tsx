import { useCallback } from 'react';
import { formatFen } from '@handover/domain/money/yuan';
import type { components } from '../src/api/schema';
import { useTexts, type ScreenTexts } from './i18n';
import { LoadState } from './load-state';
import { call, ownerApi } from './owner-api';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerLoad } from './use-owner-load';

type Notice = components['schemas']['OwnerHandoverNoticeDto'];

const TEXTS: ScreenTexts<
  | 'title'
  | 'days'
  | 'dayRange'
  | 'oneDay'
  | 'place'
  | 'placeUnset'
  | 'bring'
  | 'bringUnset'
  | 'amounts'
  | 'areas'
  | 'contracted'
  | 'surveyed'
  | 'difference'
  | 'refund'
  | 'ownerPays'
  | 'none'
  | 'threshold'
  | 'propertyFee'
  | 'deedTax'
  | 'maintenanceFund'
  | 'feesUnset'
  | 'dueTotal'
  | 'owedTotal'
  | 'yuan'
  | 'sqm'
> = {
  'zh-CN': {
    title: '交付通知书',
    days: '集中交付时间',
    dayRange: '{first} 至 {last}（共 {days} 天）',
    oneDay: '{first}',
    place: '交付地点',
    placeUnset: '交付地点待项目通知。',
    bring: '请携带',
    bringUnset: '携带材料待项目通知。',
    amounts: '交付应缴/应退款项',
    areas: '面积',
    contracted: '合同面积',
    surveyed: '实测面积',
    difference: '面积差',
    refund: '面积补差（退还业主）',
    ownerPays: '面积补差（业主补交）',
    none: '面积补差',
    threshold: '面积误差已达合同约定比例，将按合同条款另行处理。',
    propertyFee: '物业费预收（{months} 个月）',
    deedTax: '契税（代收）',
    maintenanceFund: '公共维修基金（代收）',
    feesUnset: '收费标准待项目公布。',
    dueTotal: '合计应缴',
    owedTotal: '合计应退',
    yuan: '¥{amount}',
    sqm: '{area} m²',
  },
  en: {
    title: 'Handover notice',
    days: 'Handover days',
    dayRange: '{first} to {last} ({days} days)',
    oneDay: '{first}',
    place: 'Place',
    placeUnset: 'The place will be announced by the project.',
    bring: 'Please bring',
    bringUnset: 'The list of documents will be announced by the project.',
    amounts: 'Amounts at handover',
    areas: 'Areas',
    contracted: 'Contracted area',
    surveyed: 'Surveyed area',
    difference: 'Difference',
    refund: 'Area difference (refunded to you)',
    ownerPays: 'Area difference (you pay)',
    none: 'Area difference',
    threshold: 'The difference reached the contract threshold; it is settled under the contract’s terms.',
    propertyFee: 'Property fee in advance ({months} months)',
    deedTax: 'Deed tax (collected on behalf)',
    maintenanceFund: 'Maintenance fund (collected on behalf)',
    feesUnset: 'The fees will be announced by the project.',
    dueTotal: 'Total to pay',
    owedTotal: 'Total owed to you',
    yuan: '¥{amount}',
    sqm: '{area} m²',
  },
};

/** 1234 centi-m² → '12.34'. */
const area = (centi: number): string => {
  const sign = centi < 0 ? '-' : '';
  const abs = Math.abs(centi);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** 交付通知书 of the unit: days, place, what to bring, and the amounts the API computed in fen, shown in yuan. */
export function NoticeScreen({ unit }: UnitSectionProps) {
  const t = useTexts(TEXTS);
  const notice = useOwnerLoad(
    useCallback(
      () => call(ownerApi.GET('/owner/me/units/{unitId}/notice', { params: { path: { unitId: unit.id } } })),
      [unit.id],
    ),
  );
  return (
    <section className="handover-notice" data-testid={notice.data && !notice.problem ? 'owner-notice' : undefined}>
      <h1>{t('title')}</h1>
      <LoadState load={notice}>{(found) => <NoticeDetails notice={found} />}</LoadState>
    </section>
  );
}

function NoticeDetails({ notice }: { notice: Notice }) {
  const t = useTexts(TEXTS);
  const yuan = (fen: number) => t('yuan', { amount: formatFen(Math.abs(fen)) });
  const { handoverDays: days, areaDifference: difference, fees } = notice;
  const differenceLabel =
    difference.direction === 'refund'
      ? t('refund')
      : difference.direction === 'owner_pays'
        ? t('ownerPays')
        : t('none');

  return (
    <>
      <p className="notice-unit">
        {notice.projectName} · {notice.building}-{notice.unitNo}-{notice.room}
      </p>

      <div className="notice-card">
        <h2>{t('days')}</h2>
        <p>
          {days.days > 1
            ? t('dayRange', { first: days.firstDate, last: days.lastDate, days: days.days })
            : t('oneDay', { first: days.firstDate })}
        </p>
        <h2>{t('place')}</h2>
        <p>{notice.place ?? t('placeUnset')}</p>
        <h2>{t('bring')}</h2>
        {notice.bringItems.length > 0 ? (
          <ul className="notice-bring">
            {notice.bringItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t('bringUnset')}</p>
        )}
      </div>

      <div className="notice-card">
        <h2>{t('areas')}</h2>
        <dl className="notice-amounts">
          <dt>{t('contracted')}</dt>
          <dd>{t('sqm', { area: area(difference.contractedAreaCenti) })}</dd>
          <dt>{t('surveyed')}</dt>
          <dd>{t('sqm', { area: area(difference.surveyedAreaCenti) })}</dd>
          <dt>{t('difference')}</dt>
          <dd>{t('sqm', { area: area(difference.differenceCenti) })}</dd>
        </dl>
      </div>

      <div className="notice-card">
        <h2>{t('amounts')}</h2>
        <dl className="notice-amounts">
          <dt>{differenceLabel}</dt>
          <dd data-testid="notice-area-difference" className={difference.amount.fen < 0 ? 'notice-refund' : undefined}>
            {difference.amount.fen < 0 ? '−' : ''}
            {yuan(difference.amount.fen)}
          </dd>
          {fees && (
            <>
              <dt>{t('propertyFee', { months: fees.prepaidMonths })}</dt>
              <dd data-testid="notice-property-fee">{yuan(fees.propertyFeePrepayment.fen)}</dd>
              <dt>{t('deedTax')}</dt>
              <dd data-testid="notice-deed-tax">{yuan(fees.deedTax.fen)}</dd>
              <dt>{t('maintenanceFund')}</dt>
              <dd data-testid="notice-maintenance-fund">{yuan(fees.maintenanceFund.fen)}</dd>
            </>
          )}
          <dt className="notice-total">{notice.due.fen < 0 ? t('owedTotal') : t('dueTotal')}</dt>
          <dd className="notice-total" data-testid="notice-due">
            {yuan(notice.due.fen)}
          </dd>
        </dl>
        {!fees && <p className="hint">{t('feesUnset')}</p>}
        {difference.thresholdReached && <p className="hint">{t('threshold')}</p>}
      </div>
    </>
  );
}
