import { DEFAULT_LANGUAGE, type Language } from '@handover/domain';

/**
 * The language an escalation's stored sentence is rendered in. Projects have no language of their own yet, so every
 * project is zh-CN; readers get their own language from the code and parameters stored beside the sentence.
 */
export const PROJECT_LANGUAGE: Language = DEFAULT_LANGUAGE;
