import { useEffect, useRef, useState } from 'react';
import { formatFen } from '@handover/domain/money/yuan';
import { ApiError } from '../src/api/api-error';
import { useLanguage, useTexts, type ScreenTexts } from './i18n';
import { refusalText } from './owner-api';
import {
  documentDraft,
  listSignedDocuments,
  OWNER_DOCUMENTS,
  saveFile,
  signDocument,
  signedPdf,
  type DocumentDraft,
  type OwnerDocument,
  type SignedDocument,
} from './owner-documents';
import { localTime } from './owner-time';
import { SignaturePad, type SignaturePadHandle } from './signature-pad';
import type { UnitSectionProps } from './unit-sections';

type PaymentKind = NonNullable<DocumentDraft['payments']>[number]['kind'];

const TEXTS: ScreenTexts<
  | 'title'
  | 'hint'
  | 'loading'
  | 'retry'
  | OwnerDocument
  | 'signedAt'
  | 'checksum'
  | 'download'
  | 'downloading'
  | 'inspectedAt'
  | 'noItems'
  | 'fixed_on_spot'
  | 'logged_for_repair'
  | 'keys'
  | 'noKeys'
  | 'handedDocuments'
  | 'qualityGuarantee'
  | 'userManual'
  | 'ownerHandbook'
  | 'received'
  | 'notReceived'
  | 'paid'
  | 'noPayments'
  | 'total'
  | 'yuan'
  | 'receipt'
  | PaymentKind
  | 'signHere'
  | 'padLabel'
  | 'clear'
  | 'sign'
  | 'signing'
  | 'empty'
  | 'signedNow'
> = {
  'zh-CN': {
    title: '签字确认',
    hint: '请核对以下内容，确认无误后在框内手写签名。签字后生成 PDF 文件，您和工作人员均可下载。',
    loading: '加载中…',
    retry: '重试',
    inspection_record: '验房单',
    handover_confirmation: '收楼确认书',
    signedAt: '已于 {time} 签字',
    checksum: '校验码 {hash}',
    download: '下载 PDF',
    downloading: '下载中…',
    inspectedAt: '验房时间：{time}',
    noItems: '验房未记录问题。',
    fixed_on_spot: '已现场整改',
    logged_for_repair: '已登记维修',
    keys: '已领取钥匙',
    noKeys: '无钥匙记录',
    handedDocuments: '已领取资料',
    qualityGuarantee: '《住宅质量保证书》',
    userManual: '《住宅使用说明书》',
    ownerHandbook: '《业主手册》',
    received: '已收',
    notReceived: '未收',
    paid: '已缴款项',
    noPayments: '无缴款记录',
    total: '合计',
    yuan: '¥{amount}',
    receipt: '收据 {no}',
    area_difference: '面积补差',
    property_fee: '物业费预收',
    deed_tax: '契税（代收）',
    maintenance_fund: '公共维修基金（代收）',
    signHere: '请在下方框内签名',
    padLabel: '{document}签名区',
    clear: '重写',
    sign: '确认签字',
    signing: '提交中…',
    empty: '请先在框内签名。',
    signedNow: '{document}已签字。',
  },
  en: {
    title: 'Signatures',
    hint: 'Check what follows, then sign in the box with your finger. Each signed document becomes a PDF that you and the staff can download.',
    loading: 'Loading…',
    retry: 'Retry',
    inspection_record: 'Inspection record',
    handover_confirmation: 'Handover confirmation',
    signedAt: 'Signed {time}',
    checksum: 'Checksum {hash}',
    download: 'Download PDF',
    downloading: 'Downloading…',
    inspectedAt: 'Inspected {time}',
    noItems: 'The inspection recorded no issue.',
    fixed_on_spot: 'fixed on the spot',
    logged_for_repair: 'logged for repair',
    keys: 'Keys received',
    noKeys: 'No keys recorded',
    handedDocuments: 'Documents received',
    qualityGuarantee: 'Quality guarantee',
    userManual: 'User manual',
    ownerHandbook: "Owner's handbook",
    received: 'received',
    notReceived: 'not received',
    paid: 'Paid',
    noPayments: 'No payment recorded',
    total: 'Total',
    yuan: '¥{amount}',
    receipt: 'receipt {no}',
    area_difference: 'Area difference',
    property_fee: 'Property fee prepayment',
    deed_tax: 'Deed tax (collected)',
    maintenance_fund: 'Maintenance fund (collected)',
    signHere: 'Sign in the box below',
    padLabel: '{document} signature box',
    clear: 'Clear',
    sign: 'Sign',
    signing: 'Sending…',
    empty: 'Sign in the box first.',
    signedNow: 'The {document} is signed.',
  },
};

type Translate = (key: keyof (typeof TEXTS)['en'], params?: Record<string, string | number>) => string;

interface Loaded {
  signed: SignedDocument[];
  drafts: Partial<Record<OwnerDocument, DocumentDraft | ApiError>>;
}

/**
 * 签字确认: the 验房单 (after 验房) and the 收楼确认书 (after 钥匙交接). The owner reads what they sign — the same
 * snapshot the PDF prints —, signs on the phone, and downloads the PDF.
 */
