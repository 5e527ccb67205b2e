import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <Button
      type="text"
      size="small"
      onClick={() => setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
      data-testid="language-switch"
    >
      {t('language')}
    </Button>
  );
}
