import type { ErrorParams } from './error-messages';
import type { Language } from './language';

type Render = (params: ErrorParams) => string;

/**
 * Refusals because a service the API depends on is not there (503): the caller did nothing wrong and may retry.
 * Each sentence says whether anything was changed, because that decides what the caller does next.
 */
export const SERVICE_ERROR_MESSAGES = {
  /** The Temporal frontend refused or dropped the connection: the request never reached a workflow. */
  TEMPORAL_UNAVAILABLE: {
    'zh-CN': () => '工作流服务暂不可用，本次操作未做任何更改，请稍后重试。',
    en: () => 'The workflow service is unavailable; nothing was changed. Try again shortly.',
  },
  /** Temporal did not answer within the API's deadline: the request may or may not have reached the workflow. */
  TEMPORAL_TIMEOUT: {
    'zh-CN': () => '工作流服务未及时响应，本次操作可能尚未生效，请刷新查看后再重试。',
    en: () => 'The workflow service did not answer in time; the change may not have been made. Reload and try again.',
  },
  /** The namespace or the product's search attributes are missing: an operator runs `npm run temporal:setup`. */
  TEMPORAL_NOT_SET_UP: {
    'zh-CN': () => '工作流服务尚未完成初始化（命名空间或检索属性缺失），本次操作未做任何更改，请联系管理员。',
    en: () =>
      'The workflow service is not set up for this product (namespace or search attributes missing); nothing was changed. Tell an administrator.',
  },
} satisfies Record<string, Record<Language, Render>>;