export function SignatureScreen({ unit }: UnitSectionProps) {
  const { t: shell, language } = useLanguage();
  const t = useTexts(TEXTS);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setProblem(null);
    (async () => {
      const { items } = await listSignedDocuments(unit.id);
      const unsigned = OWNER_DOCUMENTS.filter((document) => !items.some((item) => item.document === document));
      const drafts = await Promise.all(unsigned.map((document) => documentDraft(unit.id, document)));
      return { signed: items, drafts: Object.fromEntries(unsigned.map((document, i) => [document, drafts[i]])) };
    })().then(
      (found) => current && setLoaded(found),
      (error: unknown) => current && setProblem(refusalText(error, language, shell)),
    );
    return () => {
      current = false;
    };
  }, [unit.id, attempt, language, shell]);

  const signed = (document: OwnerDocument) => {
    setMessage(t('signedNow', { document: t(document) }));
    setAttempt((n) => n + 1);
  };

  return (
    <section className="signatures">
      <h1>{t('title')}</h1>
      <p className="hint">{t('hint')}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {problem && (
        <div className="problem" role="alert">
          <p>{problem}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('retry')}
          </button>
        </div>
      )}
      {loaded === null
        ? !problem && <p className="hint">{t('loading')}</p>
        : OWNER_DOCUMENTS.map((document) => {
            const done = loaded.signed.find((item) => item.document === document);
            const draft = loaded.drafts[document];
            return (
              <article key={document} className="unit-card signature-document" data-testid={`document-${document}`}>
                <h2>{t(document)}</h2>
                {done ? (
                  <SignedCard unitId={unit.id} signed={done} timeZone={unit.timeZone} t={t} />
                ) : draft instanceof ApiError ? (
                  <p className="hint">{refusalText(draft, language, shell)}</p>
                ) : draft ? (
                  <SigningCard unitId={unit.id} draft={draft} timeZone={unit.timeZone} t={t} onSigned={signed} />
                ) : null}
              </article>
            );
          })}
    </section>
  );
}

function SignedCard({
  unitId,
  signed,
  timeZone,
  t,
}: {
  unitId: string;
  signed: SignedDocument;
  timeZone: string;
  t: Translate;
}) {
  const { t: shell, language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      saveFile(await signedPdf(unitId, signed.document), `${t(signed.document)}.pdf`);
    } catch (error) {
      setProblem(refusalText(error, language, shell));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="signature-document__signed">{t('signedAt', { time: localTime(signed.signedAt, timeZone) })}</p>
      <p className="hint">{t('checksum', { hash: signed.contentSha256.slice(0, 16) })}</p>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? t('downloading') : t('download')}
      </button>
    </>
  );
}

function DraftContent({ draft, timeZone, t }: { draft: DocumentDraft; timeZone: string; t: Translate }) {
  const yuan = (fen: number) => t('yuan', { amount: formatFen(fen) });
  if (draft.document === 'inspection_record') {
    const items = draft.items ?? [];
    return (
      <>
        {draft.inspectedAt && (
          <p className="hint">{t('inspectedAt', { time: localTime(draft.inspectedAt, timeZone) })}</p>
        )}
        {items.length === 0 ? (
          <p>{t('noItems')}</p>
        ) : (
          <ol className="signature-items">
            {items.map((item, index) => (
              <li key={index}>
                {item.description}（{t(item.status)}）
              </li>
            ))}
          </ol>
        )}
      </>
    );
  }
  const payments = draft.payments ?? [];
  const handed = draft.documents;
  return (
    <dl className="signature-facts">
      <dt>{t('keys')}</dt>
      <dd>{(draft.keys ?? []).map((key) => key.label).join('、') || t('noKeys')}</dd>
      {handed && (
        <>
          <dt>{t('handedDocuments')}</dt>
          <dd>
            {(['qualityGuarantee', 'userManual', 'ownerHandbook'] as const)
              .map((name) => `${t(name)}：${handed[name] ? t('received') : t('notReceived')}`)
              .join('；')}
          </dd>
        </>
      )}
      <dt>{t('paid')}</dt>
      {payments.length === 0 ? (
        <dd>{t('noPayments')}</dd>
      ) : (
        <>
          {payments.map((payment) => (
            <dd key={payment.kind} data-testid={`signature-payment-${payment.kind}`}>
              {t(payment.kind)}：{yuan(payment.amountFen)}（{t('receipt', { no: payment.receiptNo })}）
            </dd>
          ))}
          <dd data-testid="signature-payment-total">
            {t('total')}：{yuan(payments.reduce((sum, payment) => sum + payment.amountFen, 0))}
          </dd>
        </>
      )}
    </dl>
  );
}

function SigningCard({
  unitId,
  draft,
  timeZone,
  t,
  onSigned,
}: {
  unitId: string;
  draft: DocumentDraft;
  timeZone: string;
  t: Translate;
  onSigned: (document: OwnerDocument) => void;
}) {
  const { t: shell, language } = useLanguage();
  const pad = useRef<SignaturePadHandle>(null);
  const [hasInk, setHasInk] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function sign() {
    const png = pad.current?.png() ?? null;
    if (!png) return setProblem(t('empty'));
    setBusy(true);
    setProblem(null);
    try {
      await signDocument(unitId, draft.document, png);
      onSigned(draft.document);
    } catch (error) {
      setProblem(refusalText(error, language, shell));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <DraftContent draft={draft} timeZone={timeZone} t={t} />
      <p className="hint">{t('signHere')}</p>
      <SignaturePad ref={pad} label={t('padLabel', { document: t(draft.document) })} onInk={setHasInk} />
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="signature-actions">
        <button type="button" onClick={() => pad.current?.clear()} disabled={busy || !hasInk}>
          {t('clear')}
        </button>
        <button type="button" className="primary" onClick={() => void sign()} disabled={busy}>
          {busy ? t('signing') : t('sign')}
        </button>
      </div>
    </>
  );
}
